#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// Turns a cell into the value stored for a field type, or says why it cannot.
class FieldParser final
{
    Q_DECLARE_TR_FUNCTIONS(FieldParser)

public:
    struct Result
    {
        bool ok = true;
        QString value; // normalised; empty = no value
        QString reason;
    };

    static Result parse(const QString &type, const QString &cell);
    static Result date(const QString &cell);
    static Result status(const QString &cell);
    // 不予处罚 / 减轻 / 从轻 / 一般 / 从重 (and the stored codes) → no_penalty … heavier.
    static Result band(const QString &cell);
    // An amount of yuan ("1,200.5", "300元") as exact fen; no doubles, so nothing is rounded away.
    // Empty, negative, or more than two decimals gives nothing.
    static std::optional<qint64> yuanToFen(const QString &cell);
};
