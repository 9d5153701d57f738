#include "CliCommands.h"

#include "CliDatabase.h"
#include "db/CaptureGuard.h"
#include "db/DatabaseRestore.h"
#include "db/AuditLog.h"
#include "users/UserStore.h"
#include "db/BackupRotation.h"
#include "db/Database.h"
#include "db/DatabaseBackup.h"
#include "db/DatabaseError.h"
#include "db/IntegrityChecker.h"
#include "db/Sql.h"
#include "demo/DemoCountyGenerator.h"
#include "demo/DemoSourceFiles.h"
#include "io/DepartmentDirectory.h"
#include "registry/EnterpriseStore.h"
#include "report/IndicatorModel.h"
#include "report/MonthlyReport.h"
#include "report/MonthlyReportWriter.h"
#include "validation/PhoneNumber.h"
#include "validation/ResidentId.h"
#include "validation/Uscc.h"
#include "domain/Role.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace {

bool parseNumber(const QString &text, qint64 low, qint64 high, qint64 *value)
{
    bool ok = false;
    *value = text.toLongLong(&ok);
    return ok && *value >= low && *value <= high;
}

} // namespace

CliCommands::CliCommands(const QCommandLineParser &parser)
    : m_parser(parser)
{
}

QString CliCommands::databasePath() const
{
    return Database::resolvePath(m_parser.value(QStringLiteral("db")));
}

CliResult CliCommands::init()
{
    const Database db = Database::open(databasePath());
    CliResult result;
    result.lines.append(tr("Database ready: %1 (schema version %2)").arg(db.path()).arg(db.schemaVersion()));
    result.json = {{QStringLiteral("database"), db.path()}, {QStringLiteral("schemaVersion"), db.schemaVersion()}};
    return result;
}

