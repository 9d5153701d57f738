#pragma once

#include "io/RecordSink.h"

// Inspections departments carried out, as the 互联网+监管 platform exports them, keyed by
// the platform's record number (a re-import changes nothing; a corrected record updates
// its visit). The enterprise is the register's by USCC; the department comes from 检查
// 实施机关 through the aliases; the officers are the roster's by certificate number
// (in their own column or in brackets after each name). A record becomes a done visit
// with one task, its kind and result kept as written; whether a problem was found is
// taken from the result only when it says so.
class PlatformInspectionSink final : public RecordSink
{
    Q_DECLARE_TR_FUNCTIONS(PlatformInspectionSink)

public:
    using RecordSink::RecordSink;

    QStringList keyFields() const override { return {QStringLiteral("record_no")}; }
    void write(const QStringList &fields, const Reject &reject) override;

    // routine, clue, recheck or other, from the kind as written.
    static QString origin(const QString &kind);
    // 1 for a problem found, 0 for none, -1 when the result does not say.
    static int problemFound(const QString &result);
    // The certificate numbers a cell names: "张三（3209870100001）、李四（3209870100002）".
    static QStringList certificates(const QString &text);
};
