#pragma once

#include "ExchangeTable.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

#include <optional>

// The records of exchanged tables as offices see them: each named by its uid, its values
// keyed by column with every reference written as the uid of the record it names, so
// that two files with different row ids agree on what a record is. Writes a record
// received from another office into this file, keeping the uid beside the local id.
class ExchangeRecords final
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeRecords)

public:
    struct Record
    {
        QString uid;
        QJsonObject values;
        QString hash; // of the values: what the two files compare
    };

    ExchangeRecords(const QSqlDatabase &db, const QString &officeCode);

    // The records of a table meeting `where` (SQL on the row `r`).
    QList<Record> read(const ExchangeTable &table, const QString &where, const QVariantList &binds = {});
    // The record a uid names here, if this file has it.
    std::optional<Record> find(const ExchangeTable &table, const QString &uid);
    // Inserts or updates the record; throws Refusal when it names a record this file lacks.
    void write(const ExchangeTable &table, const QString &uid, const QJsonObject &values);
    void remove(const ExchangeTable &table, const QString &uid);

    static QString hashOf(const QJsonObject &values);
    // The columns of a table that name records of other exchanged tables: column → table,
    // and whether the column may be left empty.
    struct Link
    {
        QString table;
        bool optional = true;
    };
    QHash<QString, Link> links(const ExchangeTable &table);
    // Whether the record a uid names was made in the office with that code (its own uid,
    // or a natural key whose parent record was made there).
    static bool madeBy(const QString &uid, const QString &officeCode);

private:
    struct Reference
    {
        QString table;   // the table referred to
        QString column;  // its column: the row id, or a natural key
    };
    struct Shape
    {
        QStringList columns;                 // exchanged, in table order
        QHash<QString, Reference> references; // by column
        QSet<QString> required;              // NOT NULL columns
        bool rowIdKey = true;                // an INTEGER PRIMARY KEY named id
    };
    const Shape &shape(const ExchangeTable &table);
    QString uidOf(const ExchangeTable &table, qint64 rowId, const QJsonObject &values);
    qint64 localId(const ExchangeTable &table, const QString &uid);
    QJsonValue outgoing(const Shape &shape, const QString &column, const QVariant &value);
    QVariant incoming(const Shape &shape, const QString &column, const QJsonValue &value);

    QSqlDatabase m_db;
    QString m_code;
    QHash<QString, Shape> m_shapes;
    QHash<QString, QHash<qint64, QString>> m_uids; // table → local id → uid (made elsewhere)
};
