#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The names a demo county is built from (resources/demo/county.json): townships,
// departments with their inspection items, industries, and name pools; and its
// benchmark items per department (resources/demo/benchmarks.json).
struct DemoCatalog
{
    struct Department
    {
        QString name;
        QString shortName;
        QStringList items;
    };
    struct Industry
    {
        QString code;
        QString name;
        QString word; // the business word used in enterprise names
        bool excluded = false;
    };

    struct DiscretionEntry
    {
        int department = 0; // index into departments
        QString code;
        QString violation;
        QString violatedProvision;
        QString penaltyProvision;
        QString kinds;
        qint64 minYuan = 0;
        qint64 maxYuan = 0;
        bool redLine = false;
        bool lenient = false; // on the lenient list (首违不罚 and the like)
    };

    QString county;
    QString divisionCode;
    QStringList townships;
    QList<Department> departments;
    QList<Industry> industries;
    QStringList brands;
    QStringList surnames;
    QStringList givenNames;
    QStringList streets;
    QList<DiscretionEntry> discretion;

    // Loads the catalogue embedded in the program; throws DatabaseError if it is broken.
    static DemoCatalog load(const QString &resource = QStringLiteral(":/faircheck/demo/county.json"),
                            const QString &benchmarks = QStringLiteral(":/faircheck/demo/benchmarks.json"));
};
