#include "CreditEngine.h"

#include "util/CivilPeriod.h"

#include <QVarLengthArray>

#include <algorithm>

namespace {

struct CapUse
{
    int year;
    int kind;
    int used;
};

int kindOf(const CreditRuleBook &book, const CreditEventInput &event)
{
    return event.kindId >= 0 ? event.kindId : book.kindId(event.kind);
}

const CreditRuleSet::PublicityClass *publicityClassOf(const CreditRuleBook &book, const CreditEventInput &event)
{
    const int version = book.versionIndexForDate(event.date);
    if (!event.publicityClass.isEmpty()) {
        const auto &classes = book.versions().at(version).publicity;
        const auto it = classes.constFind(event.publicityClass);
        if (it != classes.constEnd())
            return &*it;
    }
    return book.publicity(version, kindOf(book, event));
}

bool inOrder(const CreditEventInput &a, const CreditEventInput &b)
{
    return a.date < b.date || (a.date == b.date && a.id < b.id);
}

} // namespace

QString CreditEngine::joinReasons(const QStringList &reasons)
{
    return reasons.join(tr("; "));
}

QString CreditEngine::reasonText(const QString &code)
{
    const QStringList p = code.split(u'|');
    const QString kind = p.value(0);
    if (kind == u"score")
        return tr("score %1 is below %2").arg(p.value(1), p.value(2));
    if (kind == u"penalty")
        return tr("penalised on %1, within %2 months").arg(p.value(1), p.value(2));
    if (kind == u"red_line")
        return tr("a red-line violation on %1, within %2 months").arg(p.value(1), p.value(2));
    if (kind == u"industry")
        return tr("industry %1 is excluded from the sandbox").arg(p.value(1));
    if (kind == u"inactive")
        return tr("the business is not active");
    return code;
}

QDate CreditEngine::publicityEnd(const CreditRuleBook &book, const CreditEventInput &event)
{
    if (event.publicityEnd.isValid())
        return event.publicityEnd;
    const CreditRuleSet::PublicityClass *c = publicityClassOf(book, event);
    return c ? CivilPeriod::lastDay(event.date, c->maxMonths) : QDate();
}

QDate CreditEngine::repairableFrom(const CreditRuleBook &book, const CreditEventInput &event)
{
    const CreditRuleSet::PublicityClass *c = publicityClassOf(book, event);
    return c ? CivilPeriod::dayAfter(event.date, c->minMonths) : QDate();
}

