#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

// Finds a department by its full name (县市场监督管理局), its short name (市场监管)
// or its code, as rosters write it.
class DepartmentDirectory final
{
public:
    explicit DepartmentDirectory(const QSqlDatabase &db);
    qint64 find(const QString &text) const; // 0 when unknown
    QString code(qint64 id) const { return m_codes.value(id); }
    QString name(qint64 id) const { return m_names.value(id); }
    // Every department as (id, name), in the register's order (by code), for choosers.
    static QList<QPair<qint64, QString>> all(const QSqlDatabase &db);

private:
    QHash<QString, qint64> m_ids;
    QHash<qint64, QString> m_codes;
    QHash<qint64, QString> m_names;
};
