#include "FieldParser.h"

#include "domain/Fen.h"

#include "validation/PhoneNumber.h"
#include "validation/ResidentId.h"
#include "validation/TextNormalizer.h"
#include "validation/Uscc.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QTime>

FieldParser::Result FieldParser::date(const QString &cell)
{
    const QString text = TextNormalizer::toHalfWidth(cell).trimmed();
    // The common case, 2024-05-31, without a regular expression (a roster has a million).
    if (text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-') {
        int n[10] = {};
        bool digits = true;
        for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
            digits = digits && text.at(i) >= u'0' && text.at(i) <= u'9';
            n[i] = text.at(i).unicode() - u'0';
        }
        if (digits && QDate::isValid(n[0] * 1000 + n[1] * 100 + n[2] * 10 + n[3], n[5] * 10 + n[6], n[8] * 10 + n[9]))
            return {true, text, {}};
    }
    // A date-time cell (a spreadsheet's or a system's export) gives its date.
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        m = compact.match(text);
    const QDate d = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()) : QDate();
    const bool timeValid = !m.hasMatch() || m.captured(4).isEmpty()
        || QTime::isValid(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).isEmpty() ? 0 : m.captured(6).toInt());
    if (!d.isValid() || !timeValid)
        return {false, {}, tr("not a date (write it like 2024-05-31)")};
    return {true, d.toString(Qt::ISODate), {}};
}

FieldParser::Result FieldParser::status(const QString &cell)
{
    const QString text = TextNormalizer::toHalfWidth(cell).trimmed().toLower();
    struct Name { QString code; QStringList words; }; // the code made once, shared by every row
    static const QList<Name> names = {
        {QStringLiteral("active"), {QStringLiteral("存续"), QStringLiteral("在业"), QStringLiteral("开业"), QStringLiteral("正常"), QStringLiteral("active")}},
        {QStringLiteral("deregistered"), {QStringLiteral("注销"), QStringLiteral("已注销"), QStringLiteral("deregistered")}},
        {QStringLiteral("revoked"), {QStringLiteral("吊销"), QStringLiteral("吊销未注销"), QStringLiteral("吊销，未注销"), QStringLiteral("revoked"), QStringLiteral("licence revoked")}},
        {QStringLiteral("suspended"), {QStringLiteral("停业"), QStringLiteral("歇业"), QStringLiteral("suspended")}},
    };
    for (const Name &n : names) {
        if (n.words.contains(text))
            return {true, n.code, {}};
    }
    return {false, {}, tr("unknown status (存续, 注销, 吊销 or 停业)")};
}

FieldParser::Result FieldParser::band(const QString &cell)
{
    // The circumstance bands as county lists name them, to the codes discretion_band stores.
    static const QList<QPair<QString, QStringList>> names = {
        {QStringLiteral("no_penalty"), {QStringLiteral("不予处罚"), QStringLiteral("免罚"), QStringLiteral("不罚"), QStringLiteral("no_penalty")}},
        {QStringLiteral("reduced"), {QStringLiteral("减轻"), QStringLiteral("减轻处罚"), QStringLiteral("reduced")}},
        {QStringLiteral("lighter"), {QStringLiteral("从轻"), QStringLiteral("从轻处罚"), QStringLiteral("轻微"), QStringLiteral("较轻"), QStringLiteral("lighter")}},
        {QStringLiteral("standard"), {QStringLiteral("一般"), QStringLiteral("一般处罚"), QStringLiteral("standard")}},
        {QStringLiteral("heavier"), {QStringLiteral("从重"), QStringLiteral("从重处罚"), QStringLiteral("严重"), QStringLiteral("较重"), QStringLiteral("heavier")}},
    };
    const QString key = cell.simplified().toLower();
    for (const auto &entry : names) {
        if (entry.second.contains(key))
            return {true, entry.first, {}};
    }
    return {false, {}, tr("write 不予处罚, 减轻, 从轻, 一般 or 从重")};
}

FieldParser::Result FieldParser::dateTime(const QString &cell)
{
    // 2026-10-12 09:30, 2026/10/12 9:30:05, or a date alone; stored as yyyy-MM-ddTHH:mm.
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:[ T]+(\\d{1,2}):(\\d{2})(?::\\d{2})?)?$"));
    const QRegularExpressionMatch m = pattern.match(cell.simplified());
    const QDate d = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()) : QDate();
    const QTime t = m.hasMatch() && !m.captured(4).isEmpty() ? QTime(m.captured(4).toInt(), m.captured(5).toInt()) : QTime(0, 0);
    if (!d.isValid() || !t.isValid()) {
        // Excel keeps date-times as a serial number of days; the readers give it as a date.
        const Result asDate = date(cell);
        if (asDate.ok)
            return {true, asDate.value + QStringLiteral("T00:00"), {}};
        return {false, {}, tr("not a date and time (write it like 2026-10-12 09:30)")};
    }
    return {true, QDateTime(d, t).toString(QStringLiteral("yyyy-MM-ddTHH:mm")), {}};
}

