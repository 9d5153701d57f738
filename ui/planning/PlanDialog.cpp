#include "PlanDialog.h"
#include "util/WorkingCalendar.h"

#include "common/BackgroundTask.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "planning/PlanQueries.h"
#include "planning/PlanStore.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRandomGenerator>
#include <QVBoxLayout>

namespace {

QDate nextQuarter(const QDate &today)
{
    const QDate start(today.year(), ((today.month() - 1) / 3) * 3 + 1, 1);
    return start.addMonths(3);
}

QString freshSeed()
{
    return QString::number(QRandomGenerator::system()->generate64() % 1000000000000ULL);
}

} // namespace

PlanDialog::PlanDialog(Database *database, QWidget *parent)
    : EditorDialog(parent)
    , m_database(database)
{
    setWindowTitle(tr("New inspection plan"));
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. 2027年第一季度“双随机、一公开”联合抽查计划"));
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    // A period in a year without the State Council's holiday notice needs the user's word.
    m_provisional = new QCheckBox(this);
    m_provisional->setObjectName(QStringLiteral("provisionalCalendar"));
    auto updateNotice = [this] {
        const QList<int> years = WorkingCalendar::builtIn().yearsWithoutNotice(m_from->date(), m_to->date());
        m_provisional->setVisible(!years.isEmpty());
        if (years.isEmpty())
            m_provisional->setChecked(false);
        else
            m_provisional->setText(tr("Plan without the holiday notice for %1 (statutory holidays only; visits may have to move)")
                                       .arg(years.constFirst()));
    };
    connect(m_from, &QDateEdit::dateChanged, this, updateNotice);
    connect(m_to, &QDateEdit::dateChanged, this, updateNotice);
    setPeriod(nextQuarter(QDate::currentDate()), nextQuarter(QDate::currentDate()).addMonths(3).addDays(-1));
    updateNotice();
    m_seed = new QLineEdit(freshSeed(), this);
    auto *newSeed = new QPushButton(tr("New seed"), this);
    connect(newSeed, &QPushButton::clicked, this, [this] { m_seed->setText(freshSeed()); });
    auto *seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(newSeed);
    m_departments = new QListWidget(this);
    if (m_database) {
        for (const QString &name : PlanQueries::drawingDepartments(m_database->connection())) {
            auto *item = new QListWidgetItem(name, m_departments);
            item->setData(Qt::UserRole, name);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }
    m_summary = new QLabel(tr("The seed is published with the plan: anyone can re-run the draw from it and get the same plan."), this);
    m_summary->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    form->addRow(QString(), m_provisional);
    form->addRow(tr("Seed:"), seedRow);
    form->addRow(tr("Departments:"), m_departments);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create plan"));
    auto *previewButton = buttons->addButton(tr("Preview draw"), QDialogButtonBox::ActionRole);
    connect(previewButton, &QPushButton::clicked, this, [this] { preview(); });
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(560, 560);
    m_opened = InputSnapshot(this);
}

bool PlanDialog::hasUnsavedInput() const
{
    if (m_created)
        return false;
    return InputSnapshot(this) != m_opened;
}


void PlanDialog::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void PlanDialog::setSeed(const QString &seed)
{
    m_seed->setText(seed);
}

PlanRequest PlanDialog::request() const
{
    PlanRequest r;
    r.name = m_name->text();
    r.from = m_from->date();
    r.to = m_to->date();
    r.seed = m_seed->text();
    r.provisionalCalendar = m_provisional->isVisible() && m_provisional->isChecked();
    for (int i = 0; i < m_departments->count(); ++i) {
        if (m_departments->item(i)->checkState() == Qt::Checked)
            r.departments.append(m_departments->item(i)->data(Qt::UserRole).toString());
    }
    return r;
}

QString PlanDialog::summary() const
{
    return m_summary->text();
}

void PlanDialog::preview(bool interactive)
{
    if (!m_database)
        return;
    const PlanRequest r = request();
    if (r.departments.isEmpty()) {
        m_summary->setText(tr("Choose at least one department."));
        return;
    }
    // A county of 100,000 enterprises takes a second or two: off the window's thread.
    const QString path = m_database->path();
    Planning::Result planned;
    const BackgroundTask::Result result = BackgroundTask::run(
        this, tr("Drawing…"),
        [&](const BackgroundTask::Progress &) {
            const Database db = Database::open(path, Database::OpenMode::ExistingOnly);
            planned = PlanStore::preview(db.connection(), r);
        },
        interactive);
    if (!result.ok) {
        m_summary->setText(result.message);
        return;
    }
    int unscheduled = 0, blocked = 0;
    for (const Planning::Exception &e : planned.exceptions) {
        unscheduled += e.kind == Planning::Exception::Kind::Unscheduled;
        blocked += e.kind == Planning::Exception::Kind::Blocked;
    }
    m_summary->setText(tr("Seed %1: %2 checks drawn; %3 tasks in %4 visits (%5 joint), %6 checks avoided; %7 blocked by the "
                          "frequency caps, %8 could not be scheduled.")
                           .arg(m_seed->text()).arg(planned.routineDrawn).arg(planned.tasks).arg(planned.visits.size())
                           .arg(planned.jointVisits).arg(planned.checksAvoided()).arg(blocked).arg(unscheduled));
}

bool PlanDialog::create(bool interactive)
{
    if (!m_database)
        return false;
    const PlanRequest r = request();
    if (r.departments.isEmpty()) {
        m_summary->setText(tr("Choose at least one department."));
        return false;
    }
    const QString path = m_database->path();
    qint64 created = 0;
    const BackgroundTask::Result result = BackgroundTask::run(
        this, tr("Creating the plan…"),
        [&](const BackgroundTask::Progress &progress) {
            const Database db = Database::open(path, Database::OpenMode::ExistingOnly);
            created = PlanStore::create(db.connection(), r, nullptr, progress);
        },
        interactive);
    if (!result.ok) {
        // Shown in the dialog, with everything typed kept.
        m_summary->setText(result.message);
        return false;
    }
    m_created = created;
    return true;
}

void PlanDialog::accept()
{
    if (create())
        QDialog::accept();
}
