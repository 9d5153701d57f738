#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// The changes an exchange package carries, as a changeset of SQLite's session extension.
// The changeset is recorded over a scratch in-memory database whose tables hold one row
// per record, (uid TEXT PRIMARY KEY, v TEXT), the record's values as JSON: a format
// SQLite itself writes and checks, independent of either office's row ids.
class SessionChangeset final
{
    Q_DECLARE_TR_FUNCTIONS(SessionChangeset)

public:
    struct Change
    {
        QString table;
        QString uid;
        bool removed = false; // a deletion; values is empty
        QByteArray values;    // compact JSON
    };

    // Throws DatabaseError when SQLite cannot record it.
    static QByteArray build(const QList<Change> &changes);
    // Throws Refusal when the bytes are not a changeset of that shape.
    static QList<Change> read(const QByteArray &changeset);
};
