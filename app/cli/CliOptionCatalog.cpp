#include "CliOptionCatalog.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

const QList<CliOption> &CliOptionCatalog::all()
{
    static const QList<CliOption> options = {
        {"db", CliOption::Type::File, QT_TRANSLATE_NOOP("CliApplication", "path"),
         QT_TRANSLATE_NOOP("CliApplication", "Database file (default: FAIRCHECK_DB, then the per-user data folder)."), false, true},
        {"json", CliOption::Type::Flag, nullptr,
         QT_TRANSLATE_NOOP("CliApplication", "Print machine-readable JSON."), false, true},
        {"user", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "name"),
         QT_TRANSLATE_NOOP("CliApplication", "User name written into the audit log."), false, true},
        {"lang", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "language"),
         QT_TRANSLATE_NOOP("CliApplication", "Language of messages (zh_CN or en)."), false, true},
        {"seed", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "number"),
         QT_TRANSLATE_NOOP("CliApplication", "demo, plan create: random seed."), false, false},
        {"departments", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "list"),
         QT_TRANSLATE_NOOP("CliApplication", "plan create: the departments drawing (codes or names, comma-separated)."), false, false},
        {"provisional-calendar", CliOption::Type::Flag, nullptr,
         QT_TRANSLATE_NOOP("CliApplication", "plan create: plan a period whose year has no holiday notice yet, on the statutory holidays alone."), false, false},
        {"scopes", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "file"),
         QT_TRANSLATE_NOOP("CliApplication", "plan create: the departments' scopes (JSON; default: built in)."), false, false},
        {"finding", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "finding"),
         QT_TRANSLATE_NOOP("CliApplication", "visit result: CODE=compliant, CODE=rectify:DATE or CODE=violation (may repeat)."), true, false},
        {"rating", CliOption::Type::Count, QT_TRANSLATE_NOOP("CliApplication", "number"),
         QT_TRANSLATE_NOOP("CliApplication", "visit rate: the enterprise's satisfaction, 1 to 5."), false, false},
        {"enterprises", CliOption::Type::Count, QT_TRANSLATE_NOOP("CliApplication", "count"),
         QT_TRANSLATE_NOOP("CliApplication", "demo: number of enterprises."), false, false},
        {"as-of", CliOption::Type::Date, QT_TRANSLATE_NOOP("CliApplication", "date"),
         QT_TRANSLATE_NOOP("CliApplication", "The date to compute for (YYYY-MM-DD); demo: last day of the history."), false, false},
        {"full", CliOption::Type::Flag, nullptr,
         QT_TRANSLATE_NOOP("CliApplication", "credit recompute: every enterprise, not only those that changed."), false, false},
        {"decision", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "number"),
         QT_TRANSLATE_NOOP("CliApplication", "sandbox admit, credit repair: number of the decision."), false, false},
        {"reason", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "text"),
         QT_TRANSLATE_NOOP("CliApplication", "credit event add, officer points: why it is recorded; services invitations decline: why."), false, false},
        {"points", CliOption::Type::Integer, QT_TRANSLATE_NOOP("CliApplication", "number"),
         QT_TRANSLATE_NOOP("CliApplication", "credit event add, officer points: the points."), false, false},
        {"dry-run", CliOption::Type::Flag, nullptr,
         QT_TRANSLATE_NOOP("CliApplication", "import: check and count, write nothing."), false, false},
        {"accept-suggestions", CliOption::Type::Flag, nullptr,
         QT_TRANSLATE_NOOP("CliApplication", "import: read each value the register writes otherwise as the closest name it suggests."), false, false},
        {"remember", CliOption::Type::Flag, nullptr,
         QT_TRANSLATE_NOOP("CliApplication", "import: keep the accepted and --map mappings as aliases once the import succeeds."), false, false},
        {"sheet", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "name"),
         QT_TRANSLATE_NOOP("CliApplication", "import: the sheet to read (default: the first)."), false, false},
        {"no-credit", CliOption::Type::Flag, nullptr,
         QT_TRANSLATE_NOOP("CliApplication", "import: leave the credit events and scores the records feed to a later credit recompute."), false, false},
        {"map", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "mapping"),
         QT_TRANSLATE_NOOP("CliApplication", "import: read a value written another way as a known one, for this run: KIND=VALUE=>TARGET (may repeat)."), true, false},
        {"out", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "file"),
         QT_TRANSLATE_NOOP("CliApplication", "export: the file to write (.csv or .xlsx)."), false, false},
        {"month", CliOption::Type::Month, QT_TRANSLATE_NOOP("CliApplication", "month"),
         QT_TRANSLATE_NOOP("CliApplication", "kpi, report, demo files …: the month (YYYY-MM)."), false, false},
        {"township", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "name"),
         QT_TRANSLATE_NOOP("CliApplication", "kpi: only this township."), false, false},
        {"department", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "name"),
         QT_TRANSLATE_NOOP("CliApplication", "kpi: only this department; services requests raise: the owner department."), false, false},
        {"ytd", CliOption::Type::Flag, nullptr,
         QT_TRANSLATE_NOOP("CliApplication", "kpi: from January to the end of the month."), false, false},
        {"format", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "format"),
         QT_TRANSLATE_NOOP("CliApplication", "report: pdf, xlsx or docx."), false, false},
        {"facts", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "fact"),
         QT_TRANSLATE_NOOP("CliApplication", "discretion assess: a fact KEY=VALUE (may repeat)."), true, false},
        {"list", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "name"),
         QT_TRANSLATE_NOOP("CliApplication", "discretion import: the list's name."), false, false},
        {"list-version", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "version"),
         QT_TRANSLATE_NOOP("CliApplication", "discretion import: the list's version number."), false, false},
        {"effective", CliOption::Type::Date, QT_TRANSLATE_NOOP("CliApplication", "date"),
         QT_TRANSLATE_NOOP("CliApplication", "discretion import: the date the version takes effect (YYYY-MM-DD)."), false, false},
        {"list-kind", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "kind"),
         QT_TRANSLATE_NOOP("CliApplication", "discretion import: benchmark (default) or lenient."), false, false},
        {"uscc", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "code"),
         QT_TRANSLATE_NOOP("CliApplication", "case record: the enterprise's USCC."), false, false},
        {"item", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "item"),
         QT_TRANSLATE_NOOP("CliApplication", "case record: the benchmark item (id or code)."), false, false},
        {"decided", CliOption::Type::Date, QT_TRANSLATE_NOOP("CliApplication", "date"),
         QT_TRANSLATE_NOOP("CliApplication", "case record: the decision date (YYYY-MM-DD)."), false, false},
        {"outcome", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "outcome"),
         QT_TRANSLATE_NOOP("CliApplication", "case record: no_penalty, reduced, lighter, standard or heavier."), false, false},
        {"fine", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "yuan"),
         QT_TRANSLATE_NOOP("CliApplication", "case record: the fine in yuan."), false, false},
        {"violated", CliOption::Type::Date, QT_TRANSLATE_NOOP("CliApplication", "date"),
         QT_TRANSLATE_NOOP("CliApplication", "case record: the date of the violation (YYYY-MM-DD); the list version in force then applies unless a later one is lighter."), false, false},
        {"ground", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "ground"),
         QT_TRANSLATE_NOOP("CliApplication", "case record: the mandatory ground of a lenient outcome: no_fault, harm_removed, coerced, confessed or meritorious (may repeat)."), true, false},
        {"lighter-kind", CliOption::Type::Flag, nullptr,
         QT_TRANSLATE_NOOP("CliApplication", "case record: the penalty is of a lighter kind than the item prescribes (a reduced penalty)."), false, false},
        {"note", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "text"),
         QT_TRANSLATE_NOOP("CliApplication", "case record: the facts found."), false, false},
        {"open", CliOption::Type::Flag, nullptr,
         QT_TRANSLATE_NOOP("CliApplication", "case record: the case is still open; services requests list: only open requests."), false, false},
        {"flagged", CliOption::Type::Flag, nullptr,
         QT_TRANSLATE_NOOP("CliApplication", "case list: only cases outside their benchmark."), false, false},
        {"from", CliOption::Type::Date, QT_TRANSLATE_NOOP("CliApplication", "date"),
         QT_TRANSLATE_NOOP("CliApplication", "case list, case figures: first decision date (YYYY-MM-DD)."), false, false},
        {"to", CliOption::Type::Date, QT_TRANSLATE_NOOP("CliApplication", "date"),
         QT_TRANSLATE_NOOP("CliApplication", "case list, case figures: last decision date (YYYY-MM-DD)."), false, false},
        {"on", CliOption::Type::Date, QT_TRANSLATE_NOOP("CliApplication", "date"),
         QT_TRANSLATE_NOOP("CliApplication", "case deliver, services: the date it happened; discretion assess: the date whose list version applies (YYYY-MM-DD; default today)."), false, false},
        {"scope", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "text"),
         QT_TRANSLATE_NOOP("CliApplication", "services invitations request: what the enterprise wants advice on."), false, false},
        {"wanted", CliOption::Type::Date, QT_TRANSLATE_NOOP("CliApplication", "date"),
         QT_TRANSLATE_NOOP("CliApplication", "services invitations request: the date the enterprise would like."), false, false},
        {"contact", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "text"),
         QT_TRANSLATE_NOOP("CliApplication", "services invitations request: whom to contact."), false, false},
        {"officer", CliOption::Type::Count, QT_TRANSLATE_NOOP("CliApplication", "number"),
         QT_TRANSLATE_NOOP("CliApplication", "services invitations schedule: the officer's number."), false, false},
        {"expert", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "name"),
         QT_TRANSLATE_NOOP("CliApplication", "services invitations schedule: the technical expert."), false, false},
        {"advice", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "text"),
         QT_TRANSLATE_NOOP("CliApplication", "services invitations advise: the advice given."), false, false},
        {"follow-up", CliOption::Type::Date, QT_TRANSLATE_NOOP("CliApplication", "date"),
         QT_TRANSLATE_NOOP("CliApplication", "services invitations advise: the follow-up date."), false, false},
        {"status", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "status"),
         QT_TRANSLATE_NOOP("CliApplication", "services invitations list: only this status."), false, false},
        {"title", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "text"),
         QT_TRANSLATE_NOOP("CliApplication", "services requests forum: the forum's title."), false, false},
        {"kind", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "kind"),
         QT_TRANSLATE_NOOP("CliApplication", "services: the kind of forum or training; finding list: only this kind."), false, false},
        {"place", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "text"),
         QT_TRANSLATE_NOOP("CliApplication", "services: where it took place."), false, false},
        {"forum", CliOption::Type::Count, QT_TRANSLATE_NOOP("CliApplication", "number"),
         QT_TRANSLATE_NOOP("CliApplication", "services requests raise: the forum's number."), false, false},
        {"content", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "text"),
         QT_TRANSLATE_NOOP("CliApplication", "services requests raise: what the enterprise asks for."), false, false},
        {"deadline", CliOption::Type::Date, QT_TRANSLATE_NOOP("CliApplication", "date"),
         QT_TRANSLATE_NOOP("CliApplication", "services requests raise: the deadline."), false, false},
        {"answer", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "text"),
         QT_TRANSLATE_NOOP("CliApplication", "services requests answer: the answer given."), false, false},
        {"satisfied", CliOption::Type::Flag, nullptr,
         QT_TRANSLATE_NOOP("CliApplication", "services requests feedback: the enterprise is satisfied."), false, false},
        {"unsatisfied", CliOption::Type::Flag, nullptr,
         QT_TRANSLATE_NOOP("CliApplication", "services requests feedback: the enterprise is not satisfied (reopens)."), false, false},
        {"topic", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "text"),
         QT_TRANSLATE_NOOP("CliApplication", "services trainings add: the topic."), false, false},
        {"by", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "name"),
         QT_TRANSLATE_NOOP("CliApplication", "clue move: who takes the step."), false, false},
        {"role", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "role"),
         QT_TRANSLATE_NOOP("CliApplication", "user add: admin, supervisor, clerk or viewer."), false, false},
        {"name", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "name"),
         QT_TRANSLATE_NOOP("CliApplication", "user add: the name shown for the user; office set township: the office's name."), false, false},
        {"code", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "code"),
         QT_TRANSLATE_NOOP("CliApplication", "office set township: the township's division code, for a new file whose register does not have it yet."), false, false},
        {"again", CliOption::Type::Count, QT_TRANSLATE_NOOP("CliApplication", "number"),
         QT_TRANSLATE_NOOP("CliApplication", "exchange export: write package N again, as it was sent (a lost or overwritten file)."), false, false},
        {"theirs", CliOption::Type::Flag, nullptr,
         QT_TRANSLATE_NOOP("CliApplication", "exchange import: a record changed in both files takes the other office's version."), false, false},
        {"mine", CliOption::Type::Flag, nullptr,
         QT_TRANSLATE_NOOP("CliApplication", "exchange import: a record changed in both files keeps this file's version (sent back next time)."), false, false},
        {"dimension", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "dimension"),
         QT_TRANSLATE_NOOP("CliApplication", "officer points: political, competence, conduct, service or integrity."), false, false},
        {"source", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "source"),
         QT_TRANSLATE_NOOP("CliApplication", "officer points: exam, training, commendation, complaint or manual."), false, false},
        {"days", CliOption::Type::Count, QT_TRANSLATE_NOOP("CliApplication", "number"),
         QT_TRANSLATE_NOOP("CliApplication", "clue move assigned: the deadline in working days."), false, false},
        {"verified", CliOption::Type::Flag, nullptr,
         QT_TRANSLATE_NOOP("CliApplication", "clue move verified: the complaint proved true."), false, false},
        {"overdue", CliOption::Type::Flag, nullptr,
         QT_TRANSLATE_NOOP("CliApplication", "clue list: only clues past their deadline."), false, false},
        {"due-soon", CliOption::Type::Flag, nullptr,
         QT_TRANSLATE_NOOP("CliApplication", "clue list: only clues due within three working days."), false, false},
        {"accept-no-passwords", CliOption::Type::Flag, nullptr,
         QT_TRANSLATE_NOOP("CliApplication", "backups restore: restore a backup whose users have no passwords over a file whose users have them."), false, false},
        {"read-only", CliOption::Type::Flag, nullptr,
         QT_TRANSLATE_NOOP("CliApplication", "Open the database read-only (required for a file on a network drive)."), false, true},
        {"anchor", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "anchor"),
         QT_TRANSLATE_NOOP("CliApplication", "audit verify: an anchor ENTRY:HASH from a report or backup that the trail must still hold (may repeat)."), true, false},
        {"checklist", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "file"),
         QT_TRANSLATE_NOOP("CliApplication", "review score: the filled review sheet (JSON)."), false, false},
        {"attach", CliOption::Type::Text, QT_TRANSLATE_NOOP("CliApplication", "file"),
         QT_TRANSLATE_NOOP("CliApplication", "review score: a case-file PDF to attach (may repeat)."), true, false},
    };
    return options;
}

