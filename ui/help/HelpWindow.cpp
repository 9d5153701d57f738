#include "HelpWindow.h"

#include <QFile>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

HelpWindow::HelpWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("FairCheck manual"));
    m_browser->setOpenExternalLinks(false);
    auto *back = new QPushButton(tr("Back"), this);
    auto *contents = new QPushButton(tr("Contents"), this);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(contents, &QPushButton::clicked, this, [this] { showPage(QString()); });
    back->setEnabled(false);
    auto *bar = new QHBoxLayout;
    bar->addWidget(back);
    bar->addWidget(contents);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);
    resize(820, 640);
}

QUrl HelpWindow::pageUrl(const QString &pageId)
{
    const QString page = QStringLiteral(":/faircheck/help/zh_CN/%1.html").arg(pageId);
    if (!pageId.isEmpty() && QFile::exists(page))
        return QUrl(QStringLiteral("qrc") + page);
    return QUrl(QStringLiteral("qrc:/faircheck/help/zh_CN/index.html"));
}

void HelpWindow::showPage(const QString &pageId)
{
    m_browser->setSource(pageUrl(pageId));
}

QUrl HelpWindow::source() const
{
    return m_browser->source();
}
