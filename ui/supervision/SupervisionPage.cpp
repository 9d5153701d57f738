#include "SupervisionPage.h"

#include "CluesTab.h"
#include "FindingsTab.h"
#include "OfficersTab.h"
#include "ReviewTab.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QTextBrowser>

SupervisionPage::SupervisionPage(QWidget *parent)
    : QTabWidget(parent)
    , m_clues(new CluesTab(this))
    , m_review(new ReviewTab(this))
    , m_officers(new OfficersTab(this))
    , m_findings(new FindingsTab(this))
{
    setDocumentMode(true);
    addTab(m_clues, tr("Clues"));
    addTab(m_review, tr("Case-file review"));
    addTab(m_officers, tr("Officer points"));
    addTab(m_findings, tr("Findings"));
    // A finding made a clue is worked on in the Clues tab.
    connect(m_findings, &FindingsTab::clueMade, m_clues, &CluesTab::refresh);
    // The two duty lists are reference text, kept as data.
    auto *duties = new QTextBrowser(this);
    QFile file(QStringLiteral(":/faircheck/supervision/duty-lists.json"));
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        QString html;
        for (const char *key : {"positive", "negative"}) {
            const QJsonObject list = o.value(QLatin1String(key)).toObject();
            html += QStringLiteral("<h3>%1</h3><ol>").arg(list.value(u"title").toString().toHtmlEscaped());
            for (const QJsonValue &item : list.value(u"items").toArray())
                html += QStringLiteral("<li>%1</li>").arg(item.toString().toHtmlEscaped());
            html += QStringLiteral("</ol>");
        }
        duties->setHtml(html);
    }
    addTab(duties, tr("Duty lists"));
}

void SupervisionPage::setDatabase(Database *database)
{
    m_clues->setDatabase(database);
    m_review->setDatabase(database);
    m_officers->setDatabase(database);
    m_findings->setDatabase(database);
}

QStringList SupervisionPage::recordKinds() const
{
    return {QStringLiteral("overdue_clue")};
}

void SupervisionPage::openRecord(const QString &, qint64 recordId, const QString &, const QDate &)
{
    setCurrentWidget(m_clues);
    m_clues->selectClue(recordId);
}

QStringList SupervisionPage::indicatorIds() const
{
    return {QStringLiteral("clues_received"), QStringLiteral("clues_closed"), QStringLiteral("clues_overdue"),
            QStringLiteral("case_reviews"), QStringLiteral("review_avg"), QStringLiteral("review_pass_rate"),
            QStringLiteral("officers_excellent"), QStringLiteral("officers_good"), QStringLiteral("officers_fair"),
            QStringLiteral("officers_poor")};
}

void SupervisionPage::openIndicator(const QString &indicatorId, const QDate &, const QDate &)
{
    if (indicatorId.startsWith(u"clues_")) {
        setCurrentWidget(m_clues);
        if (indicatorId == u"clues_overdue")
            m_clues->showListing(ClueStore::Listing::Overdue);
    } else if (indicatorId.startsWith(u"officers_")) {
        setCurrentWidget(m_officers);
    } else {
        setCurrentWidget(m_review);
    }
}

bool SupervisionPage::mayClose()
{
    // An editor with unsaved input asks before it goes.
    return !m_review->hasUnsavedReview()
        || QMessageBox::question(this, tr("Unsaved review"), tr("A case-file review is not saved. Close FairCheck all the same?"))
        == QMessageBox::Yes;
}