CliResult CliCommands::demo()
{
    DemoOptions options;
    qint64 number = 0;
    if (m_parser.isSet(QStringLiteral("seed"))) {
        if (!parseNumber(m_parser.value(QStringLiteral("seed")), 0, std::numeric_limits<qint64>::max(), &number))
            return CliResult::badInput(tr("--seed needs a whole number of 0 or more."));
        options.seed = quint64(number);
    }
    if (m_parser.isSet(QStringLiteral("enterprises"))) {
        if (!parseNumber(m_parser.value(QStringLiteral("enterprises")), 1, DemoCountyGenerator::MaxEnterprises, &number))
            return CliResult::badInput(tr("--enterprises needs a whole number from 1 to %1.").arg(DemoCountyGenerator::MaxEnterprises));
        options.enterprises = int(number);
    }
    if (m_parser.isSet(QStringLiteral("as-of"))) {
        options.asOf = QDate::fromString(m_parser.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!options.asOf.isValid())
            return CliResult::badInput(tr("--as-of needs a date like 2026-11-30."));
    }
    const bool quiet = m_parser.isSet(QStringLiteral("json"));
    int lastPercent = -1;
    options.progress = [quiet, &lastPercent](int percent, const QString &stage) {
        if (!quiet && percent / 10 != lastPercent / 10) {
            QTextStream(stderr) << percent << "% " << stage << Qt::endl;
            lastPercent = percent;
        }
        return true;
    };

    const Database db = Database::open(databasePath());
    QElapsedTimer timer;
    timer.start();
    const DemoCountyGenerator::Summary summary = DemoCountyGenerator::generate(db, options);
    CliResult result;
    result.lines.append(tr("Demo county written to %1: %2 enterprises, %3 rows in %4 s.")
                            .arg(db.path())
                            .arg(summary.enterprises)
                            .arg(summary.rows)
                            .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    result.json = {{QStringLiteral("database"), db.path()}, {QStringLiteral("enterprises"), summary.enterprises},
                   {QStringLiteral("rows"), summary.rows}, {QStringLiteral("seed"), QString::number(options.seed)}};
    return result;
}

CliResult CliCommands::demoFiles(const QString &folder)
{
    quint64 seed = DemoOptions().seed;
    qint64 number = 0;
    if (m_parser.isSet(QStringLiteral("seed"))) {
        if (!parseNumber(m_parser.value(QStringLiteral("seed")), 0, std::numeric_limits<qint64>::max(), &number))
            return CliResult::badInput(tr("--seed needs a whole number of 0 or more."));
        seed = quint64(number);
    }
    QDate month;
    if (m_parser.isSet(QStringLiteral("month"))) {
        month = QDate::fromString(m_parser.value(QStringLiteral("month")) + QStringLiteral("-01"), Qt::ISODate);
        if (!month.isValid())
            return CliResult::badInput(tr("--month needs a month like 2026-11."));
    }
    if (folder.trimmed().isEmpty())
        return CliResult::badInput(tr("Usage: demo files FOLDER [--month YYYY-MM]"));
    const Database db = CliDatabase::open(databasePath());
    const QList<DemoSourceFiles::File> files = DemoSourceFiles::write(db.connection(), folder, month, seed);
    CliResult result;
    QJsonArray written;
    for (const DemoSourceFiles::File &file : files) {
        result.lines.append(tr("%1: %2 (%n row(s))", nullptr, file.rows).arg(file.kind, QDir::toNativeSeparators(file.path)));
        written.append(QJsonObject{{QStringLiteral("kind"), file.kind}, {QStringLiteral("path"), file.path}, {QStringLiteral("rows"), file.rows}});
    }
    result.lines.append(tr("Import them with “import hotline|cases|inspections FILE”; map the names the register writes otherwise."));
    result.json = {{QStringLiteral("files"), written}};
    return result;
}

CliResult CliCommands::check()
{
    CliResult result;
    QJsonArray problems;
    IntegrityChecker::Report report;
    QString path = databasePath();
    try {
        const Database db = CliDatabase::open(path);
        path = db.path();
        report = IntegrityChecker::run(db.connection());
    } catch (const DatabaseError &error) {
        // A file that cannot even be opened fails the check; other errors are bad input.
        if (error.kind() != DatabaseError::Kind::Corrupted)
            throw;
        report.problems.append({QStringLiteral("open"), error.message()});
    }
    for (const IntegrityChecker::Problem &p : std::as_const(report.problems)) {
        result.lines.append(p.check + QStringLiteral(": ") + p.message);
        problems.append(QJsonObject{{QStringLiteral("check"), p.check}, {QStringLiteral("message"), p.message}});
    }
    if (report.ok())
        result.lines.append(tr("%1: all %2 checks passed.").arg(path).arg(report.checksRun));
    else
        result.lines.append(tr("%1: %2 problems found.").arg(path).arg(report.problems.size()));
    result.status = report.ok() ? CliResult::Ok : CliResult::CheckFailed;
    result.json = {{QStringLiteral("database"), path}, {QStringLiteral("ok"), report.ok()},
                   {QStringLiteral("checks"), report.checksRun}, {QStringLiteral("problems"), problems}};
    return result;
}

CliResult CliCommands::user(const QStringList &args)
{
    const Database db = CliDatabase::open(databasePath());
    CliResult result;
    if (args == QStringList{QStringLiteral("list")}) {
        QJsonArray rows;
        for (const UserStore::User &u : UserStore::list(db.connection())) {
            result.lines.append(QStringLiteral("%1  %2  %3%4").arg(u.username, u.displayName, Role::nameOf(u.role),
                                                                  u.active ? QString() : tr(" (inactive)")));
            rows.append(QJsonObject{{QStringLiteral("username"), u.username}, {QStringLiteral("role"), u.role}, {QStringLiteral("active"), u.active}});
        }
        result.json = {{QStringLiteral("users"), rows}};
        return result;
    }
    if (args.size() == 2 && args.first() == u"add") {
        const QString password = qEnvironmentVariable("FAIRCHECK_NEW_PASSWORD");
        if (password.isEmpty())
            return CliResult::badInput(tr("Set FAIRCHECK_NEW_PASSWORD to the new user's password."));
        const qint64 id = UserStore::add(db.connection(), args.at(1), m_parser.value(QStringLiteral("name")),
                                         m_parser.value(QStringLiteral("role")), password);
        result.lines.append(tr("User %1 added.").arg(args.at(1)));
        result.json = {{QStringLiteral("id"), id}};
        return result;
    }
    return CliResult::badInput(tr("Usage: faircheck-cli user add NAME --role admin|supervisor|clerk|viewer [--name TEXT] | user list"));
}

CliResult CliCommands::audit(const QStringList &args)
{
    const QString usage = tr("Usage: faircheck-cli audit verify [--anchor ENTRY:HASH]... | audit acknowledge ENTRY --reason TEXT");
    bool number = false;
    if (args.size() == 2 && args.first() == u"acknowledge" && (args.at(1).toLongLong(&number), number)) {
        const Database db = CliDatabase::open(databasePath());
        CaptureGuard::acknowledge(db.connection(), args.at(1).toLongLong(), m_parser.value(QStringLiteral("reason")));
        CliResult result;
        result.lines.append(tr("The repair at entry %1 is acknowledged.").arg(args.at(1)));
        return result;
    }
    if (args != QStringList{QStringLiteral("verify")})
        return CliResult::badInput(usage);
    QList<AuditLog::Anchor> anchors;
    for (const QString &text : m_parser.values(QStringLiteral("anchor"))) {
        const AuditLog::Anchor anchor = AuditLog::Anchor::parse(text);
        if (anchor.entry == 0)
            return CliResult::badInput(tr("%1 is not an anchor: write the entry number, a colon and the 64-digit hash printed on "
                                          "the report or shown for the backup.")
                                           .arg(text));
        anchors.append(anchor);
    }
    const Database db = CliDatabase::open(databasePath());
    const AuditLog::Verification v = AuditLog::verify(db.connection());
    CliResult result;
    result.status = v.ok ? CliResult::Ok : CliResult::CheckFailed;
    result.lines.append(v.summary());
    QJsonArray anchorResults;
    for (const AuditLog::Anchor &anchor : std::as_const(anchors)) {
        QString reason;
        const bool held = AuditLog::holds(db.connection(), anchor, &reason);
        if (!held)
            result.status = CliResult::CheckFailed;
        result.lines.append(held ? tr("Anchor %1: the trail still holds this entry unchanged.").arg(anchor.entry)
                                 : tr("Anchor %1 does not hold: %2.").arg(anchor.entry).arg(reason));
        anchorResults.append(QJsonObject{{QStringLiteral("entry"), anchor.entry}, {QStringLiteral("holds"), held}, {QStringLiteral("reason"), reason}});
    }
    result.json = {{QStringLiteral("ok"), v.ok && result.status == CliResult::Ok}, {QStringLiteral("entries"), v.entries},
                   {QStringLiteral("firstBroken"), v.firstBroken}, {QStringLiteral("outsideChanges"), v.outsideChanges},
                   {QStringLiteral("reason"), v.reason}, {QStringLiteral("head"), AuditLog::head(db.connection())},
                   {QStringLiteral("anchors"), anchorResults}};
    return result;
}

CliResult CliCommands::backups(const QStringList &args)
{
    const QString usage = tr("Usage: faircheck-cli backups list | now | restore FILE [--accept-no-passwords]");
    const QString path = Database::resolvePath(m_parser.value(QStringLiteral("db")));
    CliResult result;
    if (args == QStringList{QStringLiteral("list")}) {
        QJsonArray rows;
        for (const BackupRotation::Backup &b : BackupRotation::list(path)) {
            const QString problem = BackupRotation::problem(b.path);
            // Each backup carries the audit chain's head it was made from: an anchor.
            const QString head = problem.isEmpty() ? BackupRotation::auditHead(b.path) : QString();
            result.lines.append(QStringLiteral("%1  %2  %3  %4").arg(b.taken.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), b.path,
                                                                     problem.isEmpty() ? tr("good") : problem, head));
            rows.append(QJsonObject{{QStringLiteral("path"), b.path}, {QStringLiteral("taken"), b.taken.toString(Qt::ISODate)},
                                    {QStringLiteral("size"), b.size}, {QStringLiteral("problem"), problem}, {QStringLiteral("anchor"), head}});
        }
        result.json = {{QStringLiteral("backups"), rows}};
        return result;
    }
    if (args == QStringList{QStringLiteral("now")}) {
        const Database db = CliDatabase::open(path);
        const QString written = BackupRotation::backUpNow(db);
        result.lines.append(tr("Backup written to %1.").arg(written));
        result.json = {{QStringLiteral("path"), written}};
        return result;
    }
    if (args.size() == 2 && args.first() == u"restore") {
        DatabaseRestore::Options options;
        options.acceptWeakerProtection = m_parser.isSet(QStringLiteral("accept-no-passwords"));
        const DatabaseRestore::Result restored = DatabaseRestore::restore(args.at(1), path, options);
        result.lines.append(restored.keptAs.isEmpty() ? tr("%1 restored from %2.").arg(path, args.at(1))
                                                      : tr("%1 restored from %2; the replaced file is kept as %3.").arg(path, args.at(1), restored.keptAs));
        result.json = {{QStringLiteral("database"), path}, {QStringLiteral("backup"), args.at(1)},
                       {QStringLiteral("keptAs"), restored.keptAs}, {QStringLiteral("replacedSha256"), restored.replacedSha256}};
        return result;
    }
    return CliResult::badInput(usage);
}

