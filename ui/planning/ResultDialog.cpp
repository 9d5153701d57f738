#include "ResultDialog.h"


#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/Sql.h"
#include "planning/VisitResults.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { Department, Code, Item, Result, Deadline, Note };

} // namespace

ResultDialog::ResultDialog(Database *database, qint64 visitId, Mode mode, QWidget *parent)
    : EditorDialog(parent)
    , m_database(database)
    , m_visitId(visitId)
    , m_mode(mode)
{
    setWindowTitle(mode == Mode::Correct ? tr("Correct the results of visit %1").arg(visitId) : tr("Results of visit %1").arg(visitId));
    // The day it was scheduled, or its recorded day when correcting; never today by default.
    const QDate scheduled = QDate::fromString(
        Sql::scalar(m_database->connection(), QStringLiteral("SELECT COALESCE(visit_date, scheduled_date) FROM visit WHERE id = ?"), {visitId})
            .toString(),
        Qt::ISODate);
    m_visited = new QDateEdit(scheduled.isValid() ? scheduled : QDate::currentDate(), this);
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
        result->addItems({tr("— choose —"), tr("Compliant"), tr("Rectify by a date"), tr("Violation")});
        // Correcting: the recorded result is where the choice starts.
        static const QStringList codes = {QString(), QStringLiteral("compliant"), QStringLiteral("rectify"), QStringLiteral("violation")};
        result->setCurrentIndex(qMax(0, int(codes.indexOf(item.result))));
        m_table->setCellWidget(row, Result, result);
        auto *deadline = new QDateEdit(m_visited->date().addDays(15), m_table);
        deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        deadline->setEnabled(result->currentIndex() == 2);
        connect(result, &QComboBox::currentIndexChanged, deadline, [deadline](int index) { deadline->setEnabled(index == 2); });
        // A deadline left at or before a visit date moved later follows it.
        connect(m_visited, &QDateEdit::dateChanged, deadline, [deadline](const QDate &visited) {
            if (deadline->date() <= visited)
                deadline->setDate(visited.addDays(15));
        });
        m_table->setCellWidget(row, Deadline, deadline);
        m_table->setItem(row, Note, new QTableWidgetItem);
    }
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *form = new QFormLayout;
    form->addRow(tr("Visited on:"), m_visited);
    if (mode == Mode::Correct) {
        m_reason = new QLineEdit(this);
        m_reason->setPlaceholderText(tr("why the recorded results are wrong"));
        form->addRow(tr("Reason for the correction:"), m_reason);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ResultDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(820, 420);
    m_opened = InputSnapshot(this);
}

void ResultDialog::setResult(int row, int result)
{
    qobject_cast<QComboBox *>(m_table->cellWidget(row, Result))->setCurrentIndex(result + 1);
}

void ResultDialog::setVisitedOn(const QDate &date)
{
    m_visited->setDate(date);
}

void ResultDialog::setReason(const QString &reason)
{
    if (m_reason)
        m_reason->setText(reason);
}

QString ResultDialog::message() const
{
    return m_message->text();
}

bool ResultDialog::save()
{
    static const QString results[] = {QStringLiteral("compliant"), QStringLiteral("rectify"), QStringLiteral("violation")};
    QList<VisitResults::Finding> findings;
    QStringList unanswered;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const int index = qobject_cast<QComboBox *>(m_table->cellWidget(row, Result))->currentIndex() - 1;
        if (index < 0) {
            unanswered.append(m_table->item(row, Code)->text());
            continue;
        }
        findings.append({m_table->item(row, Code)->text(), results[qBound(0, index, 2)],
                         index == 1 ? qobject_cast<QDateEdit *>(m_table->cellWidget(row, Deadline))->date() : QDate(),
                         m_table->item(row, Note)->text()});
    }
    if (!unanswered.isEmpty()) {
        m_message->setText(tr("Choose a result for every item; still without one: %1.").arg(unanswered.join(tr(", "))));
        return false;
    }
    try {
        if (m_mode == Mode::Correct)
            VisitResults::correct(m_database->connection(), m_visitId, m_visited->date(), findings, m_reason->text());
        else
            VisitResults::record(m_database->connection(), m_visitId, m_visited->date(), findings);
    } catch (const Error &error) {
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

bool ResultDialog::hasUnsavedInput() const
{
    return InputSnapshot(this) != m_opened;
}

