#include "AuditTab.h"

#include "common/ErrorDialog.h"
#include "common/SimpleTable.h"
#include "db/AuditLog.h"
#include "db/AuditText.h"
#include "db/AuditValues.h"
#include "db/ChangeCapture.h"
#include "db/Database.h"
#include "db/DatabaseError.h"

#include <QComboBox>
#include <climits>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

AuditTab::AuditTab(QWidget *parent)
    : QWidget(parent)
{
    m_user = new QComboBox(this);
    m_record = new QLineEdit(this);
    // Tables as the list below names them (企业:12), or by their codes.
    m_record->setPlaceholderText(tr("record, e.g. %1:12").arg(AuditText::table(QStringLiteral("enterprise"))));
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(d, &QDateEdit::dateChanged, this, &AuditTab::refresh);
    }
    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditTab::refresh);
    connect(m_record, &QLineEdit::returnPressed, this, &AuditTab::refresh);
    auto *verify = new QPushButton(tr("Check the chain"), this);
    connect(verify, &QPushButton::clicked, this, [this] { verifyChain(); });
    m_chain = new QLabel(this);
    m_chain->setWordWrap(true);
    m_anchor = new QLineEdit(this);
    m_anchor->setPlaceholderText(tr("anchor from a report or backup, e.g. 1234:5f2c…"));
    auto *checkAnchorButton = new QPushButton(tr("Check the anchor"), this);
    connect(checkAnchorButton, &QPushButton::clicked, this, [this] { checkAnchor(m_anchor->text()); });
    connect(m_anchor, &QLineEdit::returnPressed, this, [this] { checkAnchor(m_anchor->text()); });
    m_head = new QLabel(this);
    m_head->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_head->setWordWrap(true);
    m_table = SimpleTable::create({tr("No."), tr("Time (UTC)"), tr("User"), tr("Action"), tr("Table"), tr("Record"), tr("Before"), tr("After")},
                                  7, this);
    m_changesTitle = new QLabel(tr("Changes to this record, row by row:"), this);
    m_changes = SimpleTable::create({tr("Change"), tr("Operation"), tr("Before"), tr("After"), tr("Sealed by entry")}, 3, this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("User:"), this));
    bar->addWidget(m_user);
    bar->addWidget(m_record, 1);
    bar->addWidget(new QLabel(tr("From"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    bar->addWidget(verify);
    auto *anchorBar = new QHBoxLayout;
    anchorBar->addWidget(new QLabel(tr("Anchor:"), this));
    anchorBar->addWidget(m_anchor, 1);
    anchorBar->addWidget(checkAnchorButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(anchorBar);
    layout->addWidget(m_head);
    layout->addWidget(m_chain);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_changesTitle);
    layout->addWidget(m_changes, 1);
}

void AuditTab::setDatabase(Database *database)
{
    m_database = database;
    const QSignalBlocker blocker(m_user);
    m_user->clear();
    m_user->addItem(tr("Everyone"), QString());
    if (m_database) {
        for (const QString &u : AuditLog::users(m_database->connection()))
            m_user->addItem(u, u);
    }
    m_chain->clear();
    const QString head = m_database ? AuditLog::head(m_database->connection()) : QString();
    m_head->setText(head.isEmpty() ? QString() : tr("This file's anchor now (note it down to check later): %1").arg(head));
    refresh();
}

void AuditTab::setRecordFilter(const QString &table, qint64 rowId)
{
    m_record->setText(rowId > 0 ? QStringLiteral("%1:%2").arg(table).arg(rowId) : table);
    refresh();
}

void AuditTab::refresh()
{
    QList<QStringList> rows;
    QList<qint64> ids;
    QStringList stored;
    if (m_database) {
        AuditLog::Filter filter;
        filter.user = m_user->currentData().toString();
        filter.table = AuditText::tableCode(m_record->text().replace(u'：', u':').section(u':', 0, 0));
        filter.rowId = m_record->text().replace(u'：', u':').section(u':', 1, 1).trimmed().toLongLong();
        filter.from = m_from->date();
        filter.to = m_to->date();
        ErrorDialog::attempt(this, [&] {
            for (const AuditLog::Row &r : AuditLog::entries(m_database->connection(), filter)) {
                // Codes in the reader's language; a batch or event entry said in a sentence
                // (the stored values in its tooltip).
                const QString summary = AuditText::summary(r);
                rows.append({QString::number(r.id), r.at.left(19).replace(u'T', u' '), AuditText::user(r.user), AuditText::action(r.action),
                             AuditText::table(r.table), r.rowId > 0 ? QString::number(r.rowId) : QString(), AuditValues::describe(r.oldValues, r.table),
                             summary.isEmpty() ? AuditValues::describe(r.newValues, r.table) : summary});
                stored.append(r.newValues);
                ids.append(r.id);
            }
        });
    }
    SimpleTable::setRows(m_table, rows, ids);
    for (int r = 0; r < stored.size() && r < m_table->rowCount(); ++r) {
        if (QTableWidgetItem *after = m_table->item(r, 7))
            after->setToolTip(stored.at(r));
    }

    QList<QStringList> changes;
    const QString record = m_record->text().replace(u'：', u':'); // a Chinese colon as typed
    const QString table = AuditText::tableCode(record.section(u':', 0, 0));
    const qint64 rowId = record.section(u':', 1, 1).trimmed().toLongLong();
    if (m_database && !table.isEmpty() && rowId > 0) {
        ErrorDialog::attempt(this, [&] {
            for (const ChangeCapture::Change &c : ChangeCapture::history(m_database->connection(), table, rowId))
                changes.append({QString::number(c.id),
                                c.bulkRows > 0   ? tr("Inserted (an import of %n rows)", nullptr, int(qMin<qint64>(c.bulkRows, INT_MAX)))
                                : c.op == u"insert" ? tr("Inserted") : c.op == u"update" ? tr("Updated") : tr("Deleted"),
                                AuditValues::describe(c.oldValues, table), AuditValues::describe(c.newValues, table), c.sealedBy ? QString::number(c.sealedBy) : tr("none: made outside FairCheck")});
        });
    }
    m_changesTitle->setVisible(!changes.isEmpty());
    m_changes->setVisible(!changes.isEmpty());
    SimpleTable::setRows(m_changes, changes);
}

QString AuditTab::verifyChain()
{
    if (!m_database)
        return {};
    const AuditLog::Verification v = AuditLog::verify(m_database->connection());
    const QString text = v.summary();
    m_chain->setStyleSheet(v.ok ? QStringLiteral("color: #1b6e2a") : QStringLiteral("color: #b3261e; font-weight: bold"));
    m_chain->setText(text);
    return text;
}

QString AuditTab::checkAnchor(const QString &text)
{
    if (!m_database)
        return {};
    const AuditLog::Anchor anchor = AuditLog::Anchor::parse(text);
    QString result;
    bool held = false;
    if (anchor.entry == 0) {
        result = tr("Write the anchor as printed: the entry number, a colon and the 64-digit hash.");
    } else {
        QString reason;
        held = AuditLog::holds(m_database->connection(), anchor, &reason);
        result = held ? tr("The trail still holds entry %1 unchanged: nothing up to it was rewritten.").arg(anchor.entry)
                      : tr("The anchor does not hold: %1.").arg(reason);
    }
    m_chain->setStyleSheet(held ? QStringLiteral("color: #1b6e2a") : QStringLiteral("color: #b3261e; font-weight: bold"));
    m_chain->setText(result);
    return result;
}
