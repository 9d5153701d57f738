#include "WelcomePage.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    auto *title = new QLabel(tr("Welcome to FairCheck"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 2);
    font.setBold(true);
    title->setFont(font);
    auto *intro = new QLabel(tr("FairCheck keeps your county's enterprises, inspections, cases and clues in one file on "
                                "this computer. Choose where to start:"),
                             this);
    intro->setWordWrap(true);

    auto *demo = new QCommandLinkButton(tr("Open the demo county"),
                                        tr("A complete example county with 18 months of history, to look around safely."), this);
    auto *open = new QCommandLinkButton(tr("Open a database file…"), tr("A FairCheck file from a colleague or a backup."), this);
    auto *create = new QCommandLinkButton(tr("Create an empty database…"), tr("Start your own county from scratch."), this);
    demo->setObjectName(QStringLiteral("openDemoButton"));
    connect(demo, &QCommandLinkButton::clicked, this, &WelcomePage::openDemoRequested);
    connect(open, &QCommandLinkButton::clicked, this, &WelcomePage::openFileRequested);
    connect(create, &QCommandLinkButton::clicked, this, &WelcomePage::createFileRequested);

    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(16);
    layout->addWidget(demo);
    layout->addWidget(open);
    layout->addWidget(create);
    layout->addStretch();
}