CliResult CliCommands::backup(const QStringList &args)
{
    if (args.size() != 1)
        return CliResult::badInput(tr("Usage: faircheck-cli backup OUT"));
    const Database db = CliDatabase::open(databasePath());
    DatabaseBackup::copyTo(db, args.first());
    CliResult result;
    result.lines.append(tr("Backup of %1 written to %2.").arg(db.path(), args.first()));
    result.json = {{QStringLiteral("database"), db.path()}, {QStringLiteral("backup"), args.first()}};
    return result;
}

CliResult CliCommands::validate(const QStringList &args)
{
    if (args.size() < 2 || !QStringList{QStringLiteral("uscc"), QStringLiteral("id"), QStringLiteral("phone")}.contains(args.first()))
        return CliResult::badInput(tr("Usage: faircheck-cli validate uscc|id|phone CODE..."));
    const QString kind = args.first();
    CliResult result;
    QJsonArray items;
    for (const QString &code : args.mid(1)) {
        const ValidationResult verdict = kind == u"uscc" ? Uscc::validate(code)
            : kind == u"id" ? ResidentId::validate(code) : PhoneNumber::validate(code);
        result.lines.append(verdict.valid ? tr("%1: valid").arg(code) : tr("%1: invalid — %2").arg(code, verdict.reason));
        QJsonObject item{{QStringLiteral("value"), code}, {QStringLiteral("valid"), verdict.valid}};
        if (!verdict.valid) {
            item.insert(QStringLiteral("reason"), verdict.reason);
            result.status = CliResult::CheckFailed;
        }
        items.append(item);
    }
    result.json = {{QStringLiteral("kind"), kind}, {QStringLiteral("results"), items}};
    return result;
}

