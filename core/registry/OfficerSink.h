#pragma once

#include "io/RecordSink.h"

// Officers, keyed by their law-enforcement certificate number; each names its
// department, which must exist.
class OfficerSink final : public RecordSink
{
public:
    using RecordSink::RecordSink;
    QStringList keyFields() const override { return {QStringLiteral("certificate_no")}; }
    void write(const QStringList &fields, const Reject &reject) override;
};
