#include "ResultDialog.h"

#include "db/Database.h"
#include "db/DatabaseError.h"
#include "planning/VisitResults.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { Department, Code, Item, Result, Deadline, Note };

} // namespace

ResultDialog::ResultDialog(Database *database, qint64 visitId, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_visitId(visitId)
{
    setWindowTitle(tr("Results of visit %1").arg(visitId));
    m_visited = new QDateEdit(QDate::currentDate(), this);
    m_visited->setCalendarPopup(true);
    m_visited->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_table = new QTableWidget(0, 6, this);
    m_table->setHorizontalHeaderLabels({tr("Department"), tr("Code"), tr("Item"), tr("Result"), tr("Rectify by"), tr("Note")});
    m_table->horizontalHeader()->setSectionResizeMode(Item, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    const QList<VisitResults::Item> items = VisitResults::items(m_database->connection(), visitId);
    m_table->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const VisitResults::Item &item = items.at(row);
        for (const auto &[column, text] : {std::pair{Department, item.department}, {Code, item.code}, {Item, item.name}}) {
            auto *cell = new QTableWidgetItem(text);
            cell->setFlags(cell->flags() & ~Qt::ItemIsEditable);
            m_table->setItem(row, column, cell);
        }
        auto *result = new QComboBox(m_table);
        result->addItems({tr("Compliant"), tr("Rectify by a date"), tr("Violation")});
        m_table->setCellWidget(row, Result, result);
        auto *deadline = new QDateEdit(QDate::currentDate().addDays(15), m_table);
        deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        deadline->setEnabled(false);
        connect(result, &QComboBox::currentIndexChanged, deadline, [deadline](int index) { deadline->setEnabled(index == 1); });
        m_table->setCellWidget(row, Deadline, deadline);
        m_table->setItem(row, Note, new QTableWidgetItem);
    }
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *form = new QFormLayout;
    form->addRow(tr("Visited on:"), m_visited);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ResultDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(820, 420);
}

void ResultDialog::setResult(int row, int result)
{
    qobject_cast<QComboBox *>(m_table->cellWidget(row, Result))->setCurrentIndex(result);
}

QString ResultDialog::message() const
{
    return m_message->text();
}

bool ResultDialog::save()
{
    static const QString results[] = {QStringLiteral("compliant"), QStringLiteral("rectify"), QStringLiteral("violation")};
    QList<VisitResults::Finding> findings;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const int index = qobject_cast<QComboBox *>(m_table->cellWidget(row, Result))->currentIndex();
        findings.append({m_table->item(row, Code)->text(), results[qBound(0, index, 2)],
                         index == 1 ? qobject_cast<QDateEdit *>(m_table->cellWidget(row, Deadline))->date() : QDate(),
                         m_table->item(row, Note)->text()});
    }
    try {
        VisitResults::record(m_database->connection(), m_visitId, m_visited->date(), findings);
    } catch (const DatabaseError &error) {
        m_message->setText(error.message());
        return false;
    }
    return true;
}

void ResultDialog::accept()
{
    if (save())
        QDialog::accept();
}
