#pragma once

#include "Error.h"

// A rule said no: the request does not fit the data, the law, the role or the file,
// and nothing was changed. Distinct from DatabaseError (the file itself failed), so
// that a caller can retry one and not the other.
class Refusal : public Error
{
public:
    explicit Refusal(QString message, QString details = {})
        : Error(std::move(message), std::move(details))
    {
    }
};
