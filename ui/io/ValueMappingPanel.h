#pragma once

#include "io/ImportReport.h"

#include <QHash>
#include <QWidget>

class Database;
class QPushButton;
class QTableWidget;

// The values of a file the register does not know, once each: what a column wrote,
// how many rows, and what it should be read as (the closest name offered), with
// "remember" to keep the mapping for later imports. Nothing is written until the user
// applies it; the import itself stays all or nothing.
class ValueMappingPanel final : public QWidget
{
    Q_OBJECT

public:
    using Maps = QHash<QString, QHash<QString, QString>>; // kind → value → target

    explicit ValueMappingPanel(QWidget *parent = nullptr);

    void setUnresolved(Database *database, const QList<ImportReport::Unresolved> &unresolved);
    // The mappings chosen, all of them, and those ticked to remember.
    Maps chosen() const;
    Maps remembered() const;
    // The user changed a choice or a tick since the values were listed.
    bool isEdited() const { return m_edited; }
    QTableWidget *table() const { return m_table; }
    // For tests: the target of a row, and whether to remember it.
    void choose(int row, const QString &target, bool remember);

signals:
    void applyRequested();

private:
    QList<ImportReport::Unresolved> m_unresolved;
    QTableWidget *m_table;
    QPushButton *m_apply;
    bool m_edited = false;
};
