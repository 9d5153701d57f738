#include "CliSupervisionCommands.h"

#include "CliDatabase.h"
#include "db/Database.h"
#include "discretion/CaseDocuments.h"
#include "io/DepartmentDirectory.h"
#include "supervision/AttachmentStore.h"
#include "supervision/ClueStore.h"
#include "supervision/OfficerPoints.h"
#include "supervision/ReviewStore.h"
#include "util/ChineseDate.h"
#include "domain/ClueState.h"

#include <QJsonArray>

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

CliSupervisionCommands::CliSupervisionCommands(const QCommandLineParser &parser, QString databasePath)
    : m_parser(parser)
    , m_databasePath(std::move(databasePath))
{
}

QDate CliSupervisionCommands::asOf(bool *ok) const
{
    const QString text = m_parser.value(QStringLiteral("as-of"));
    const QDate d = text.isEmpty() ? QDate::currentDate() : QDate::fromString(text, Qt::ISODate);
    *ok = d.isValid();
    return d;
}

CliResult CliSupervisionCommands::clue(const QStringList &args)
{
    const QString usage = tr("Usage: faircheck-cli clue list [--overdue|--due-soon] [--as-of DATE]\n"
                             "       faircheck-cli clue show ID | move ID STATE --by NAME [--on DATE] [--note TEXT] [--department NAME] [--days N] [--verified]\n"
                             "       faircheck-cli clue attach ID FILE | notice ID --out DIR");
    bool ok = true;
    const QDate date = asOf(&ok);
    if (!ok)
        return CliResult::badInput(tr("--as-of is a date (YYYY-MM-DD)."));
    const QString sub = args.value(0);
    const Database db = CliDatabase::open(m_databasePath);
    CliResult result;
    if (sub == u"list" && args.size() == 1) {
        const ClueStore::Listing listing = m_parser.isSet(QStringLiteral("overdue")) ? ClueStore::Listing::Overdue
            : m_parser.isSet(QStringLiteral("due-soon"))                                 ? ClueStore::Listing::DueSoon
                                                                                         : ClueStore::Listing::Open;
        QJsonArray rows;
        for (const ClueStore::Clue &c : ClueStore::list(db.connection(), listing, date)) {
            const QString note = ClueStore::deadlineNote(c.deadline);
            result.lines.append(QStringLiteral("%1  %2  %3  %4  %5  %6").arg(c.id).arg(c.orderNo, ClueState::nameOf(c.state), c.department,
                                                                         note.isEmpty() ? iso(c.deadline) : iso(c.deadline) + QStringLiteral(" (") + note + QLatin1Char(')'),
                                                                         c.content.left(40)));
            rows.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("orderNo"), c.orderNo}, {QStringLiteral("state"), c.state},
                                    {QStringLiteral("department"), c.department}, {QStringLiteral("received"), iso(c.receivedOn)},
                                    {QStringLiteral("deadline"), iso(c.deadline)}, {QStringLiteral("workingDaysLeft"), c.workingDaysLeft},
                                    {QStringLiteral("deadlineProvisional"), !note.isEmpty()}});
        }
        result.lines.append(tr("%n clue(s).", nullptr, int(rows.size())));
        result.json = {{QStringLiteral("clues"), rows}};
        return result;
    }
    bool numeric = false;
    const qint64 id = args.value(1).toLongLong(&numeric);
    if (!numeric)
        return CliResult::badInput(usage);
    if (sub == u"show" && args.size() == 2) {
        QJsonArray steps;
        for (const ClueStore::Step &s : ClueStore::steps(db.connection(), id)) {
            result.lines.append(QStringLiteral("%1  %2  %3  %4").arg(iso(s.on), ClueState::nameOf(s.state), s.byline(), s.note));
            steps.append(QJsonObject{{QStringLiteral("state"), s.state}, {QStringLiteral("on"), iso(s.on)}, {QStringLiteral("by"), s.by},
                                     {QStringLiteral("enteredBy"), s.enteredBy},
                                     {QStringLiteral("note"), s.note}});
        }
        for (const AttachmentStore::Attachment &a : AttachmentStore::list(db.connection(), QStringLiteral("clue"), id))
            result.lines.append(tr("  attached: %1 (%2)").arg(a.fileName, a.sha256.left(12)));
        result.json = {{QStringLiteral("id"), id}, {QStringLiteral("steps"), steps}};
        return result;
    }
    if (sub == u"move" && args.size() == 3) {
        const QString on = m_parser.value(QStringLiteral("on"));
        ClueStore::Move move;
        move.to = args.at(2);
        // A state by its code or by the name the messages use (已整改), in either language.
        for (const ClueState &state : ClueState::all()) {
            if (state.name() == move.to || state.name().compare(move.to, Qt::CaseInsensitive) == 0)
                move.to = state.code();
        }
        move.on = on.isEmpty() ? QDate::currentDate() : QDate::fromString(on, Qt::ISODate);
        move.by = m_parser.value(QStringLiteral("by"));
        move.note = m_parser.value(QStringLiteral("note"));
        move.workingDays = m_parser.value(QStringLiteral("days")).toInt();
        move.complaintVerified = m_parser.isSet(QStringLiteral("verified"));
        if (m_parser.isSet(QStringLiteral("department"))) {
            move.departmentId = DepartmentDirectory(db.connection()).find(m_parser.value(QStringLiteral("department")));
            if (move.departmentId == 0)
                return CliResult::badInput(tr("--department needs the name of a department."));
        }
        ClueStore::move(db.connection(), id, move);
        result.lines.append(tr("Clue %1: %2.").arg(id).arg(ClueState::nameOf(move.to)));
        return result;
    }
    if (sub == u"attach" && args.size() == 3) {
        const qint64 attachment = AttachmentStore::attach(db.connection(), db.path(), QStringLiteral("clue"), id, args.at(2), QDate::currentDate());
        result.lines.append(tr("Attached as %1.").arg(attachment));
        result.json = {{QStringLiteral("attachment"), attachment}};
        return result;
    }
    if (sub == u"notice" && args.size() == 2) {
        const QString out = m_parser.value(QStringLiteral("out"));
        if (out.isEmpty())
            return CliResult::badInput(tr("--out needs the folder to write the notice into."));
        ClueStore::Clue found;
        for (const ClueStore::Clue &c : ClueStore::list(db.connection(), ClueStore::Listing::All, QDate(9999, 12, 31)))
            if (c.id == id)
                found = c;
        if (found.id == 0)
            return CliResult::badInput(tr("No clue has the number %1.").arg(id));
        if (found.department.isEmpty() || !found.deadline.isValid())
            return CliResult::badInput(tr("Clue %1 has no department and deadline yet: assign it first.").arg(id));
        const auto document = CaseDocuments::fromTemplate(CaseDocuments::loadTemplates(db.path()), QStringLiteral("supervision_notice"),
                                                          {{QStringLiteral("order_no"), found.orderNo},
                                                           {QStringLiteral("department"), found.department},
                                                           {QStringLiteral("content"), found.content},
                                                           // A clue comes from a 12345 order or from a finding in the records.
                                                           {QStringLiteral("source"), found.orderNo.isEmpty()
                                                                ? QStringLiteral("本机关在行政执法监督中发现：")
                                                                : QStringLiteral("12345政务服务便民热线受理群众（企业）反映：")},
                                                           {QStringLiteral("received_cn"), ChineseDate::format(found.receivedOn)},
                                                           {QStringLiteral("deadline_cn"), ChineseDate::format(found.deadline)},
                                                           {QStringLiteral("date_cn"), ChineseDate::format(date)}});
        const QStringList files = CaseDocuments::write(db.connection(), {document}, QStringLiteral("clue-%1").arg(id), out);
        result.lines.append(tr("%n file(s) written to %1.", nullptr, int(files.size())).arg(out));
        result.json = {{QStringLiteral("files"), QJsonArray::fromStringList(files)}};
        return result;
    }
    return CliResult::badInput(usage);
}

