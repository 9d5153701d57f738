#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

// During one import: what each value a file writes stands for, from the remembered
// aliases and the mappings given for this run (which win). A value with neither is
// read as written.
class ValueResolver final
{
public:
    using Maps = QHash<QString, QHash<QString, QString>>; // kind → value → target

    ValueResolver() = default;
    ValueResolver(const QSqlDatabase &db, const Maps &oneRun);

    QString resolve(const QString &kind, const QString &text) const;

private:
    static QString key(const QString &text);

    Maps m_maps;
};
