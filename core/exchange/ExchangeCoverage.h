#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

// Whose data a file's figures include: in the county's file, how many of the county's
// townships have sent their records and as of when (the oldest of their latest
// packages); in a township's file, when the county's data last arrived. A file that
// belongs to no office exchanges nothing and says nothing.
class ExchangeCoverage final
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeCoverage)

public:
    bool known = false;     // the file belongs to an office
    bool county = false;
    int townships = 0;      // county: the townships of the register
    int included = 0;       // county: those whose office has sent a package
    QDate asOf;             // invalid when nothing was received yet

    static ExchangeCoverage of(const QSqlDatabase &db);
    // "含 15/17 个乡镇的数据，截至 2026-11-30" in the reader's language; empty when unknown.
    QString sentence() const;
};
