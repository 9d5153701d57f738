#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// Who is acting and what their role allows. The database layer asks before every write
// and before every path that reads or replaces the whole file; the users module answers
// (Session). Until a program installs an answer every such request is refused, so one
// that forgets fails closed rather than open.
class AccessPolicy
{
    Q_DECLARE_TR_FUNCTIONS(AccessPolicy)

public:
    // What a role may do besides writing tables: the paths that read the whole file or
    // speak for the office.
    enum class Permission {
        BackUpNow,       // a backup into the database's own backups folder: any signed-in user
        IssueDocuments,  // inspection codes, notices, case documents: clerk and above
        RevealPersonal,  // unmasked ID numbers and phones: supervisor and above
        CorrectRecords,  // correct a recorded result, with a reason: supervisor and above
        CopyDatabase,    // a full copy elsewhere (backup OUT; it holds keys and password hashes): administrator
        Restore,         // replace the database with a backup: administrator
        Administer,      // repairs and acknowledgements in the audit trail: administrator
        SignForOffice,   // sign with the office's key, speaking for it to other offices: supervisor and above
    };

    virtual ~AccessPolicy() = default;
    virtual QString username() const = 0;
    virtual QString role() const = 0;
    // Both throw Refusal (or DatabaseError for a read-only file) naming what is needed.
    virtual void requireWrite(const QSqlDatabase &db, const QString &table) const = 0;
    virtual void require(const QSqlDatabase &db, Permission permission) const = 0;

    // The policy lives as long as the program; null puts back the closed one.
    static void install(const AccessPolicy *policy);
    static const AccessPolicy &current();
};
