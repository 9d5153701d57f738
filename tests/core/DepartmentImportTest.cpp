#include "TestSupport.h"

#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/Sql.h"
#include "io/DepartmentDirectory.h"
#include "registry/DepartmentSink.h"
#include "io/Importer.h"
#include "users/Session.h"
#include "users/UserStore.h"

#include <QDateTime>
#include <QTemporaryDir>

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(FAIRCHECK_TEST_DATA "/import/") + QString::fromLatin1(name);
}

Importer::Options applying()
{
    Importer::Options o;
    o.dryRun = false;
    return o;
}

} // namespace

TEST_CASE("Departments come in from the county's list as offices keep it", "[import][departments]")
{
    // Short names: the county's prefix and the body's ending go; what is left names it.
    CHECK(DepartmentSink::shortName(QStringLiteral("清溪县生态环境局")) == QStringLiteral("生态环境"));
    CHECK(DepartmentSink::shortName(QStringLiteral("清溪县卫生健康委员会")) == QStringLiteral("卫生健康"));
    CHECK(DepartmentSink::shortName(QStringLiteral("清溪县市场监督管理局")) == QStringLiteral("市场监督"));
    CHECK(DepartmentSink::shortName(QStringLiteral("税务局")) == QStringLiteral("税务"));
    CHECK(DepartmentSink::shortName(QStringLiteral("公安")) == QStringLiteral("公安"));
    CHECK(DepartmentSink::derivedCode(QStringLiteral("清溪县应急管理局")) == DepartmentSink::derivedCode(QStringLiteral(" 清溪县应急管理局 ")));

    QTemporaryDir dir;
    const Database db = Database::open(dir.filePath(QStringLiteral("departments.db")));
    const QSqlDatabase c = db.connection();
    // A GBK CSV as WPS saves it, with a title row and a serial-number column.
    const ImportReport dry = Importer::run(c, QStringLiteral("departments"), fixture("departments-wps.csv"), {});
    CHECK(dry.rejected.isEmpty());
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM department")).toInt() == 0); // a dry run changes nothing
    const ImportReport done = Importer::run(c, QStringLiteral("departments"), fixture("departments-wps.csv"), applying());
    CHECK(done.inserted == 6);
    CHECK(Sql::scalar(c, QStringLiteral("SELECT short_name FROM department WHERE name = '清溪县生态环境局'")).toString()
          == QStringLiteral("生态环境"));
    CHECK(Sql::scalar(c, QStringLiteral("SELECT short_name FROM department WHERE name = '清溪县市场监督管理局'")).toString()
          == QStringLiteral("市场监管")); // given in the file
    CHECK(Sql::scalar(c, QStringLiteral("SELECT code FROM department WHERE name = '清溪县市场监督管理局'")).toString()
          == QStringLiteral("11320987MB1A00001K"));
    // The same list saved by LibreOffice as .xlsx changes nothing.
    const ImportReport again = Importer::run(c, QStringLiteral("departments"), fixture("departments.xlsx"), applying());
    CHECK(again.inserted == 0);
    CHECK(again.unchanged == 6);
    // Every roster then finds them by full name, short name or code.
    const DepartmentDirectory directory(c);
    CHECK(directory.find(QStringLiteral("卫生健康")) > 0);
    CHECK(directory.find(QStringLiteral("清溪县消防救援大队")) == directory.find(QStringLiteral("消防救援")));
}

TEST_CASE("Only a supervisor or the administrator sets up departments", "[import][departments][users]")
{
    struct SignOut { ~SignOut() { Session::signOut(); } } signOut;
    QTemporaryDir dir;
    const Database db = Database::open(dir.filePath(QStringLiteral("roles.db")));
    const QSqlDatabase c = db.connection();
    UserStore::add(c, QStringLiteral("admin"), QStringLiteral("王管理"), QStringLiteral("admin"), QStringLiteral("admin-pass-1"));
    UserStore::add(c, QStringLiteral("li"), QStringLiteral("李文书"), QStringLiteral("clerk"), QStringLiteral("clerk-pass-1"));
    Session::signOut();
    UserStore::signIn(c, QStringLiteral("li"), QStringLiteral("clerk-pass-1"), QDateTime::currentDateTime());
    const QString refusal = TestSupport::refusal([&] {
        Importer::run(c, QStringLiteral("departments"), fixture("departments-wps.csv"), applying());
    });
    CHECK_FALSE(refusal.isEmpty());
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM department")).toInt() == 0);
}