CliResult CliSupervisionCommands::review(const QStringList &args)
{
    const QString usage = tr("Usage: faircheck-cli review score CASE --checklist SHEET.json [--attach FILE]...\n"
                             "       faircheck-cli review campaign NAME");
    const Database db = CliDatabase::open(m_databasePath);
    CliResult result;
    if (args.value(0) == u"score" && args.size() == 2) {
        const QString sheet = m_parser.value(QStringLiteral("checklist"));
        if (sheet.isEmpty())
            return CliResult::badInput(usage);
        const ReviewStore::Input input = ReviewStore::fromSheet(args.at(1), sheet);
        const ReviewStore::Recorded recorded = ReviewStore::record(db.connection(), input);
        QJsonArray files;
        for (const QString &file : m_parser.values(QStringLiteral("attach")))
            files.append(AttachmentStore::attach(db.connection(), db.path(), QStringLiteral("case_review"), recorded.id, file, input.reviewedOn));
        const ReviewChecklist::Score &s = recorded.score;
        result.lines.append(tr("Review %1 of %2: form %3/20, content %4/80, total %5 — %6")
                                .arg(recorded.id).arg(args.at(1)).arg(s.form).arg(s.content).arg(s.total).arg(ReviewChecklist::gradeName(s.grade)));
        for (const QString &reason : s.reasons)
            result.lines.append(QStringLiteral("  ") + reason);
        result.json = {{QStringLiteral("review"), recorded.id}, {QStringLiteral("form"), s.form}, {QStringLiteral("content"), s.content},
                       {QStringLiteral("total"), s.total}, {QStringLiteral("grade"), s.grade}, {QStringLiteral("vetoFailed"), s.vetoFailed},
                       {QStringLiteral("attachments"), files}};
        return result;
    }
    if (args.value(0) == u"campaign" && args.size() == 2) {
        QJsonArray rows;
        for (const ReviewStore::DepartmentResult &r : ReviewStore::campaignResults(db.connection(), args.at(1))) {
            result.lines.append(tr("%1: %2 reviewed, average %3, %4 passed").arg(r.department).arg(r.reviews).arg(r.average, 0, 'f', 1).arg(r.passed));
            rows.append(QJsonObject{{QStringLiteral("department"), r.department}, {QStringLiteral("reviews"), r.reviews},
                                    {QStringLiteral("average"), r.average}, {QStringLiteral("passed"), r.passed}});
        }
        result.json = {{QStringLiteral("campaign"), args.at(1)}, {QStringLiteral("departments"), rows}};
        return result;
    }
    return CliResult::badInput(usage);
}

