#include "ValueMappingPanel.h"

#include "db/Database.h"
#include "db/DatabaseError.h"
#include "io/ValueAliases.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ValueMappingPanel::ValueMappingPanel(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 5, this))
    , m_apply(new QPushButton(tr("Use these and check again"), this))
{
    auto *intro = new QLabel(tr("Values the register does not know, each once: choose what each stands for. "
                                "Ticked ones are remembered for later imports."),
                             this);
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Written as"), tr("Rows"), tr("Read as"), tr("Remember")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    connect(m_apply, &QPushButton::clicked, this, &ValueMappingPanel::applyRequested);
    auto *row = new QHBoxLayout;
    row->addWidget(intro, 1);
    row->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_table);
    hide();
}

void ValueMappingPanel::setUnresolved(Database *database, const QList<ImportReport::Unresolved> &unresolved)
{
    m_unresolved = unresolved;
    m_edited = false;
    m_table->setRowCount(int(unresolved.size()));
    QHash<QString, QStringList> targets;
    for (int r = 0; r < unresolved.size(); ++r) {
        const ImportReport::Unresolved &u = unresolved.at(r);
        if (!targets.contains(u.kind) && database) {
            try {
                targets.insert(u.kind, ValueAliases::targets(database->connection(), u.kind));
            } catch (const Error &) {
                targets.insert(u.kind, {});
            }
        }
        m_table->setItem(r, 0, new QTableWidgetItem(u.field));
        m_table->setItem(r, 1, new QTableWidgetItem(u.value));
        auto *rows = new QTableWidgetItem(QString::number(u.rows));
        rows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, 2, rows);
        auto *box = new QComboBox(m_table);
        box->addItem(tr("— not mapped —"), QString());
        for (const QString &name : targets.value(u.kind))
            box->addItem(name, name);
        box->setCurrentIndex(qMax(0, box->findData(u.suggestion)));
        m_table->setCellWidget(r, 3, box);
        connect(box, &QComboBox::currentIndexChanged, this, [this] { m_edited = true; });
        auto *remember = new QCheckBox(m_table);
        remember->setChecked(!u.suggestion.isEmpty());
        m_table->setCellWidget(r, 4, remember);
        connect(remember, &QCheckBox::toggled, this, [this] { m_edited = true; });
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    setVisible(!unresolved.isEmpty());
}

void ValueMappingPanel::choose(int row, const QString &target, bool remember)
{
    if (auto *box = qobject_cast<QComboBox *>(m_table->cellWidget(row, 3)))
        box->setCurrentIndex(qMax(0, box->findData(target)));
    if (auto *tick = qobject_cast<QCheckBox *>(m_table->cellWidget(row, 4)))
        tick->setChecked(remember);
}

ValueMappingPanel::Maps ValueMappingPanel::chosen() const
{
    Maps maps;
    for (int r = 0; r < m_unresolved.size(); ++r) {
        const auto *box = qobject_cast<QComboBox *>(m_table->cellWidget(r, 3));
        const QString target = box ? box->currentData().toString() : QString();
        if (!target.isEmpty())
            maps[m_unresolved.at(r).kind].insert(m_unresolved.at(r).value, target);
    }
    return maps;
}

ValueMappingPanel::Maps ValueMappingPanel::remembered() const
{
    Maps maps;
    const Maps all = chosen();
    for (int r = 0; r < m_unresolved.size(); ++r) {
        const auto *tick = qobject_cast<QCheckBox *>(m_table->cellWidget(r, 4));
        const ImportReport::Unresolved &u = m_unresolved.at(r);
        if (tick && tick->isChecked() && all.value(u.kind).contains(u.value))
            maps[u.kind].insert(u.value, all.value(u.kind).value(u.value));
    }
    return maps;
}
