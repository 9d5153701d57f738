#include "TrainingsTab.h"

#include "common/ErrorDialog.h"
#include "common/FormDialog.h"
#include "common/SimpleTable.h"
#include "db/Database.h"
#include "services/TrainingStore.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

TrainingsTab::TrainingsTab(QWidget *parent)
    : QWidget(parent)
{
    m_table = SimpleTable::create({tr("No."), tr("Held"), tr("Kind"), tr("Topic"), tr("Place"), tr("Enterprises")}, 3, this);
    auto *add = new QPushButton(tr("New session…"), this);
    auto *attend = new QPushButton(tr("Add attendees…"), this);
    connect(add, &QPushButton::clicked, this, &TrainingsTab::newSession);
    connect(attend, &QPushButton::clicked, this, &TrainingsTab::addAttendees);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(attend);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
}

void TrainingsTab::setDatabase(Database *database)
{
    m_database = database;
    refresh();
}

void TrainingsTab::refresh()
{
    QList<QStringList> rows;
    QList<qint64> ids;
    if (m_database) {
        ErrorDialog::attempt(this, [&] {
            const QDate today = QDate::currentDate();
            for (const TrainingStore::Session &s : TrainingStore::list(m_database->connection(), today.addYears(-2), today.addYears(1))) {
                rows.append({QString::number(s.id), s.heldOn.toString(Qt::ISODate), TrainingStore::kindName(s.kind), s.topic, s.place,
                             QString::number(s.attendees)});
                ids.append(s.id);
            }
        });
    }
    SimpleTable::setRows(m_table, rows, ids);
}

void TrainingsTab::newSession()
{
    if (!m_database)
        return;
    FormDialog form(tr("New session"), this);
    QList<QPair<QString, QVariant>> kinds;
    for (const QString &kind : TrainingStore::kinds())
        kinds.append({TrainingStore::kindName(kind), kind});
    form.addText(QStringLiteral("topic"), tr("Topic:"));
    form.addChoice(QStringLiteral("kind"), tr("Kind:"), kinds);
    form.addDate(QStringLiteral("on"), tr("Held on:"), QDate::currentDate());
    form.addText(QStringLiteral("place"), tr("Place:"));
    form.addLongText(QStringLiteral("attendees"), tr("Enterprises (USCCs):"), tr("one USCC per line"));
    form.setAction([this](const FormDialog &f) {
        return FormDialog::attempt([&] {
            TrainingStore::create(m_database->connection(), f.date(QStringLiteral("on")), f.text(QStringLiteral("topic")),
                                    f.choice(QStringLiteral("kind")).toString(), f.text(QStringLiteral("place")),
                                    f.text(QStringLiteral("attendees")).split(QLatin1Char('\n'), Qt::SkipEmptyParts));
        });
    });
    if (form.exec() == QDialog::Accepted)
        refresh();
}

void TrainingsTab::addAttendees()
{
    const qint64 id = SimpleTable::selectedId(m_table);
    if (!m_database || id == 0)
        return;
    FormDialog form(tr("Attendees of session %1").arg(id), this);
    form.addLongText(QStringLiteral("attendees"), tr("Enterprises (USCCs):"), tr("one USCC per line"));
    form.setAction([this, id](const FormDialog &f) {
        return FormDialog::attempt([&] {
            TrainingStore::addAttendees(m_database->connection(), id,
                                          f.text(QStringLiteral("attendees")).split(QLatin1Char('\n'), Qt::SkipEmptyParts));
        });
    });
    if (form.exec() == QDialog::Accepted)
        refresh();
}
