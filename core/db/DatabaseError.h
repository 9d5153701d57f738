#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

// The one exception type the database layer throws. message() is one sentence a
// supervisor can read (already translated); details() carries the technical text.
class DatabaseError final : public std::exception
{
public:
    enum class Kind {
        CannotOpen,     // missing file, no permission, disk problem
        NotFairCheck,   // some other file or some other program's database
        TooNew,         // written by a newer FairCheck
        Corrupted,      // SQLite reports damage
        Query,          // a statement failed
        Busy,           // another program holds the write lock too long
        Full,           // the disk (or the file's size limit) is full
        ReadOnly,       // the file or its folder cannot be written
        NetworkDrive,   // the file is on a shared drive, where it may only be read
        Rejected,       // the request does not fit the data (nothing was changed)
        Cancelled,      // the user stopped a long operation (nothing was changed)
    };

    DatabaseError(Kind kind, QString message, QString details = {});

    // The refusal every write path gives when a request does not fit: nothing changed.
    [[noreturn]] static void reject(const QString &message) { throw DatabaseError(Kind::Rejected, message); }

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    QString details() const { return m_details; }
    const char *what() const noexcept override { return m_what.constData(); }

private:
    Kind m_kind;
    QString m_message;
    QString m_details;
    QByteArray m_what;
};
