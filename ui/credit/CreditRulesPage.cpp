#include "CreditRulesPage.h"

#include "CreditRuleForm.h"
#include "RuleVersionDialog.h"
#include "common/ErrorDialog.h"
#include "common/TableExportAction.h"
#include "credit/CreditRuleStore.h"
#include "db/AuditText.h"
#include "db/Database.h"
#include "db/DatabaseError.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

CreditRulesPage::CreditRulesPage(QWidget *parent)
    : QWidget(parent)
    , m_versions(new QTableWidget(0, 5, this))
    , m_form(new CreditRuleForm(this))
    , m_text(new QPlainTextEdit(this))
{
    m_versions->setHorizontalHeaderLabels({tr("Version"), tr("Effective from"), tr("Title"), tr("Stored"), tr("By")});
    m_versions->verticalHeader()->setVisible(false);
    m_versions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versions->horizontalHeader()->setStretchLastSection(true);
    m_text->setReadOnly(true);
    m_form->setReadOnly(true);
    TableExportAction::install(m_versions, tr("credit-rule-versions.xlsx"), [this] { return m_database; });
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *add = new QPushButton(tr("New version…"), this);
    connect(add, &QPushButton::clicked, this, &CreditRulesPage::newVersion);
    connect(m_versions, &QTableWidget::currentCellChanged, this, &CreditRulesPage::showSelected);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_versions);
    auto *views = new QTabWidget(this);
    views->addTab(m_form, tr("Rules"));
    views->addTab(m_text, tr("JSON text"));
    splitter->addWidget(views);
    splitter->setStretchFactor(1, 3);
    // A handful of versions: the rules themselves get the height.
    splitter->setSizes({120, 600});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(add, 0, Qt::AlignLeft);
    layout->addWidget(splitter, 1);
}

void CreditRulesPage::setDatabase(Database *database)
{
    m_database = database;
    refresh();
}

void CreditRulesPage::refresh()
{
    m_versions->setRowCount(0);
    m_text->clear();
    if (!m_database)
        return;
    ErrorDialog::attempt(this, [&] {
        const auto versions = CreditRuleStore::versionList(m_database->connection());
        m_versions->setRowCount(int(versions.size()));
        for (int r = 0; r < versions.size(); ++r) {
            const auto &v = versions.at(r);
            // When and by whom as people read them: local time, 系统 for the program itself.
            const QDateTime saved = QDateTime::fromString(v.createdAt, Qt::ISODate);
            const QString when = saved.isValid() ? saved.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : v.createdAt;
            const QStringList cells = {QString::number(v.version), v.effectiveFrom.toString(Qt::ISODate), v.title, when,
                                       AuditText::user(v.createdBy)};
            for (int c = 0; c < cells.size(); ++c)
                m_versions->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        }
        m_versions->resizeColumnsToContents();
        m_versions->selectRow(int(versions.size()) - 1);
    });
}

void CreditRulesPage::showSelected()
{
    const int row = m_versions->currentRow();
    if (!m_database || row < 0)
        return;
    const int version = m_versions->item(row, 0)->text().toInt();
    const QByteArray json = CreditRuleStore::versionJson(m_database->connection(), version);
    m_text->setPlainText(QString::fromUtf8(json));
    m_form->setRules(QJsonDocument::fromJson(json).object());
}

void CreditRulesPage::newVersion()
{
    if (!m_database)
        return;
    const QSqlDatabase db = m_database->connection();
    const auto versions = CreditRuleStore::versionList(db);
    QJsonObject latest = QJsonDocument::fromJson(CreditRuleStore::versionJson(db, versions.last().version)).object();
    latest.insert(QStringLiteral("version"), versions.last().version + 1);
    latest.insert(QStringLiteral("effectiveFrom"), QDate::currentDate().addDays(1).toString(Qt::ISODate));
    RuleVersionDialog dialog(db, QJsonDocument(latest).toJson(QJsonDocument::Indented), this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}
