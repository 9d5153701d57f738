#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// A file a user names for FairCheck to read (a roster, a rule file, a template, an
// attachment). Refused before it is opened when it is the open database or one of its
// working files (a descriptor of our own would drop the process's locks on it, see
// OpenDatabases), when it is not a regular file (a device such as /dev/zero, a pipe, a
// folder), or, for files read whole, when it is larger than the limit for its kind.
class InputFile final
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)

public:
    // Throws Refusal with a sentence naming the file.
    static void check(const QString &path);
    // check(), then the whole file, refused when over `maxBytes`; reads at most that
    // many bytes whatever the file claims to be.
    static QByteArray readAll(const QString &path, qint64 maxBytes);

    // Limits for the files read whole (rule sets, templates, checklists, scopes).
    static constexpr qint64 SmallFileLimit = 8 * 1024 * 1024;
};
