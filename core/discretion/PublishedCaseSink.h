#pragma once

#include "io/RecordSink.h"

// Penalty cases as departments publish them under the 双公示 standard, keyed by the
// decision number (行政处罚决定书文号): importing a file again changes nothing; a
// corrected record updates its case (audited by the capture). The enterprise is the
// register's by its USCC, never created; a natural person's case is left out; the
// department comes from 处罚机关 (aliases apply). A published record does not state the
// band, so its outcome is "unstated" unless it says 不予处罚. Each new case is matched to
// a benchmark item of its department in force on its date (CaseItemMatcher): a
// confident match is linked, others are listed with their candidates.
class PublishedCaseSink final : public RecordSink
{
    Q_DECLARE_TR_FUNCTIONS(PublishedCaseSink)

public:
    using RecordSink::RecordSink;

    QStringList keyFields() const override { return {QStringLiteral("case_no")}; }
    void write(const QStringList &fields, const Reject &reject) override;

private:
    QString violationOf(const QStringList &fields) const;
    void match(const QString &caseNo, qint64 department, const QDate &decided, const QString &basis, const QString &violation);
};
