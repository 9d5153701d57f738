#pragma once

#include "TriageRules.h"
#include "io/RecordSink.h"
#include "util/WorkingCalendar.h"

// 12345 work orders (keyed by order number: a re-import never duplicates, it updates
// or counts unchanged). A new order that the triage rules recognise as a complaint
// about enforcement becomes a clue, received, with the suggested department and a
// deadline in working days.
class HotlineSink final : public RecordSink
{
    Q_DECLARE_TR_FUNCTIONS(HotlineSink)

public:
    HotlineSink(const QSqlDatabase &db, const ImportKind &kind, ImportReport &report);

    QStringList keyFields() const override { return {QStringLiteral("order_no")}; }
    void write(const QStringList &fields, const Reject &reject) override;

private:
    QVariant enterprise(const QString &text, const Reject &reject) const;
    QVariant township(const QString &text, const Reject &reject) const;

    TriageRules m_rules;
    const WorkingCalendar &m_calendar;
};