CliResult CliSupervisionCommands::officer(const QStringList &args)
{
    bool ok = true;
    const QDate date = asOf(&ok);
    if (!ok)
        return CliResult::badInput(tr("--as-of is a date (YYYY-MM-DD)."));
    const Database db = CliDatabase::open(m_databasePath);
    CliResult result;
    if (args.value(0) == u"retraining" && args.size() == 1) {
        QJsonArray rows;
        for (const OfficerPoints::Profile &p : OfficerPoints::dueForRetraining(db.connection(), date)) {
            result.lines.append(QStringLiteral("%1  %2  %3  %4  %5").arg(p.id).arg(p.name, p.department).arg(p.total).arg(OfficerPoints::gradeName(p.grade)));
            rows.append(QJsonObject{{QStringLiteral("id"), p.id}, {QStringLiteral("name"), p.name}, {QStringLiteral("total"), p.total},
                                    {QStringLiteral("grade"), p.grade}});
        }
        result.json = {{QStringLiteral("officers"), rows}};
        return result;
    }
    bool numeric = false;
    const qint64 id = args.value(1).toLongLong(&numeric);
    if (args.value(0) == u"points" && args.size() == 2 && numeric) {
        const QString on = m_parser.value(QStringLiteral("on"));
        const qint64 event = OfficerPoints::addEvent(db.connection(), id,
                                                     {on.isEmpty() ? QDate::currentDate() : QDate::fromString(on, Qt::ISODate),
                                                      m_parser.value(QStringLiteral("dimension")), m_parser.value(QStringLiteral("points")).toInt(),
                                                      m_parser.value(QStringLiteral("source")), m_parser.value(QStringLiteral("reason"))});
        result.lines.append(tr("Points recorded (%1).").arg(event));
        result.json = {{QStringLiteral("event"), event}};
        return result;
    }
    if (args.value(0) != u"show" || args.size() != 2 || !numeric)
        return CliResult::badInput(tr("Usage: faircheck-cli officer show ID [--as-of DATE] | officer retraining\n"
                                      "       faircheck-cli officer points ID --dimension D --points N --source S --reason TEXT [--on DATE]"));
    const OfficerPoints::Profile p = OfficerPoints::profile(db.connection(), id, date);
    result.lines.append(tr("%1 (%2), certificate %3: %4 points, %5").arg(p.name, p.department, p.certificateNo).arg(p.total)
                            .arg(OfficerPoints::gradeName(p.grade)));
    QJsonObject dimensions;
    for (const QString &d : OfficerPoints::dimensions()) {
        result.lines.append(QStringLiteral("  %1  %2").arg(OfficerPoints::dimensionName(d)).arg(p.byDimension.value(d)));
        dimensions.insert(d, p.byDimension.value(d));
    }
    QJsonArray events;
    for (const OfficerPoints::Event &e : p.events) {
        result.lines.append(QStringLiteral("  %1  %2  %3  %4").arg(iso(e.date), OfficerPoints::dimensionName(e.dimension)).arg(e.points).arg(e.reason));
        events.append(QJsonObject{{QStringLiteral("date"), iso(e.date)}, {QStringLiteral("dimension"), e.dimension},
                                  {QStringLiteral("points"), e.points}, {QStringLiteral("source"), e.source}, {QStringLiteral("reason"), e.reason}});
    }
    result.json = {{QStringLiteral("id"), p.id}, {QStringLiteral("name"), p.name}, {QStringLiteral("department"), p.department},
                   {QStringLiteral("total"), p.total}, {QStringLiteral("grade"), p.grade}, {QStringLiteral("dimensions"), dimensions},
                   {QStringLiteral("events"), events}};
    return result;
}

