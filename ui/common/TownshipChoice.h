#pragma once

#include <QString>

class Database;
class QComboBox;

// Fills a township filter: first an "all" entry (data 0), then the county's
// townships (data: their ids). Keeps quiet while filling.
class TownshipChoice final
{
public:
    static void fill(QComboBox *box, Database *database, const QString &allLabel);
};
