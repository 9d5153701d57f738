#pragma once

#include <QCoreApplication>
#include <QString>

// A record's values as the audit trail stores them (a JSON object keyed by column) said
// in the reader's language: "名称：城关镇；代码：320987001". A column this version does not
// name is shown as stored, and text that is not an object is returned unchanged.
class AuditValues final
{
    Q_DECLARE_TR_FUNCTIONS(AuditValues)

public:
    static bool knows(const QString &column);
    static QString label(const QString &column);
    // With the record's table, codes stored for values are named too (a clue's state, a
    // case's outcome, a tier) and amounts in fen are shown in yuan.
    static QString describe(const QString &stored, const QString &table = {});
};
