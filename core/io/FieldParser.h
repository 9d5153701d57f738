#pragma once

#include <QCoreApplication>
#include <QString>

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
};
