#pragma once

#include "TableRow.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// What an import did, or would do on a dry run: counts, every rejected value with
// its place and reason, and what had to be created (a new township …).
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    struct Issue
    {
        SourcePosition position;
        QString field;  // label of the field
        QString value;
        QString reason;

        QString toString() const;
    };

    QString file;
    QString sha256;
    QString encoding;
    QString sheet;
    int headerRow = 0;
    QHash<QString, int> columns; // field → column
    qint64 rows = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    QList<Issue> rejected;
    QStringList created;
    bool dryRun = true;
    bool applied = false;

    qint64 rejectedRows() const;
    QString summary() const;
};
