#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class ImportKind;
class ValueResolver;

// Where the rows of one kind of file go. The importer reads, parses and checks every
// cell; a sink resolves what needs the database (a township, a department), writes
// the row, and counts it in the report. Values are by the kind's field order.
class ImportSink
{
public:
    using Reject = std::function<void(const QString &field, const QString &value, const QString &reason)>;

    virtual ~ImportSink() = default;

    // Fields that identify a row; a second row with the same values is rejected.
    virtual QStringList keyFields() const = 0;
    virtual void write(const QStringList &values, const Reject &reject) = 0;
    // The values given to write() so far are about to be freed (the importer calls this
    // after each batch of rows and after the last): write out any rows still held.
    virtual void flush() {}
    // Called once after the last row when the import will be committed: the heavy work
    // the rows need (index builds). The file's digest is computed meanwhile, on the other core.
    virtual void completeRows() {}
    // Then, with the report's digest known, just before the commit.
    virtual void finish() {}

    // The aliases and this run's mappings (values written another way).
    void setValues(const ValueResolver *values) { m_values = values; }

protected:
    const ValueResolver *m_values = nullptr;
};
