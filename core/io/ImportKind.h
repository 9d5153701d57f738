#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// What a kind of file holds (resources/import/kinds.json): its fields, the header
// texts that name each field in Chinese and English files, and the value types.
struct ImportKind
{
    struct Field
    {
        QString name;
        QString label;       // the Chinese header used when exporting
        QString type;        // text, uscc, id, phone, date, township, industry, status
        bool required = false;
        QStringList synonyms;
    };

    QString id;
    QString title;
    QString table;
    QList<Field> fields;

    const Field *field(const QString &name) const;

    static QList<ImportKind> all();
    // Throws Refusal listing the known kinds.
    static ImportKind find(const QString &id);
};
