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

    // A value the register does not know (a department written another way …), once
    // per distinct value, with the rows that carry it and the closest known name.
    struct Unresolved
    {
        QString kind;  // department, township, category, industry
        QString field; // label of the field
        QString value;
        qint64 rows = 0;
        QString suggestion; // empty when nothing is close
    };
    void noteUnresolved(const QString &kind, const QString &field, const QString &value, const QString &suggestion);

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
    QList<Unresolved> unresolved;
    QStringList created;
    // What a person should look at: a case whose benchmark item needs confirming, a row
    // left out as not the file's business (a natural person's case).
    QStringList notes;
    bool dryRun = true;
    bool applied = false;

    qint64 rejectedRows() const;
    QString summary() const;
};