CliResult CliSupervisionCommands::attachment(const QStringList &args)
{
    bool numeric = false;
    const qint64 id = args.value(1).toLongLong(&numeric);
    if (args.value(0) != u"verify" || args.size() != 2 || !numeric)
        return CliResult::badInput(tr("Usage: faircheck-cli attachment verify ID"));
    const Database db = CliDatabase::open(m_databasePath);
    const auto a = AttachmentStore::find(db.connection(), id);
    if (!a)
        return CliResult::badInput(tr("No attachment has the number %1.").arg(id));
    CliResult result;
    const QString problem = AttachmentStore::verify(db.path(), *a);
    result.status = problem.isEmpty() ? CliResult::Ok : CliResult::CheckFailed;
    result.lines.append(problem.isEmpty() ? tr("%1: intact (SHA-256 %2).").arg(a->fileName, a->sha256) : tr("%1: %2").arg(a->fileName, problem));
    result.json = {{QStringLiteral("id"), id}, {QStringLiteral("ok"), problem.isEmpty()}, {QStringLiteral("problem"), problem}};
    return result;
}

QList<CliCommand> CliSupervisionCommands::registered()
{
    // Each command runs through a fresh group object, as the registry calls it.
    return {
        {QStringLiteral("clue"),
         {
             {QStringLiteral("clue list [--overdue|--due-soon] [--as-of DATE] / clue show|move|attach|notice ID …"),
              QT_TRANSLATE_NOOP("CliCommand", "supervision clues from receipt to closure"),
              "supervision clues: received → assigned (督办, department and deadline) → responded → rectified → verified → closed, returned and reassigned; illegal moves refused with the moves allowed; evidence kept by SHA-256; the 督办通知书 as PDF and DOCX"},
         },
         [](const CliCommand::Context &c, const QStringList &args) { return CliSupervisionCommands(c.parser, c.databasePath).clue(args); },
         {QStringLiteral("overdue"), QStringLiteral("due-soon"), QStringLiteral("as-of"), QStringLiteral("by"),
          QStringLiteral("days"), QStringLiteral("verified"), QStringLiteral("note"), QStringLiteral("on"),
          QStringLiteral("out"), QStringLiteral("department"), QStringLiteral("reason")}},
        {QStringLiteral("review"),
         {
             {QStringLiteral("review score CASE --checklist SHEET.json [--attach PDF]... / review campaign NAME"),
              QT_TRANSLATE_NOOP("CliCommand", "case-file review by the checklist; a campaign's results"),
              "case-file review (案卷评查) by the checklist: veto items, 卷面 20 + 内容 80 with per-item floors, page-referenced deductions; feeds the case officers' points; a campaign's results per department"},
         },
         [](const CliCommand::Context &c, const QStringList &args) { return CliSupervisionCommands(c.parser, c.databasePath).review(args); },
         {QStringLiteral("checklist"), QStringLiteral("attach"), QStringLiteral("as-of")}},
        {QStringLiteral("officer"),
         {
             {QStringLiteral("officer show ID [--json] / officer retraining"),
              QT_TRANSLATE_NOOP("CliCommand", "an officer's points by dimension; officers due for retraining"),
              "an officer's points in the five dimensions with their history; officers due for retraining"},
         },
         [](const CliCommand::Context &c, const QStringList &args) { return CliSupervisionCommands(c.parser, c.databasePath).officer(args); },
         {QStringLiteral("dimension"), QStringLiteral("source"), QStringLiteral("points"), QStringLiteral("reason"),
          QStringLiteral("on")}},
        {QStringLiteral("attachment"),
         {
             {QStringLiteral("attachment verify ID"),
              QT_TRANSLATE_NOOP("CliCommand", "check a stored file against its SHA-256"),
              "a stored file (evidence, a case file) checked against the SHA-256 recorded when it was attached"},
         },
         [](const CliCommand::Context &c, const QStringList &args) { return CliSupervisionCommands(c.parser, c.databasePath).attachment(args); },
         {QStringLiteral("out")}},
    };
}
