#pragma once

#include "db/AuditLog.h"

#include <QCoreApplication>
#include <QString>

// The audit trail in the reader's language. Entries are stored as codes and values
// (so the chain and its hashes never depend on a language); this names the action,
// the table and the user, and says in a sentence what a bulk or event entry did.
// An entry this version does not know is shown as stored.
class AuditText final
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)

public:
    static QString action(const QString &code);
    static QString table(const QString &code);
    // The code of a table named as the viewer names it (or already a code).
    static QString tableCode(const QString &name);
    static QString user(const QString &name);
    // A sentence for a bulk or event entry; empty for a row's insert, update or delete,
    // whose values speak for themselves.
    static QString summary(const AuditLog::Row &row);
};
