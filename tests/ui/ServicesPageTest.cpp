#include "common/FormDialog.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "demo/DemoCountyGenerator.h"
#include "services/InvitationsTab.h"
#include "services/RepairHelpTab.h"
#include "services/RequestsTab.h"
#include "services/ServicesPage.h"
#include "services/TrainingsTab.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

// The services area offscreen: the lists, a refused form that keeps its input, the
// credit-repair notice and an enterprise's history.
class ServicesPageTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsShowTheServiceHistory();
    void refusedFormKeepsItsInput();
    void repairNoticeIsWrittenAndRecorded();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void ServicesPageTest::initTestCase()
{
    m_db = std::make_unique<Database>(Database::open(m_dir.filePath(QStringLiteral("services.db"))));
    DemoOptions options;
    options.seed = 14;
    options.enterprises = 300;
    options.asOf = QDate::currentDate();
    DemoCountyGenerator::generate(*m_db, options);
}

void ServicesPageTest::listsShowTheServiceHistory()
{
    ServicesPage page;
    page.setDatabase(m_db.get());
    QVERIFY(page.invitations()->table()->rowCount() > 0);
    QVERIFY(page.requests()->table()->rowCount() > 0);
    QVERIFY(page.trainings()->table()->rowCount() > 0);
    const QString uscc = Sql::scalar(m_db->connection(), QStringLiteral(
        "SELECT e.uscc FROM training_attendee a JOIN enterprise e ON e.id = a.enterprise_id LIMIT 1")).toString();
    page.showHistory(uscc);
    QVERIFY(page.historyTable()->rowCount() > 0);
}

void ServicesPageTest::refusedFormKeepsItsInput()
{
    InvitationsTab tab;
    tab.setDatabase(m_db.get());
    const int before = tab.table()->rowCount();
    const QString uscc = Sql::scalar(m_db->connection(), QStringLiteral("SELECT uscc FROM enterprise LIMIT 1")).toString();
    QString refusal;
    QString kept;
    QTimer::singleShot(0, this, [&] {
        auto *form = qobject_cast<FormDialog *>(QApplication::activeModalWidget());
        QVERIFY(form);
        qobject_cast<QLineEdit *>(form->field(QStringLiteral("uscc")))->setText(QStringLiteral("91330100799655058C"));
        qobject_cast<QLineEdit *>(form->field(QStringLiteral("scope")))->setText(QStringLiteral("消防设施维护保养指导"));
        QVERIFY(!form->submit());
        refusal = form->message();
        kept = form->text(QStringLiteral("scope"));
        qobject_cast<QLineEdit *>(form->field(QStringLiteral("uscc")))->setText(uscc);
        QVERIFY(form->submit());
        form->accept();
    });
    QPushButton *newButton = tab.findChildren<QPushButton *>().constFirst();
    newButton->click();
    QVERIFY(refusal.contains(QStringLiteral("91330100799655058C")));
    QCOMPARE(kept, QStringLiteral("消防设施维护保养指导"));
    QCOMPARE(tab.table()->rowCount(), before + 1);
}

void ServicesPageTest::repairNoticeIsWrittenAndRecorded()
{
    RepairHelpTab tab;
    tab.setDatabase(m_db.get());
    QVERIFY(tab.table()->rowCount() > 0);
    tab.table()->selectRow(0);
    QTemporaryDir out;
    const QStringList files = tab.writeNotice(out.path());
    QCOMPARE(files.size(), 2);
    for (const QString &file : files)
        QVERIFY(QFileInfo(file).size() > 1000);
    tab.refresh();
    QCOMPARE(tab.table()->item(0, 7)->text(), QDate::currentDate().toString(Qt::ISODate));
}

int runServicesPageTest(int argc, char **argv)
{
    ServicesPageTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "ServicesPageTest.moc"