CreditResult CreditEngine::evaluate(const CreditRuleBook &book, const CreditFacts &facts,
                                    const QList<CreditEventInput> &input, const QDate &asOf, bool explain)
{
    QList<CreditEventInput> sorted;
    const QList<CreditEventInput> *ordered = &input;
    if (!std::is_sorted(input.cbegin(), input.cend(), inOrder)) {
        sorted = input;
        std::sort(sorted.begin(), sorted.end(), inOrder);
        ordered = &sorted;
    }
    const QList<CreditEventInput> &events = *ordered;
    const CreditRuleSet &now = book.forDate(asOf);
    CreditResult result;
    result.asOf = asOf;
    result.ruleVersion = now.version;
    result.base = now.basePoints;
    int score = now.basePoints;
    QDate nextChange = book.nextVersionAfter(asOf);
    auto changesOn = [&](const QDate &d) {
        if (d.isValid() && d > asOf && (!nextChange.isValid() || d < nextChange))
            nextChange = d;
    };
    QVarLengthArray<CapUse, 4> caps;
    QDate lastPenalty;
    QDate lastRedLine;

    for (const CreditEventInput &e : events) {
        if (e.date > asOf) {
            changesOn(e.date);
            continue;
        }
        const int version = book.versionIndexForDate(e.date);
        const CreditRuleSet &rules = book.versions().at(version);
        const int kind = kindOf(book, e);
        const CreditRuleSet::EventRule *rule = book.rule(version, kind);
        CreditExplanationEntry entry;
        int rulePoints = 0;
        bool redLine = e.redLine;
        bool penalty = false;
        if (rule) {
            rulePoints = rule->points;
            redLine = redLine || rule->redLine;
            penalty = rule->penalty;
            if (explain) {
                entry.name = rule->name;
                entry.article = rule->article;
            }
        } else if (kind == book.manualKindId()) {
            rulePoints = e.storedPoints;
            if (explain) {
                entry.name = tr("Manual adjustment");
                entry.note = e.reason;
            }
        } else if (explain) {
            entry.name = e.kind.isEmpty() ? book.kindName(kind) : e.kind;
            entry.note = tr("not in the rules of version %1; not counted").arg(rules.version);
        }

        if (redLine) {
            if (!lastRedLine.isValid() || e.date > lastRedLine)
                lastRedLine = e.date;
            if (!result.redLineDate.isValid() || e.date > result.redLineDate)
                result.redLineDate = e.date;
            // Tier D through the last day of the period, lifted the day after it.
            const QDate until = CivilPeriod::dayAfter(e.date, rules.redLineMonths);
            if (until > asOf) {
                result.redLineInForce = true;
                if (!result.redLineUntil.isValid() || until.addDays(-1) > result.redLineUntil)
                    result.redLineUntil = until.addDays(-1); // its last day
                changesOn(until);
            }
        }
        if ((penalty || redLine) && (!lastPenalty.isValid() || e.date > lastPenalty))
            lastPenalty = e.date;

        int points = rulePoints;
        if (points < 0) {
            const QDate end = publicityEnd(book, e);
            if (e.repairedOn.isValid() && e.repairedOn <= asOf) {
                points = 0;
                if (explain)
                    entry.note = tr("credit repaired on %1").arg(e.repairedOn.toString(Qt::ISODate));
            } else if (end.isValid() && end < asOf) { // the last day still counts
                points = 0;
                if (explain)
                    entry.note = tr("publicity period ended on %1").arg(end.toString(Qt::ISODate));
            } else {
                changesOn(end.isValid() ? end.addDays(1) : end);
                changesOn(e.repairedOn);
                if (explain && end.isValid())
                    entry.note = tr("counts through %1, its last day").arg(end.toString(Qt::ISODate));
            }
        } else if (points > 0 && rule && rule->yearlyCap > 0) {
            const int year = e.date.year();
            CapUse *use = nullptr;
            for (CapUse &c : caps) {
                if (c.year == year && c.kind == kind)
                    use = &c;
            }
            if (!use) {
                caps.append({year, kind, 0});
                use = &caps.last();
            }
            const int allowed = qMax(0, rule->yearlyCap - use->used);
            if (points > allowed) {
                points = allowed;
                if (explain)
                    entry.note = tr("yearly cap of %1 points reached").arg(rule->yearlyCap);
            }
            use->used += points;
        }
        score += points;
        if (explain) {
            entry.eventId = e.id;
            entry.date = e.date;
            entry.kind = e.kind.isEmpty() ? book.kindName(kind) : e.kind;
            entry.rulePoints = rulePoints;
            entry.points = points;
            entry.ruleVersion = rules.version;
            result.explanation.append(entry);
        }
    }

    result.score = score;
    result.tier = result.redLineInForce ? now.redLineTier : now.tierFor(score);

    // Eligibility as flags first; the sentences only when someone will read them.
    const bool lowScore = score < now.sandboxMinScore;
    const QDate clear = CivilPeriod::dayAfter(lastPenalty, now.sandboxPenaltyFreeMonths);
    const bool recentPenalty = clear.isValid() && clear > asOf;
    if (recentPenalty)
        changesOn(clear);
    // A red line bars re-entry until the day after its re-entry period (3 years by default).
    const QDate redLineClear = CivilPeriod::dayAfter(lastRedLine, now.sandboxRedLineFreeMonths);
    const bool recentRedLine = redLineClear.isValid() && redLineClear > asOf;
    if (recentRedLine)
        changesOn(redLineClear);
    const bool eligibleSoFar = !lowScore && !recentPenalty && !recentRedLine;
    // Most enterprises fail on the score already; the string checks only run when needed.
    const bool excluded = (eligibleSoFar || explain) && now.excludedIndustries.contains(facts.industryCode);
    const bool inactive = (eligibleSoFar || explain) && facts.status != u"active";
    result.eligible = eligibleSoFar && !excluded && !inactive;
    if (explain) {
        auto code = [&](const QStringList &parts) { result.ineligibleCodes.append(parts.join(u'|')); };
        if (lowScore)
            code({QStringLiteral("score"), QString::number(score), QString::number(now.sandboxMinScore)});
        if (recentPenalty)
            code({QStringLiteral("penalty"), lastPenalty.toString(Qt::ISODate), QString::number(now.sandboxPenaltyFreeMonths)});
        if (recentRedLine)
            code({QStringLiteral("red_line"), lastRedLine.toString(Qt::ISODate), QString::number(now.sandboxRedLineFreeMonths)});
        if (excluded)
            code({QStringLiteral("industry"), facts.industryCode});
        if (inactive)
            code({QStringLiteral("inactive")});
        for (const QString &c : std::as_const(result.ineligibleCodes))
            result.ineligibleReasons.append(reasonText(c));
    }
    result.nextChange = nextChange;
    return result;
}
