#include "CaseItemMatcher.h"

#include "db/Sql.h"
#include "util/TextSimilarity.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

int CaseItemMatcher::chineseNumber(const QString &text)
{
    bool plain = false;
    const int value = text.toInt(&plain);
    if (plain)
        return value;
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    int total = 0, current = 0;
    for (const QChar c : text) {
        const qsizetype d = digits.indexOf(c);
        if (d >= 0) {
            current = int(d);
        } else if (c == u'十' || c == u'百' || c == u'千') {
            const int unit = c == u'十' ? 10 : c == u'百' ? 100 : 1000;
            total += (current == 0 && c == u'十' ? 1 : current) * unit; // 十二 is 12
            current = 0;
        } else {
            return -1;
        }
    }
    return total + current;
}

QSet<QString> CaseItemMatcher::citations(const QString &text)
{
    static const QRegularExpression token(QStringLiteral(
        "《([^》]+)》|第([0-9零一二三四五六七八九十百千]+)条(?:第([0-9零一二三四五六七八九十百千]+)款)?(?:第([0-9零一二三四五六七八九十百千]+)项)?"));
    QSet<QString> found;
    QString law;
    QRegularExpressionMatchIterator it = token.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!m.captured(1).isEmpty()) {
            law = m.captured(1);
            law.remove(QStringLiteral("中华人民共和国"));
            continue;
        }
        const int article = chineseNumber(m.captured(2));
        const int clause = m.captured(3).isEmpty() ? 0 : chineseNumber(m.captured(3));
        const int item = m.captured(4).isEmpty() ? 0 : chineseNumber(m.captured(4));
        if (article > 0 && !law.isEmpty())
            found.insert(QStringLiteral("%1#%2#%3#%4").arg(law).arg(article).arg(qMax(0, clause)).arg(qMax(0, item)));
    }
    return found;
}

bool CaseItemMatcher::sameProvision(const QSet<QString> &a, const QSet<QString> &b)
{
    // One article of one law; a paragraph (款) or item (项) one side leaves out does not
    // tell them apart, one both name does.
    for (const QString &x : a) {
        const QStringList p = x.split(u'#');
        for (const QString &y : b) {
            const QStringList q = y.split(u'#');
            if (p.at(0) != q.at(0) || p.at(1) != q.at(1))
                continue;
            const bool clause = p.at(2) == u"0" || q.at(2) == u"0" || p.at(2) == q.at(2);
            const bool item = p.at(3) == u"0" || q.at(3) == u"0" || p.at(3) == q.at(3);
            if (clause && item)
                return true;
        }
    }
    return false;
}

QList<CaseItemMatcher::Candidate> CaseItemMatcher::candidates(const QSqlDatabase &db, qint64 departmentId, const QDate &decided)
{
    // Each code of the department in the newest version of its list in force then.
    // The newest date per code is found once, not per item: a county's lists hold
    // hundreds of items and a month's file hundreds of cases.
    QSqlQuery q = Sql::exec(db, QStringLiteral(
        "WITH newest AS (SELECT i2.code, max(l2.effective_from) AS effective FROM discretion_item i2 "
        "                JOIN discretion_list l2 ON l2.id = i2.list_id WHERE l2.effective_from <= ? GROUP BY i2.code) "
        "SELECT i.code, i.violation, i.violated_provision || ' ' || i.penalty_provision "
        "FROM discretion_item i JOIN discretion_list l ON l.id = i.list_id "
        "JOIN newest n ON n.code = i.code AND n.effective = l.effective_from "
        "WHERE i.department_id = ? ORDER BY i.code"),
        {decided.toString(Qt::ISODate), departmentId});
    QList<Candidate> list;
    QSet<QString> seen;
    while (q.next()) {
        const QString code = q.value(0).toString();
        if (!seen.contains(code)) {
            seen.insert(code);
            list.append({code, q.value(1).toString(), q.value(2).toString()});
        }
    }
    return list;
}

QList<CaseItemMatcher::Match> CaseItemMatcher::rank(const QList<Candidate> &candidates, const QString &basis, const QString &violation)
{
    const QSet<QString> cited = citations(basis);
    QList<Match> ranked;
    for (const Candidate &c : candidates) {
        const bool same = sameProvision(cited, citations(c.provisions));
        // The wording counts against the case's violation, or against its facts when the
        // record gives the violation only in them.
        const double wording = TextSimilarity::ratio(c.violation, violation);
        ranked.append({c.code, c.violation, (same ? 0.6 : 0.0) + 0.4 * wording, same});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Match &a, const Match &b) { return a.score > b.score; });
    return ranked;
}

bool CaseItemMatcher::confident(const QList<Match> &ranked)
{
    if (ranked.isEmpty() || !ranked.first().sameArticle)
        return false;
    // The same article, wording alike, and clearly ahead of the next.
    const Match &top = ranked.first();
    const double wording = (top.score - 0.6) / 0.4;
    const double next = ranked.size() > 1 ? ranked.at(1).score : 0;
    return wording >= 0.5 && top.score - next >= 0.15;
}