const CliOption *CliOptionCatalog::find(const QString &name)
{
    for (const CliOption &option : all()) {
        if (name == QLatin1String(option.name))
            return &option;
    }
    return nullptr;
}

QList<QCommandLineOption> CliOptionCatalog::parserOptions()
{
    QList<QCommandLineOption> list;
    for (const CliOption &option : all()) {
        const QString description = QCoreApplication::translate("CliApplication", option.description);
        list.append(option.valueName
                        ? QCommandLineOption(QString::fromLatin1(option.name), description,
                                             QCoreApplication::translate("CliApplication", option.valueName))
                        : QCommandLineOption(QString::fromLatin1(option.name), description));
    }
    return list;
}

QString CliOptionCatalog::check(const QCommandLineParser &parser, const CliCommand &command)
{
    static const QRegularExpression month(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
    for (const QString &name : parser.optionNames()) {
        const CliOption *option = find(name);
        if (!option)
            continue; // --help and --version are the parser's own
        if (!option->global && !command.options.contains(name)) {
            QStringList taken;
            for (const QString &o : command.options)
                taken.append(QStringLiteral("--") + o);
            return taken.isEmpty() ? tr("%1 takes no option --%2.").arg(command.name, name)
                                   : tr("%1 takes no option --%2 (its options: %3).").arg(command.name, name, taken.join(QStringLiteral(", ")));
        }
        const QStringList values = parser.values(name);
        if (!option->repeatable && values.size() > 1)
            return tr("--%1 is given %2 times; give it once.").arg(name).arg(values.size());
        for (const QString &value : values) {
            switch (option->type) {
            case CliOption::Type::Date:
                if (!QDate::fromString(value, Qt::ISODate).isValid()) {
                    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
                    return shape.match(value).hasMatch() ? tr("--%1: there is no day %2 in the calendar.").arg(name, value)
                                                         : tr("--%1: “%2” is not a date; write it as YYYY-MM-DD, e.g. 2026-11-30.").arg(name, value);
                }
                break;
            case CliOption::Type::Month:
                if (!month.match(value).hasMatch())
                    return tr("--%1: “%2” is not a month; write it as YYYY-MM, e.g. 2026-11.").arg(name, value);
                break;
            case CliOption::Type::Count: {
                bool ok = false;
                if (value.toLongLong(&ok) <= 0 || !ok)
                    return tr("--%1: “%2” is not a whole number above zero.").arg(name, value);
                break;
            }
            case CliOption::Type::Integer: {
                bool ok = false;
                value.toLongLong(&ok);
                if (!ok)
                    return tr("--%1: “%2” is not a whole number.").arg(name, value);
                break;
            }
            case CliOption::Type::Text:
            case CliOption::Type::File:
                if (value.trimmed().isEmpty())
                    return tr("--%1 needs a value.").arg(name);
                break;
            case CliOption::Type::Flag:
                break;
            }
        }
    }
    return {};
}

QString CliOptionCatalog::describe(const CliCommand &command)
{
    QStringList lines;
    for (const QString &name : command.options) {
        const CliOption *option = find(name);
        if (!option)
            continue;
        QString shown = QStringLiteral("--") + name;
        if (option->valueName)
            shown += QLatin1Char(' ') + QCoreApplication::translate("CliApplication", option->valueName).toUpper();
        lines.append(QStringLiteral("  %1\n      %2").arg(shown, QCoreApplication::translate("CliApplication", option->description)));
    }
    return lines.isEmpty() ? QString() : tr("Options:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}
