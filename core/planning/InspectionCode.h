#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

// 扫码入企: a visit's inspection code. The QR payload is readable text (Chinese labels,
// so a phone shows the enterprise what the visit is) naming the code, the date, the
// enterprise, the departments, the items and the officers, ending with a check value:
// HMAC-SHA-256 of the lines above it under a key kept in this database, shortened to 16
// hex digits. A code typed or scanned back is accepted only when the check value fits
// and the text still matches the visit as recorded.
class InspectionCode final
{
    Q_DECLARE_TR_FUNCTIONS(InspectionCode)

public:
    // Field labels, in payload order.
    static QStringList labels();

    static QString payload(const QSqlDatabase &db, qint64 visitId);

    // The payload's fields by label, the check value under "check" and the text it
    // covers under "body"; empty when the text is not an inspection code at all.
    static QMap<QString, QString> parse(const QString &text);

    struct Scan
    {
        bool valid = false;
        qint64 visitId = 0;
        QString code;
        QString message;
    };
    // Accepts a whole payload, or a bare code such as FC3F9A0C21B7 typed in.
    static Scan scan(const QSqlDatabase &db, const QString &text);

    // The QR symbol (error correction M, ECI 26 = UTF-8), `scale` pixels per module with
    // a four-module quiet zone. Throws Refusal when the payload does not fit.
    static QImage image(const QString &payload, int scale = 6);
    // The visit's symbol saved as a PNG file (OutputFile: checked name, written whole or not
    // at all). A code lets its bearer into an enterprise: clerks and above issue it.
    static void save(const QSqlDatabase &db, qint64 visitId, const QString &path, int scale = 8);
    // The symbol with its caption beneath (visit code, enterprise, date), so that a saved
    // or printed image says which visit it is without scanning it.
    static QImage captioned(const QImage &symbol, const QStringList &lines);

    // The database's key, made on first use inside the caller's transaction.
    static QByteArray key(const QSqlDatabase &db);

private:
    static QString check(const QByteArray &key, const QString &body);
    static QString visitCode(const QSqlDatabase &db, qint64 visitId);
};