CliResult CliCommands::kpi(const QStringList &args)
{
    const QDate month = QDate::fromString(m_parser.value(QStringLiteral("month")) + QStringLiteral("-01"), Qt::ISODate);
    if (!args.isEmpty() || !month.isValid())
        return CliResult::badInput(tr("Usage: faircheck-cli kpi --month YYYY-MM [--township NAME] [--department NAME] [--ytd]"));
    const Database db = CliDatabase::open(databasePath());
    IndicatorModel::Scope scope = m_parser.isSet(QStringLiteral("ytd")) ? IndicatorModel::Scope::yearToDate(month)
                                                                         : IndicatorModel::Scope::month(month);
    if (m_parser.isSet(QStringLiteral("township"))) {
        const QString name = m_parser.value(QStringLiteral("township"));
        scope.townshipId = EnterpriseStore(db.connection()).townshipId(name);
        if (scope.townshipId == 0)
            return CliResult::badInput(tr("No township is named %1.").arg(name));
    }
    if (m_parser.isSet(QStringLiteral("department"))) {
        scope.departmentId = DepartmentDirectory(db.connection()).find(m_parser.value(QStringLiteral("department")));
        if (scope.departmentId == 0)
            return CliResult::badInput(tr("No department is named %1.").arg(m_parser.value(QStringLiteral("department"))));
    }
    const bool chinese = QLocale().language() == QLocale::Chinese;
    CliResult result;
    QJsonArray items;
    result.lines.append(tr("Indicators from %1 to %2").arg(scope.from.toString(Qt::ISODate), scope.to.toString(Qt::ISODate)));
    for (const IndicatorModel::Value &value : IndicatorModel::compute(db.connection(), scope)) {
        const IndicatorModel::Definition *definition = IndicatorModel::definition(value.id);
        const QString name = chinese ? definition->nameZh : definition->nameEn;
        result.lines.append(QStringLiteral("  %1  %2").arg(name, IndicatorModel::format(*definition, value)));
        QJsonObject item{{QStringLiteral("id"), value.id}, {QStringLiteral("name"), name},
                         {QStringLiteral("definition"), definition->definition}};
        item.insert(QStringLiteral("value"), value.defined ? QJsonValue(value.value) : QJsonValue());
        items.append(item);
    }
    result.json = {{QStringLiteral("from"), scope.from.toString(Qt::ISODate)}, {QStringLiteral("to"), scope.to.toString(Qt::ISODate)},
                   {QStringLiteral("indicators"), items}};
    return result;
}

