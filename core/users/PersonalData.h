#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Personal data (PIPL): resident ID numbers and phones are masked on screen and in
// exports unless the signed-in role needs them — supervisors and administrators, or
// anyone in a database without users — and every time they are shown or exported
// unmasked, the audit log says who, what and when.
class PersonalData final
{
    Q_DECLARE_TR_FUNCTIONS(PersonalData)

public:
    static bool mayReveal(const QSqlDatabase &db);
    // Throws Refusal when the role may not see personal data.
    static void recordReveal(const QSqlDatabase &db, const QString &table, qint64 rowId, const QString &what);
    // Columns holding personal data, by name, in any table.
    static bool isPersonal(const QString &column);
    // The masked form of a value of such a column.
    static QString masked(const QString &column, const QString &value);
};
