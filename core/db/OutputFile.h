#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// A file FairCheck writes for a user (a report, an export, a notice, a QR code, a
// backup). The name is checked before anything is written: never an open database or
// its working files (-wal, -shm, -journal), never inside its backups or attachments
// folder, never a folder, and only with the extension of what is written. The content
// goes to a temporary file in the same folder that is renamed over the target when
// complete, so the target is either the old file or the whole new one.
//
//   OutputFile out(path, {QStringLiteral("pdf")});
//   writeSomething(out.temporaryPath());
//   out.commit();
class OutputFile final
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    // Checks the name; throws Refusal saying what is wrong with it.
    OutputFile(const QString &path, const QStringList &suffixes);
    ~OutputFile(); // removes the temporary file unless committed
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    QString path() const { return m_path; }
    QString temporaryPath() const { return m_temporary; }
    // Renames the temporary file over the target; throws DatabaseError when it cannot.
    void commit();

    // check() alone, for callers that decide before they start a long job.
    static void check(const QString &path, const QStringList &suffixes);
    // The whole content at once.
    static void write(const QString &path, const QStringList &suffixes, const QByteArray &content);

private:
    QString m_path;
    QString m_temporary;
    bool m_committed = false;
};
