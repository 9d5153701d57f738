#include "GettingStartedPanel.h"

#include "db/Database.h"
#include "db/DatabaseError.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

GettingStartedPanel::GettingStartedPanel(QWidget *parent)
    : QFrame(parent)
    , m_heading(new QLabel(this))
    , m_steps(new QVBoxLayout)
{
    setObjectName(QStringLiteral("gettingStarted"));
    setFrameShape(QFrame::StyledPanel);
    m_heading->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(m_steps);
    auto *demo = new QPushButton(tr("Open the demo county to look around"), this);
    connect(demo, &QPushButton::clicked, this, &GettingStartedPanel::demoRequested);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(demo);
    layout->addLayout(row);
    hide();
}

QPushButton *GettingStartedPanel::button(const QString &kind) const
{
    return findChild<QPushButton *>(QStringLiteral("start-") + kind);
}

void GettingStartedPanel::addStep(const QString &kind, const QString &title, const QString &help, bool done)
{
    auto *row = new QHBoxLayout;
    auto *text = new QLabel(QStringLiteral("%1 <b>%2</b><br><small>%3</small>")
                                .arg(done ? QStringLiteral("☑") : QStringLiteral("☐"), title.toHtmlEscaped(), help.toHtmlEscaped()),
                            this);
    text->setWordWrap(true);
    row->addWidget(text, 1);
    if (!kind.isEmpty()) {
        auto *button = new QPushButton(done ? tr("Import more…") : tr("Import…"), this);
        button->setObjectName(QStringLiteral("start-") + kind);
        connect(button, &QPushButton::clicked, this, [this, kind] { emit importRequested(kind); });
        row->addWidget(button);
    }
    m_steps->addLayout(row);
}

void GettingStartedPanel::setDatabase(Database *database)
{
    // Rebuilt from scratch: the steps and their ticks follow the file.
    while (QLayoutItem *item = m_steps->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *child = row->takeAt(0)) {
                delete child->widget();
                delete child;
            }
        }
        delete item;
    }
    m_progress = {};
    if (database) {
        try {
            m_progress = SetupProgress::read(database->connection());
        } catch (const Error &) {
            m_progress = {};
        }
    }
    setVisible(database && !m_progress.complete());
    if (!isVisibleTo(parentWidget()))
        return;
    m_heading->setText(m_progress.essentialsDone()
                           ? tr("<b>Almost set up.</b> Bring in what is still missing so that every page has its records:")
                           : tr("<b>This file is new.</b> Bring in the county's lists in this order; the figures on this page "
                                "start once the departments and the register are in."));
    addStep(QStringLiteral("departments"), tr("1. The enforcement departments"),
            tr("The county's list of enforcement bodies (name, short name, code): every other list names its department from it."),
            m_progress.departments > 0);
    addStep(QStringLiteral("enterprises"), tr("2. The register of market entities"),
            tr("The register as the market regulator exports it (.xlsx, .xls or .csv); townships are created from it."),
            m_progress.enterprises > 0);
    addStep(QStringLiteral("officers"), tr("3. The officers and their certificates"),
            tr("Names, departments and certificate numbers, for plans and case-file reviews."), m_progress.officers > 0);
    addStep(QStringLiteral("items"), tr("4. The inspection items"),
            tr("Each department's list of items for random checks, for drawing plans."), m_progress.inspectionItems > 0);
    addStep(QStringLiteral("discretion"), tr("5. The benchmark lists"),
            tr("Each department's discretion benchmark list, as a named version in force from a date."),
            m_progress.benchmarkItems > 0);
}
