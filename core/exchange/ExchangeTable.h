#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One table as offices exchange it. Reference data belongs to the county: its version
// wins on both sides and a township never sends it. A record a township made is the
// township's: its version wins when both changed it. A record the county made (a clue
// from a 12345 order, a visit it planned) and both changed since the two files last
// agreed stops the import until a supervisor says whose version stands. A record is named across offices by its natural key where it has
// one (a department's code, an enterprise's USCC), otherwise by a uid.
struct ExchangeTable
{
    enum class Owner { County, Records };

    QString name;
    Owner owner = Owner::Records;
    QStringList naturalKey; // columns; empty: a uid ("<office code>-<id>" where it was made)
    QStringList localOnly;  // columns each file derives itself (an enterprise's credit score)
    // SQL conditions on the row `r` (`:township` is the township's id): what the county
    // sends a township, and what a township sends the county (records only). Of those,
    // only what changed since the two files last agreed travels. Empty: nothing.
    QString down;
    QString up;

    // Every exchanged table, parents before children.
    static const QList<ExchangeTable> &all();
    static const ExchangeTable *find(const QString &name);
};