CliResult CliCommands::report(const QStringList &args)
{
    const QDate month = QDate::fromString(m_parser.value(QStringLiteral("month")) + QStringLiteral("-01"), Qt::ISODate);
    QString out = m_parser.value(QStringLiteral("out"));
    const QString format = m_parser.value(QStringLiteral("format"));
    if (args != QStringList{QStringLiteral("monthly")} || !month.isValid() || out.isEmpty()
        || (!format.isEmpty() && !QFileInfo(out).suffix().isEmpty() && QFileInfo(out).suffix().toLower() != format.toLower()))
        return CliResult::badInput(
            tr("Usage: faircheck-cli report monthly --month YYYY-MM [--township NAME] --format pdf|xlsx|docx --out FILE"));
    if (QFileInfo(out).suffix().isEmpty() && !format.isEmpty())
        out += QLatin1Char('.') + format.toLower();
    const Database db = CliDatabase::open(databasePath());
    qint64 townshipId = 0;
    QString area = tr("The county");
    if (m_parser.isSet(QStringLiteral("township"))) {
        area = m_parser.value(QStringLiteral("township"));
        townshipId = EnterpriseStore(db.connection()).townshipId(area);
        if (townshipId == 0)
            return CliResult::badInput(tr("No township is named %1.").arg(area));
    }
    const MonthlyReport report = MonthlyReport::build(db.connection(), month, townshipId, area);
    MonthlyReportWriter::write(report, out);
    CliResult result;
    result.lines.append(tr("Monthly report for %1 written to %2.").arg(month.toString(QStringLiteral("yyyy-MM")), out));
    result.json = {{QStringLiteral("month"), month.toString(QStringLiteral("yyyy-MM"))}, {QStringLiteral("out"), out}};
    return result;
}