FieldParser::Result FieldParser::category(const QString &cell)
{
    static const QList<QPair<QString, QStringList>> names = {
        {QStringLiteral("consultation"), {QStringLiteral("咨询"), QStringLiteral("consultation")}},
        {QStringLiteral("help"), {QStringLiteral("求助"), QStringLiteral("help")}},
        {QStringLiteral("complaint"), {QStringLiteral("投诉"), QStringLiteral("complaint")}},
        {QStringLiteral("suggestion"), {QStringLiteral("建议"), QStringLiteral("suggestion")}},
        {QStringLiteral("report"), {QStringLiteral("举报"), QStringLiteral("report")}},
    };
    const QString key = cell.simplified().toLower();
    for (const auto &entry : names) {
        if (entry.second.contains(key))
            return {true, entry.first, {}};
    }
    return {false, {}, tr("write 咨询, 求助, 投诉, 建议 or 举报")};
}

FieldParser::Type FieldParser::typeOf(const QString &name)
{
    static const QHash<QString, Type> types = {
        {QStringLiteral("uscc"), Type::Uscc},         {QStringLiteral("id"), Type::ResidentId},
        {QStringLiteral("phone"), Type::Phone},       {QStringLiteral("date"), Type::Date},
        {QStringLiteral("status"), Type::Status},     {QStringLiteral("flag"), Type::Flag},
        {QStringLiteral("money"), Type::Money},       {QStringLiteral("band"), Type::Band},
        {QStringLiteral("wan_yuan"), Type::WanYuan},
        {QStringLiteral("datetime"), Type::DateTime}, {QStringLiteral("category"), Type::Category},
        {QStringLiteral("industry"), Type::Code},      {QStringLiteral("code"), Type::Code},
    };
    return types.value(name, Type::Text);
}

FieldParser::Result FieldParser::parse(Type type, const QString &cell)
{
    const QString trimmed = TextNormalizer::toHalfWidth(cell).trimmed();
    if (trimmed.isEmpty())
        return {true, {}, {}};
    switch (type) {
    case Type::Uscc: {
        const ValidationResult v = Uscc::validate(trimmed);
        return v.valid ? Result{true, TextNormalizer::code(trimmed), {}} : Result{false, {}, v.reason};
    }
    case Type::ResidentId: {
        const ValidationResult v = ResidentId::validate(trimmed);
        return v.valid ? Result{true, TextNormalizer::code(trimmed), {}} : Result{false, {}, v.reason};
    }
    case Type::Phone: {
        const ValidationResult v = PhoneNumber::validate(trimmed);
        return v.valid ? Result{true, trimmed, {}} : Result{false, {}, v.reason};
    }
    case Type::Date:
        return date(trimmed);
    case Type::Status:
        return status(trimmed);
    case Type::Flag: {
        static const QStringList yes = {QStringLiteral("是"), QStringLiteral("y"), QStringLiteral("yes"), QStringLiteral("1"),
                                        QStringLiteral("true"), QStringLiteral("√")};
        static const QStringList no = {QStringLiteral("否"), QStringLiteral("n"), QStringLiteral("no"), QStringLiteral("0"),
                                       QStringLiteral("false"), QStringLiteral("×")};
        const QString lower = trimmed.toLower();
        if (yes.contains(lower))
            return {true, QStringLiteral("1"), {}};
        if (no.contains(lower))
            return {true, QStringLiteral("0"), {}};
        return {false, {}, tr("write 是 or 否")};
    }
    case Type::Money: {
        const std::optional<Fen> fen = Fen::fromYuan(trimmed);
        return fen ? Result{true, QString::number(fen->count()), {}}
                   : Result{false, {}, tr("not an amount of yuan (digits, at most two decimals, not negative)")};
    }
    case Type::WanYuan: {
        const std::optional<Fen> fen = Fen::fromWanYuan(trimmed);
        return fen ? Result{true, QString::number(fen->count()), {}}
                   : Result{false, {}, tr("not an amount in units of 10,000 yuan in whole fen (digits, at most six decimals, not negative)")};
    }
    case Type::Band:
        return band(trimmed);
    case Type::DateTime:
        return dateTime(trimmed);
    case Type::Category:
        return category(trimmed);
    case Type::Code:
        return {true, TextNormalizer::code(trimmed), {}};
    case Type::Text:
        break;
    }
    // Text: inner runs of white space become one space.
    return {true, TextNormalizer::simplified(trimmed), {}};
}
