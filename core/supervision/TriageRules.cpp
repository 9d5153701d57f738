#include "TriageRules.h"
#include "db/InputFile.h"

#include "util/Refusal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QStringList strings(const QJsonValue &value, const QString &path, const QString &key)
{
    if (!value.isArray())
        throw Refusal(TriageRules::tr("%1: %2 must be a list of words.").arg(path, key));
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

} // namespace

const TriageRules &TriageRules::builtIn()
{
    static const TriageRules rules = fromFile(QStringLiteral(":/faircheck/supervision/triage-rules.json"));
    return rules;
}

TriageRules TriageRules::forDatabase(const QString &databasePath)
{
    const QString custom = QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("supervision/triage-rules.json"));
    return !databasePath.isEmpty() && QFileInfo::exists(custom) ? fromFile(custom) : builtIn();
}

TriageRules TriageRules::fromFile(const QString &path)
{
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(InputFile::readAll(path, InputFile::SmallFileLimit), &error).object();
    if (error.error != QJsonParseError::NoError)
        throw Refusal(tr("%1: not valid JSON at character %2 (%3).").arg(path).arg(error.offset).arg(error.errorString()));
    TriageRules rules;
    rules.m_categories = strings(o.value(u"clueCategories"), path, QStringLiteral("clueCategories"));
    rules.m_conduct = strings(o.value(u"conductKeywords"), path, QStringLiteral("conductKeywords"));
    const QJsonArray departments = o.value(u"departmentRules").toArray();
    for (int i = 0; i < departments.size(); ++i) {
        const QJsonObject rule = departments.at(i).toObject();
        const QString key = QStringLiteral("departmentRules[%1]").arg(i);
        if (rule.value(u"department").toString().isEmpty())
            throw Refusal(tr("%1: %2 names no department.").arg(path, key));
        rules.m_departments.append({strings(rule.value(u"keywords"), path, key + QStringLiteral(".keywords")), rule.value(u"department").toString()});
    }
    rules.m_deadlineDays = o.value(u"deadlineWorkingDays").toInt(10);
    rules.m_dueSoonDays = o.value(u"dueSoonWorkingDays").toInt(3);
    if (rules.m_deadlineDays <= 0 || rules.m_dueSoonDays < 0)
        throw Refusal(tr("%1: deadlineWorkingDays must be positive.").arg(path));
    return rules;
}

TriageRules::Verdict TriageRules::classify(const QString &category, const QString &content) const
{
    Verdict v;
    if (!m_categories.contains(category))
        return v;
    QStringList found;
    for (const QString &word : m_conduct) {
        if (content.contains(word))
            found.append(word);
    }
    if (found.isEmpty())
        return v;
    v.clue = true;
    v.reason = found.join(QLatin1Char('/'));
    for (const DepartmentRule &rule : m_departments) {
        for (const QString &word : rule.keywords) {
            if (content.contains(word)) {
                v.department = rule.department;
                v.reason += QStringLiteral("; ") + word;
                return v;
            }
        }
    }
    return v;
}