CliResult CliCommands::noArguments(const QStringList &args, const QString &command, const std::function<CliResult()> &run)
{
    if (args.isEmpty())
        return run();
    CliResult result;
    result.status = CliResult::BadInput;
    result.lines.append(tr("The command %1 takes no arguments.").arg(command));
    return result;
}

QList<CliCommand> CliCommands::registered()
{
    // Each command runs through a fresh group object, as the registry calls it.
    return {
        {QStringLiteral("init"),
         {
             {QStringLiteral("init"),
              QT_TRANSLATE_NOOP("CliCommand", "create the database, or migrate it to the current schema"),
              "create the database, or migrate it to the current schema"},
         },
         [](const CliCommand::Context &c, const QStringList &args) { return noArguments(args, QStringLiteral("init"), [&] { return CliCommands(c.parser).init(); }); },
         {}},
        {QStringLiteral("demo"),
         {
             {QStringLiteral("demo [--seed N] [--enterprises N] [--as-of DATE]"),
              QT_TRANSLATE_NOOP("CliCommand", "fill an empty database with the demo county"),
              "fill an empty database with the demo county (17 townships, 29 departments with 770 benchmark items, ~1,800 enterprises by default, 18 months of history); deterministic for a seed"},
             {QStringLiteral("demo files FOLDER [--month YYYY-MM] [--seed N]"),
              QT_TRANSLATE_NOOP("CliCommand", "a month of the demo county's records as its source systems export them"),
              "a month of the demo county's records as the source systems export them, to import: the 12345 platform's orders (.xlsx, every category, names written the platform's way), the 双公示 penalty cases (GBK CSV, 万元) and the 互联网+监管 inspection records (web page saved as .xls); by default the last whole month before the file's latest record"},
         },
         [](const CliCommand::Context &c, const QStringList &args) {
             if (args.size() == 2 && args.first() == u"files")
                 return CliCommands(c.parser).demoFiles(args.at(1));
             if (!args.isEmpty())
                 return CliResult::badInput(tr("Usage: demo [--seed N] [--enterprises N] [--as-of DATE] / demo files FOLDER [--month YYYY-MM]"));
             return CliCommands(c.parser).demo();
         },
         {QStringLiteral("seed"), QStringLiteral("enterprises"), QStringLiteral("as-of"), QStringLiteral("month")}},
        {QStringLiteral("check"),
         {
             {QStringLiteral("check"),
              QT_TRANSLATE_NOOP("CliCommand", "integrity and consistency checks (exit 1 on problems)"),
              "SQLite `integrity_check` and `foreign_key_check` plus FairCheck's invariants (valid USCCs, dated visits, consistent reviews …)"},
         },
         [](const CliCommand::Context &c, const QStringList &args) { return noArguments(args, QStringLiteral("check"), [&] { return CliCommands(c.parser).check(); }); },
         {}},
        {QStringLiteral("user"),
         {
             {QStringLiteral("user add NAME --role admin|supervisor|clerk|viewer [--name TEXT] / user list"),
              QT_TRANSLATE_NOOP("CliCommand", "users and roles; sign in with --user NAME and FAIRCHECK_PASSWORD"),
              "users and roles (password from `FAIRCHECK_NEW_PASSWORD`, kept as Argon2id; five wrong passwords lock an account for 15 minutes). Once a database has a user with a password, every change needs a signed-in user whose role allows it — enforced in core where each change is audited: a viewer changes nothing, a clerk does not change rules, lists, reviews, sandbox or repair decisions or users. The CLI signs in with `--user NAME` and `FAIRCHECK_PASSWORD`; the app asks when it opens such a file (cancel: view only). The demo county's accounts have no password, so it stays open"},
         },
         [](const CliCommand::Context &c, const QStringList &args) { return CliCommands(c.parser).user(args); },
         {QStringLiteral("role"), QStringLiteral("name")}},
        {QStringLiteral("backups"),
         {
             {QStringLiteral("backups list|now|restore FILE [--accept-no-passwords]"),
              QT_TRANSLATE_NOOP("CliCommand", "the kept backups; an administrator restores a checked one"),
              "kept backups in `backups/` beside the database: one a day (taken when the app opens the file), one on closing and one whenever a signed-in user asks (`now`), kept by generation (the newest 4, one a day for 14 days, one a week for 8 weeks, one a month for 12 months); each checked (header, quick_check, FairCheck id) before it is listed as good or restored, and listed with the audit anchor it carries. Only an administrator of the file restores; the replaced file is kept as `<file>.before-restore` (then `.2`, `.3` …); a backup without passwords over a file with them needs `--accept-no-passwords`. The app offers the latest good backup when a file turns out damaged, and File → Restore from a backup… (also with no database open)"},
         },
         [](const CliCommand::Context &c, const QStringList &args) { return CliCommands(c.parser).backups(args); },
         {QStringLiteral("accept-no-passwords")}},
        {QStringLiteral("audit"),
         {
             {QStringLiteral("audit verify [--anchor N:HASH]... / audit acknowledge N --reason TEXT"),
              QT_TRANSLATE_NOOP("CliCommand", "check the audit trail and its anchors; acknowledge a repair"),
              "the audit trail is a hash chain; finds an edit, a deletion, reordering, a removed tail, changes made outside the program and altered capture triggers, names the first broken entry (exit 1), and checks anchors from reports and backups; an administrator acknowledges a repair of the triggers"},
         },
         [](const CliCommand::Context &c, const QStringList &args) { return CliCommands(c.parser).audit(args); },
         {QStringLiteral("anchor"), QStringLiteral("reason")}},
        {QStringLiteral("backup"),
         {
             {QStringLiteral("backup OUT"),
              QT_TRANSLATE_NOOP("CliCommand", "a consistent, checked copy of the live database (administrators)"),
              "consistent copy of the live database (SQLite online backup) to a `.db` or `.bak` file, checked before it replaces OUT; administrators only (the copy holds everything)"},
         },
         [](const CliCommand::Context &c, const QStringList &args) { return CliCommands(c.parser).backup(args); },
         {}},
        {QStringLiteral("validate"),
         {
             {QStringLiteral("validate uscc|id|phone CODE..."),
              QT_TRANSLATE_NOOP("CliCommand", "check codes (exit 1 if any is invalid)"),
              "check USCCs (GB 32100-2015 with the embedded GB 11714 check), resident ID numbers (GB 11643-1999) and phone numbers, with the reason when invalid"},
         },
         [](const CliCommand::Context &c, const QStringList &args) { return CliCommands(c.parser).validate(args); },
         {}},
        {QStringLiteral("kpi"),
         {
             {QStringLiteral("kpi --month YYYY-MM [--township NAME] [--department NAME] [--ytd]"),
              QT_TRANSLATE_NOOP("CliCommand", "the county's indicators for a month"),
              "the county's indicators (DESIGN.md §5) from the one indicator model; `--json` gives `indicators[]` with `id`, `name`, `value` and the definition"},
         },
         [](const CliCommand::Context &c, const QStringList &args) { return CliCommands(c.parser).kpi(args); },
         {QStringLiteral("month"), QStringLiteral("township"), QStringLiteral("department"), QStringLiteral("ytd")}},
        {QStringLiteral("report"),
         {
             {QStringLiteral("report monthly --month YYYY-MM [--township NAME] --format pdf|xlsx|docx --out FILE"),
              QT_TRANSLATE_NOOP("CliCommand", "the monthly supervision report"),
              "the monthly supervision report (summary, figures per strand against last month, definitions and needs-attention annex) from the same indicator model"},
         },
         [](const CliCommand::Context &c, const QStringList &args) { return CliCommands(c.parser).report(args); },
         {QStringLiteral("month"), QStringLiteral("township"), QStringLiteral("department"), QStringLiteral("format"),
          QStringLiteral("out")}},
    };
}
