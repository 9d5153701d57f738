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

    // The field types of ImportKind, named once per import rather than per cell.
    enum class Type { Text, Uscc, ResidentId, Phone, Date, Status, Flag, Money, WanYuan, Band, DateTime, Category, Code };
    static Type typeOf(const QString &name);

    static Result parse(Type type, const QString &cell);
    static Result date(const QString &cell);
    static Result status(const QString &cell);
    // 不予处罚 / 减轻 / 从轻 / 一般 / 从重 (and the stored codes) → no_penalty … heavier.
    static Result band(const QString &cell);
    // A date with an optional time → yyyy-MM-ddTHH:mm.
    static Result dateTime(const QString &cell);
    // 12345 categories 咨询 / 求助 / 投诉 / 建议 / 举报 → consultation … report.
    static Result category(const QString &cell);
};
