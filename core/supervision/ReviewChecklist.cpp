#include "ReviewChecklist.h"
#include "db/InputFile.h"

#include "util/Refusal.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

const ReviewChecklist &ReviewChecklist::builtIn()
{
    static const ReviewChecklist checklist = fromFile(QStringLiteral(":/faircheck/supervision/review-checklist.json"));
    return checklist;
}

ReviewChecklist ReviewChecklist::fromFile(const QString &path)
{
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(InputFile::readAll(path, InputFile::SmallFileLimit), &error).object();
    if (error.error != QJsonParseError::NoError)
        throw Refusal(tr("%1: not valid JSON at character %2 (%3).").arg(path).arg(error.offset).arg(error.errorString()));
    ReviewChecklist c;
    c.m_version = o.value(u"version").toInt(1);
    auto items = [&](const char *key, int expectedTotal) {
        QList<Item> list;
        const QJsonArray array = o.value(QLatin1String(key)).toArray();
        int total = 0;
        for (int i = 0; i < array.size(); ++i) {
            const QJsonObject item = array.at(i).toObject();
            const Item it{item.value(u"id").toString(), item.value(u"text").toString(), item.value(u"points").toDouble()};
            if (it.id.isEmpty() || it.text.isEmpty() || (expectedTotal > 0 && it.points <= 0))
                throw Refusal(tr("%1: %2[%3] needs an id, a text and (except veto items) positive points.").arg(path, QLatin1String(key)).arg(i));
            total += it.points;
            list.append(it);
        }
        if (expectedTotal > 0 && total != expectedTotal)
            throw Refusal(tr("%1: the %2 items add up to %3 points, not %4.").arg(path, QLatin1String(key)).arg(total).arg(expectedTotal));
        return list;
    };
    c.m_veto = items("veto", 0);
    c.m_form = items("form", 20);
    c.m_content = items("content", 80);
    c.m_excellent = o.value(u"grades").toObject().value(u"excellent").toInt(90);
    c.m_pass = o.value(u"grades").toObject().value(u"pass").toInt(70);
    return c;
}

QString ReviewChecklist::partOf(const QString &item) const
{
    for (const auto &[part, list] : {std::pair{"veto", &m_veto}, std::pair{"form", &m_form}, std::pair{"content", &m_content}}) {
        for (const Item &i : *list) {
            if (i.id == item)
                return QString::fromLatin1(part);
        }
    }
    return {};
}

QString ReviewChecklist::gradeName(const QString &grade)
{
    if (grade == u"excellent")
        return tr("Excellent");
    if (grade == u"pass")
        return tr("Pass");
    return tr("Fail");
}

ReviewChecklist::Score ReviewChecklist::score(const QStringList &vetoFailed, const QList<Deduction> &deductions) const
{
    Score s;
    for (const QString &veto : vetoFailed) {
        if (partOf(veto) != u"veto")
            throw Refusal(tr("%1 is not a veto item of the checklist.").arg(veto));
        for (const Item &i : m_veto) {
            if (i.id == veto)
                s.reasons.append(tr("Veto: %1").arg(i.text));
        }
    }
    s.vetoFailed = !vetoFailed.isEmpty();
    QHash<QString, double> deducted;
    for (int i = 0; i < deductions.size(); ++i) {
        const Deduction &d = deductions.at(i);
        const QString part = partOf(d.item);
        if (part != u"form" && part != u"content")
            throw Refusal(tr("Deduction %1: %2 is not a scored item of the checklist.").arg(i + 1).arg(d.item));
        if (d.points < 0)
            throw Refusal(tr("Deduction %1: points cannot be negative.").arg(i + 1));
        if (std::fmod(d.points * 2, 1.0) != 0)
            throw Refusal(tr("Deduction %1: %2 points; deductions are whole or half points.").arg(i + 1).arg(d.points));
        deducted[d.item] += d.points;
    }
    auto partScore = [&](const QList<Item> &items) {
        double total = 0;
        for (const Item &i : items)
            total += qMax(0.0, i.points - deducted.value(i.id)); // an item never goes below zero
        return total;
    };
    s.form = partScore(m_form);
    s.content = partScore(m_content);
    s.total = s.form + s.content;
    s.grade = s.vetoFailed ? QStringLiteral("fail") : s.total >= m_excellent ? QStringLiteral("excellent")
        : s.total >= m_pass                                                   ? QStringLiteral("pass")
                                                                              : QStringLiteral("fail");
    return s;
}
