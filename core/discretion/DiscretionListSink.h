#pragma once

#include "io/RecordSink.h"

#include <QHash>

// A discretion list version (裁量基准) from a county spreadsheet: one row per item and
// circumstance band, the item's columns repeated on each of its rows. The whole file
// becomes one new list version; an existing version is never overwritten, so cases
// decided under it keep their benchmark (schema v4 freezes such items too).
class DiscretionListSink final : public RecordSink
{
    Q_DECLARE_TR_FUNCTIONS(DiscretionListSink)

public:
    struct ListVersion
    {
        QString name;
        QString version;
        QString effectiveFrom; // yyyy-MM-dd
        QString kind;          // benchmark or lenient
    };

    // Throws Refusal for a bad or already existing version.
    DiscretionListSink(const QSqlDatabase &db, const ImportKind &kind, ImportReport &report, const ListVersion &list);

    QStringList keyFields() const override { return {QStringLiteral("code"), QStringLiteral("band")}; }
    void write(const QStringList &fields, const Reject &reject) override;

    static ListVersion fromParameters(const QHash<QString, QString> &parameters);

private:
    struct Item
    {
        qint64 id = 0;
        QStringList itemFields; // what every row of the item must repeat
        qint64 minFen = -1, maxFen = -1;
        bool redLine = false;
    };

    qint64 m_listId = 0;
    QHash<QString, Item> m_items; // code → item
};
