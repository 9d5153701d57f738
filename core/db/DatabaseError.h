#pragma once

#include "util/Error.h"

// What the database layer throws when the file or SQLite fails: it cannot be opened,
// is damaged, busy, full or read-only, or the user stopped a long operation. A request
// that a rule refuses throws Refusal instead.
class DatabaseError final : public Error
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
        Cancelled,      // the user stopped a long operation (nothing was changed)
    };

    DatabaseError(Kind kind, QString message, QString details = {})
        : Error(std::move(message), std::move(details))
        , m_kind(kind)
    {
    }

    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};
