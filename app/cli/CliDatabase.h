#pragma once

#include "db/Database.h"

// How the command line opens an existing database: read-write, or read-only when
// --read-only was given (a file on a network drive is refused otherwise).
class CliDatabase final
{
public:
    static void setReadOnly(bool readOnly);
    static Database open(const QString &path);
};
