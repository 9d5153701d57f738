#pragma once

#include "io/RecordSink.h"

// Departments' inspection items, keyed by department and item name; an item without a
// code gets one from both, so a second import of the same list finds it again.
class InspectionItemSink final : public RecordSink
{
public:
    using RecordSink::RecordSink;
    QStringList keyFields() const override { return {QStringLiteral("department"), QStringLiteral("name")}; }
    void write(const QStringList &fields, const Reject &reject) override;
};
