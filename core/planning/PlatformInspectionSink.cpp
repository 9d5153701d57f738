#include "PlatformInspectionSink.h"

#include "db/Sql.h"
#include "validation/TextNormalizer.h"

#include <QRegularExpression>
#include <QSqlQuery>

QString PlatformInspectionSink::origin(const QString &kind)
{
    const QString k = TextNormalizer::toHalfWidth(kind).remove(u' ');
    if (k.contains(QStringLiteral("投诉")) || k.contains(QStringLiteral("举报")))
        return QStringLiteral("clue");
    if (k.contains(QStringLiteral("复查")))
        return QStringLiteral("recheck");
    if (k.isEmpty() || k.contains(QStringLiteral("双随机")) || k.contains(QStringLiteral("随机")) || k.contains(QStringLiteral("重点"))
        || k.contains(QStringLiteral("专项")) || k.contains(QStringLiteral("日常")))
        return QStringLiteral("routine");
    return QStringLiteral("other");
}

int PlatformInspectionSink::problemFound(const QString &result)
{
    const QString r = TextNormalizer::toHalfWidth(result).remove(u' ');
    if (r.isEmpty())
        return -1;
    // "未发现问题" contains "发现问题": the negative is read first.
    for (const char *none : {"未发现问题", "未发现违法", "无问题", "合格", "正常", "符合要求", "未发现"}) {
        if (r.contains(QString::fromUtf8(none)) && !r.contains(QStringLiteral("不合格")))
            return 0;
    }
    for (const char *problem : {"发现问题", "不合格", "责令整改", "限期整改", "立案", "移交", "违法", "警告", "处罚"}) {
        if (r.contains(QString::fromUtf8(problem)))
            return 1;
    }
    return -1;
}

QStringList PlatformInspectionSink::certificates(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("[0-9A-Za-z]{6,}"));
    QStringList found;
    QRegularExpressionMatchIterator it = number.globalMatch(TextNormalizer::toHalfWidth(text));
    while (it.hasNext()) {
        const QString n = it.next().captured(0).toUpper();
        if (!found.contains(n))
            found.append(n);
    }
    return found;
}

namespace {

// NULL and "" read alike (an empty cell is stored as NULL); NULL and 0 do not.
QString comparable(const QVariant &v)
{
    return v.isNull() || v.toString().isEmpty() ? QStringLiteral("\x01null") : v.toString();
}

} // namespace

void PlatformInspectionSink::write(const QStringList &fields, const Reject &reject)
{
    const QString recordNo = value(fields, "record_no");
    const qint64 enterpriseId = registeredEnterprise(fields, reject, "uscc", "enterprise");
    if (enterpriseId == 0)
        return;
    const qint64 department = this->department(fields, reject);
    if (department == 0)
        return;
    // The officers, by certificate: from their own column, else from the names' brackets.
    const QStringList certificates = PlatformInspectionSink::certificates(
        value(fields, "certificates").isEmpty() ? value(fields, "officers") : value(fields, "certificates"));
    QList<qint64> officers;
    for (const QString &certificate : certificates) {
        const QVariant officer = Sql::scalar(m_db, QStringLiteral("SELECT id FROM officer WHERE upper(certificate_no) = ?"), {certificate});
        if (!officer.isValid()) {
            reject(value(fields, "certificates").isEmpty() ? QStringLiteral("officers") : QStringLiteral("certificates"), certificate,
                   tr("no officer holds this certificate number; import the officers first"));
            return;
        }
        officers.append(officer.toLongLong());
    }
    const QString date = value(fields, "date");
    const QString kind = value(fields, "kind");
    const QString result = value(fields, "result");
    const int problem = problemFound(result);
    const QVariant problemValue = problem < 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(problem);
    const QString code = value(fields, "code_used");
    const QVariant codeUsed = code.isEmpty() ? QVariant(QMetaType::fromType<int>()) : QVariant(code.toInt());
    const QVariantList now = {enterpriseId, date, origin(kind), kind, value(fields, "items"), result, problemValue, codeUsed};

    QSqlQuery existing = Sql::exec(m_db, QStringLiteral(
        "SELECT id, enterprise_id, visit_date, origin, COALESCE(check_kind, ''), COALESCE(items_text, ''), COALESCE(result_text, ''), "
        "problem_found, code_used, (SELECT department_id FROM inspection_task WHERE visit_id = visit.id LIMIT 1), "
        "(SELECT group_concat(officer_id) FROM (SELECT officer_id FROM visit_officer WHERE visit_id = visit.id ORDER BY officer_id)) "
        "FROM visit WHERE platform_no = ?"), {recordNo});
    QStringList officerIds;
    QList<qint64> sorted = officers;
    std::sort(sorted.begin(), sorted.end());
    for (qint64 id : sorted)
        officerIds.append(QString::number(id));
    if (existing.next()) {
        bool same = existing.value(9).toLongLong() == department && existing.value(10).toString() == officerIds.join(u',');
        for (int i = 0; i < now.size() && same; ++i)
            same = comparable(existing.value(i + 1)) == comparable(now.at(i));
        if (same) {
            ++m_report.unchanged;
            return;
        }

        const QVariant id = existing.value(0);
        Sql::exec(m_db, QStringLiteral("UPDATE visit SET enterprise_id = ?, scheduled_date = ?, visit_date = ?, origin = ?, check_kind = ?, "
                                       "items_text = ?, result_text = ?, problem_found = ?, code_used = ? WHERE id = ?"),
                  {now.at(0), date, date, now.at(2), kind, now.at(4), result, problemValue, codeUsed, id});
        Sql::exec(m_db, QStringLiteral("UPDATE inspection_task SET department_id = ?, enterprise_id = ? WHERE visit_id = ?"),
                  {department, now.at(0), id});
        Sql::exec(m_db, QStringLiteral("DELETE FROM visit_officer WHERE visit_id = ?"), {id});
        for (qint64 officer : std::as_const(officers))
            Sql::exec(m_db, QStringLiteral("INSERT INTO visit_officer (visit_id, officer_id) VALUES (?, ?)"), {id, officer});
        ++m_report.updated;
        return;
    }
    const qint64 visit = Sql::exec(m_db, QStringLiteral(
        "INSERT INTO visit (enterprise_id, scheduled_date, visit_date, origin, status, platform_no, check_kind, items_text, result_text, "
        "problem_found, code_used) VALUES (?, ?, ?, ?, 'done', ?, ?, ?, ?, ?, ?)"),
        {now.at(0), date, date, now.at(2), recordNo, kind, now.at(4), result, problemValue, codeUsed}).lastInsertId().toLongLong();
    Sql::exec(m_db, QStringLiteral("INSERT INTO inspection_task (visit_id, department_id, enterprise_id) VALUES (?, ?, ?)"),
              {visit, department, now.at(0)});
    for (qint64 officer : std::as_const(officers))
        Sql::exec(m_db, QStringLiteral("INSERT INTO visit_officer (visit_id, officer_id) VALUES (?, ?)"), {visit, officer});
    ++m_report.inserted;
}
