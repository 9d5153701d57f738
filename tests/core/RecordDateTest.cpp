#include "TestSupport.h"

#include "db/Sql.h"
#include "discretion/PenaltyCaseStore.h"
#include "services/RequestStore.h"
#include "services/TrainingStore.h"
#include "supervision/ClueStore.h"
#include "util/RecordDate.h"

TEST_CASE("What happened cannot be dated in the future, whichever record it is", "[dates]")
{
    const QDate tomorrow = QDate::currentDate().addDays(1);
    CHECK(TestSupport::refusal([&] { RecordDate::requireNotFuture(tomorrow, QStringLiteral("x")); }).contains(QStringLiteral("future")));
    CHECK(TestSupport::refusal([&] { RecordDate::requireNotFuture(QDate::currentDate(), QStringLiteral("x")); }).isEmpty());
    CHECK_FALSE(TestSupport::refusal([&] { RecordDate::requireNotFuture(QDate(), QStringLiteral("x")); }).isEmpty());

    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("dates.db")));
    TestSupport::demo(db, 7, 600, QDate(2026, 11, 29)); // a county with verified clues to close
    const QSqlDatabase c = db.connection();
    const qint64 department = Sql::scalar(c, QStringLiteral("SELECT id FROM department LIMIT 1")).toLongLong();
    const QString uscc = Sql::scalar(c, QStringLiteral("SELECT uscc FROM enterprise LIMIT 1")).toString();
    const int trainings = Sql::scalar(c, QStringLiteral("SELECT count(*) FROM training_session")).toInt();
    CHECK(TestSupport::refusal([&] { TrainingStore::create(c, tomorrow, QStringLiteral("培训"), QStringLiteral("law_lecture"), {}, {}); })
              .contains(QStringLiteral("future")));
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM training_session")).toInt() == trainings);
    const qint64 request = RequestStore::raise(c, 0, QString(), department, QStringLiteral("诉求"), QDate(2026, 11, 2), QDate(2026, 11, 20));
    CHECK(TestSupport::refusal([&] { RequestStore::answer(c, request, QStringLiteral("已答复"), tomorrow); }).contains(QStringLiteral("future")));
    PenaltyCaseStore::NewCase future;
    future.caseNo = QStringLiteral("未来罚〔2099〕1号");
    future.uscc = uscc;
    future.item = QStringLiteral("SC-01");
    future.decided = tomorrow;
    future.outcome = PenaltyOutcome::Standard;
    CHECK(TestSupport::refusal([&] { PenaltyCaseStore::record(c, future); }).contains(QStringLiteral("future")));
    const qint64 clue = Sql::scalar(c, QStringLiteral("SELECT id FROM clue WHERE state = 'verified' LIMIT 1")).toLongLong();
    REQUIRE(clue > 0);
    ClueStore::Move close;
    close.to = QStringLiteral("closed");
    close.on = tomorrow;
    close.by = QStringLiteral("李");
    CHECK(TestSupport::refusal([&] { ClueStore::move(c, clue, close); }).contains(QStringLiteral("future")));
}
