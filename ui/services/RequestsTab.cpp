#include "RequestsTab.h"

#include "common/ErrorDialog.h"
#include "common/FormDialog.h"
#include "common/SimpleTable.h"
#include "db/Database.h"
#include "io/DepartmentDirectory.h"
#include "services/RequestStore.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

RequestsTab::RequestsTab(QWidget *parent)
    : QWidget(parent)
{
    m_table = SimpleTable::create({tr("No."), tr("Raised"), tr("Forum"), tr("Enterprise"), tr("Department"), tr("Request"), tr("Deadline"),
                                   tr("State"), tr("Answer")},
                                  5, this);
    m_openOnly = new QCheckBox(tr("Open requests only"), this);
    connect(m_openOnly, &QCheckBox::toggled, this, &RequestsTab::refresh);
    auto *buttons = new QHBoxLayout;
    const QList<QPair<QString, void (RequestsTab::*)()>> actions = {
        {tr("New forum…"), &RequestsTab::newForum},
        {tr("New request…"), &RequestsTab::raise},
        {tr("Answer…"), &RequestsTab::answer},
        {tr("Feedback…"), &RequestsTab::feedback},
    };
    for (const auto &[label, slot] : actions) {
        auto *button = new QPushButton(label, this);
        connect(button, &QPushButton::clicked, this, slot);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    buttons->addWidget(m_openOnly);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
}

void RequestsTab::setDatabase(Database *database)
{
    m_database = database;
    refresh();
}

void RequestsTab::refresh()
{
    QList<QStringList> rows;
    QList<qint64> ids;
    if (m_database) {
        ErrorDialog::attempt(this, [&] {
            const QDate today = QDate::currentDate();
            for (const RequestStore::Request &r :
                 RequestStore::list(m_database->connection(), today.addYears(-2), today, m_openOnly->isChecked())) {
                rows.append({QString::number(r.id), r.raisedOn.toString(Qt::ISODate), r.forum, r.enterprise, r.department, r.content,
                             r.deadline.toString(Qt::ISODate), RequestStore::stateName(r.state), r.answer});
                ids.append(r.id);
            }
        });
    }
    SimpleTable::setRows(m_table, rows, ids);
}

void RequestsTab::newForum()
{
    if (!m_database)
        return;
    FormDialog form(tr("New forum"), this);
    form.addText(QStringLiteral("title"), tr("Title:"), QString(), tr("e.g. 2026年11月亲清会客厅"));
    form.addChoice(QStringLiteral("kind"), tr("Kind:"), {{QStringLiteral("亲清会客厅"), QStringLiteral("亲清会客厅")},
                                                         {QStringLiteral("企业家日"), QStringLiteral("企业家日")},
                                                         {QStringLiteral("政企恳谈会"), QStringLiteral("政企恳谈会")}});
    form.addDate(QStringLiteral("on"), tr("Held on:"), QDate::currentDate());
    form.addText(QStringLiteral("place"), tr("Place:"));
    form.addLongText(QStringLiteral("attendees"), tr("Enterprises (USCCs):"), tr("one USCC per line"));
    form.setAction([this](const FormDialog &f) {
        return FormDialog::attempt([&] {
            RequestStore::createForum(m_database->connection(), f.date(QStringLiteral("on")), f.text(QStringLiteral("title")),
                                        f.choice(QStringLiteral("kind")).toString(), f.text(QStringLiteral("place")),
                                        f.text(QStringLiteral("attendees")).split(QLatin1Char('\n'), Qt::SkipEmptyParts));
        });
    });
    if (form.exec() == QDialog::Accepted)
        refresh();
}

void RequestsTab::raise()
{
    if (!m_database)
        return;
    FormDialog form(tr("New request"), this);
    QList<QPair<QString, QVariant>> forums = {{tr("(not raised at a forum)"), 0}};
    for (const auto &[id, label] : RequestStore::recentForums(m_database->connection()))
        forums.append({label, id});
    QList<QPair<QString, QVariant>> departments;
    for (const auto &[id, name] : DepartmentDirectory::all(m_database->connection()))
        departments.append({name, id});
    form.addChoice(QStringLiteral("forum"), tr("Forum:"), forums);
    form.addText(QStringLiteral("uscc"), tr("Enterprise (USCC, optional):"));
    form.addChoice(QStringLiteral("department"), tr("Owner department:"), departments);
    form.addLongText(QStringLiteral("content"), tr("Request:"));
    form.addDate(QStringLiteral("on"), tr("Raised on:"), QDate::currentDate());
    form.addDate(QStringLiteral("deadline"), tr("Deadline:"), QDate::currentDate().addDays(15));
    form.setAction([this](const FormDialog &f) {
        return FormDialog::attempt([&] {
            RequestStore::raise(m_database->connection(), f.choice(QStringLiteral("forum")).toLongLong(), f.text(QStringLiteral("uscc")),
                                  f.choice(QStringLiteral("department")).toLongLong(), f.text(QStringLiteral("content")),
                                  f.date(QStringLiteral("on")), f.date(QStringLiteral("deadline")));
        });
    });
    if (form.exec() == QDialog::Accepted)
        refresh();
}

void RequestsTab::answer()
{
    const qint64 id = SimpleTable::selectedId(m_table);
    if (!m_database || id == 0)
        return;
    FormDialog form(tr("Answer request %1").arg(id), this);
    form.addLongText(QStringLiteral("answer"), tr("Answer:"));
    form.addDate(QStringLiteral("on"), tr("Answered on:"), QDate::currentDate());
    form.setAction([this, id](const FormDialog &f) {
        return FormDialog::attempt([&] {
            RequestStore::answer(m_database->connection(), id, f.text(QStringLiteral("answer")), f.date(QStringLiteral("on")));
        });
    });
    if (form.exec() == QDialog::Accepted)
        refresh();
}

void RequestsTab::feedback()
{
    const qint64 id = SimpleTable::selectedId(m_table);
    if (!m_database || id == 0)
        return;
    FormDialog form(tr("The enterprise's feedback on request %1").arg(id), this);
    form.addChoice(QStringLiteral("satisfied"), tr("The enterprise is:"), {{tr("satisfied (the request is closed)"), true},
                                                                           {tr("not satisfied (the request is reopened)"), false}});
    form.addText(QStringLiteral("note"), tr("Note:"));
    form.addDate(QStringLiteral("on"), tr("On:"), QDate::currentDate());
    form.setAction([this, id](const FormDialog &f) {
        return FormDialog::attempt([&] {
            RequestStore::feedback(m_database->connection(), id, f.choice(QStringLiteral("satisfied")).toBool(),
                                     f.text(QStringLiteral("note")), f.date(QStringLiteral("on")));
        });
    });
    if (form.exec() == QDialog::Accepted)
        refresh();
}
