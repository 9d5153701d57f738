#include "InspectionCode.h"

#include "PlanQueries.h"
#include "db/OutputFile.h"
#include "documents/PdfPrinter.h"
#include "users/Session.h"
#include "util/ChineseDate.h"

#include "db/AuditLog.h"
#include "util/Refusal.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QFont>
#include <QFontMetrics>
#include <QMessageAuthenticationCode>
#include <QPainter>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>

#include <qrencode.h>

#include <memory>

namespace {

const QString kKeySetting = QStringLiteral("inspection_code_key");
const QString kCheckLabel = QStringLiteral("校验码");

} // namespace

QStringList InspectionCode::labels()
{
    return {QStringLiteral("执法检查码"), QStringLiteral("检查日期"), QStringLiteral("被检查企业"), QStringLiteral("统一社会信用代码"),
            QStringLiteral("检查部门"), QStringLiteral("检查事项"), QStringLiteral("执法人员")};
}

QByteArray InspectionCode::key(const QSqlDatabase &db)
{
    const QVariant stored = Sql::scalar(db, QStringLiteral("SELECT value FROM setting WHERE key = ?"), {kKeySetting});
    if (stored.isValid() && !stored.toString().isEmpty())
        return QByteArray::fromHex(stored.toString().toLatin1());
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / 4);
    Transaction transaction(db);
    Sql::exec(db, QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?)"), {kKeySetting, QString::fromLatin1(key.toHex())});
    // The key itself stays out of the audit trail: knowing it would let anyone forge codes.
    AuditLog::record(db, {AuditLog::Action::Insert, QStringLiteral("setting"), 0, {}, {{QStringLiteral("key"), kKeySetting}}});
    transaction.commit();
    return key;
}

QString InspectionCode::check(const QByteArray &key, const QString &body)
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(body.toUtf8(), key, QCryptographicHash::Sha256).toHex().left(16)).toUpper();
}

QString InspectionCode::visitCode(const QSqlDatabase &db, qint64 visitId)
{
    const QVariant code = Sql::scalar(db, QStringLiteral("SELECT inspection_code FROM visit WHERE id = ?"), {visitId});
    if (!code.isValid())
        throw Refusal(tr("There is no visit %1.").arg(visitId));
    return code.toString();
}

QString InspectionCode::payload(const QSqlDatabase &db, qint64 visitId)
{
    const QString code = visitCode(db, visitId);
    QSqlQuery v = Sql::exec(db, QStringLiteral("SELECT v.scheduled_date, e.name, e.uscc FROM visit v JOIN enterprise e ON e.id = v.enterprise_id "
                                               "WHERE v.id = ?"),
                            {visitId});
    v.next();
    QStringList departments, items, officers;
    QSqlQuery d = Sql::exec(db, QStringLiteral("SELECT d.short_name FROM inspection_task t JOIN department d ON d.id = t.department_id "
                                               "WHERE t.visit_id = ? ORDER BY d.code"),
                            {visitId});
    while (d.next())
        departments.append(d.value(0).toString());
    QSqlQuery i = Sql::exec(db, QStringLiteral("SELECT DISTINCT i.code FROM inspection_task t JOIN task_item ti ON ti.task_id = t.id "
                                               "JOIN inspection_item i ON i.id = ti.item_id WHERE t.visit_id = ? ORDER BY i.code"),
                            {visitId});
    while (i.next())
        items.append(i.value(0).toString());
    QSqlQuery o = Sql::exec(db, QStringLiteral("SELECT o.name, COALESCE(o.certificate_no, '') FROM visit_officer vo JOIN officer o ON o.id = vo.officer_id "
                                               "WHERE vo.visit_id = ? ORDER BY o.id"),
                            {visitId});
    while (o.next())
        officers.append(QStringLiteral("%1（%2）").arg(o.value(0).toString(), o.value(1).toString()));
    const QStringList values = {code, v.value(0).toString(), v.value(1).toString(), v.value(2).toString(),
                                departments.join(u'、'), items.join(u'、'), officers.join(u'、')};
    QStringList lines;
    const QStringList names = labels();
    for (int k = 0; k < names.size(); ++k)
        lines.append(names.at(k) + u'：' + values.at(k));
    const QString body = lines.join(u'\n');
    return body + u'\n' + kCheckLabel + u'：' + check(key(db), body);
}

QMap<QString, QString> InspectionCode::parse(const QString &text)
{
    QMap<QString, QString> fields;
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList lines = normalized.trimmed().split(u'\n');
    const QStringList names = labels();
    if (lines.size() != names.size() + 1)
        return {};
    for (int k = 0; k < lines.size(); ++k) {
        const QString &line = lines.at(k);
        const QString label = k < names.size() ? names.at(k) : kCheckLabel;
        if (!line.startsWith(label + u'：'))
            return {};
        fields.insert(label, line.mid(label.size() + 1));
    }
    fields.insert(QStringLiteral("check"), fields.take(kCheckLabel));
    fields.insert(QStringLiteral("body"), lines.mid(0, names.size()).join(u'\n'));
    return fields;
}

InspectionCode::Scan InspectionCode::scan(const QSqlDatabase &db, const QString &text)
{
    Scan result;
    const QString trimmed = text.trimmed();
    static const QRegularExpression bare(QStringLiteral("^FC[0-9A-F]{10,12}$"));
    if (bare.match(trimmed.toUpper()).hasMatch()) {
        result.code = trimmed.toUpper();
        const QVariant id = Sql::scalar(db, QStringLiteral("SELECT id FROM visit WHERE inspection_code = ?"), {result.code});
        result.valid = id.isValid();
        result.visitId = id.toLongLong();
        result.message = result.valid ? tr("Inspection code %1 belongs to visit %2.").arg(result.code).arg(result.visitId)
                                      : tr("No visit has the inspection code %1.").arg(result.code);
        return result;
    }
    const QMap<QString, QString> fields = parse(trimmed);
    if (fields.isEmpty()) {
        result.message = tr("This is not a FairCheck inspection code.");
        return result;
    }
    result.code = fields.value(labels().first());
    if (fields.value(QStringLiteral("check")).toUpper() != check(key(db), fields.value(QStringLiteral("body")))) {
        result.message = tr("The check value does not fit: the code was altered, or was not issued from this database.");
        return result;
    }
    const QVariant id = Sql::scalar(db, QStringLiteral("SELECT id FROM visit WHERE inspection_code = ?"), {result.code});
    if (!id.isValid()) {
        result.message = tr("The code is genuine but its visit %1 no longer exists.").arg(result.code);
        return result;
    }
    result.visitId = id.toLongLong();
    if (payload(db, result.visitId) != trimmed) {
        result.message = tr("The code is genuine but out of date: visit %1 has changed since it was printed (date, items or officers).")
                             .arg(result.code);
        return result;
    }
    result.valid = true;
    result.message = tr("Genuine inspection code %1 for visit %2.").arg(result.code).arg(result.visitId);
    return result;
}

QImage InspectionCode::image(const QString &payload, int scale)
{
    const QByteArray bytes = payload.toUtf8();
    std::unique_ptr<QRinput, decltype(&QRinput_free)> input(QRinput_new2(0, QR_ECLEVEL_M), &QRinput_free);
    if (!input || QRinput_appendECIheader(input.get(), 26) != 0
        || QRinput_append(input.get(), QR_MODE_8, int(bytes.size()), reinterpret_cast<const unsigned char *>(bytes.constData())) != 0)
        throw Refusal(tr("The inspection code cannot be encoded."));
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeInput(input.get()), &QRcode_free);
    if (!code)
        throw Refusal(tr("The visit's details are too long for one QR code (%1 bytes).").arg(bytes.size()));
    const int quiet = 4;
    const int side = (code->width + 2 * quiet) * scale;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 1)
                painter.fillRect((x + quiet) * scale, (y + quiet) * scale, scale, scale, Qt::black);
        }
    }
    return image;
}

QImage InspectionCode::captioned(const QImage &symbol, const QStringList &lines)
{
    PdfPrinter::requireFonts();
    QFont font = PdfPrinter::font();
    font.setPixelSize(qMax(12, symbol.width() / 18));
    const QFontMetrics metrics(font);
    int width = symbol.width();
    for (const QString &line : lines)
        width = qMax(width, metrics.horizontalAdvance(line) + 2 * metrics.height());
    const int lineHeight = metrics.lineSpacing();
    QImage out(width, symbol.height() + int(lines.size()) * lineHeight + lineHeight / 2, QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.drawImage((width - symbol.width()) / 2, 0, symbol);
    painter.setFont(font);
    painter.setPen(Qt::black);
    for (int i = 0; i < lines.size(); ++i)
        painter.drawText(QRect(0, symbol.height() + i * lineHeight, width, lineHeight), Qt::AlignCenter, lines.at(i));
    return out;
}

void InspectionCode::save(const QSqlDatabase &db, qint64 visitId, const QString &path, int scale)
{
    Session::require(db, Session::Permission::IssueDocuments);
    const PlanQueries::Visit visit = PlanQueries::visit(db, visitId);
    const QImage symbol = captioned(image(payload(db, visitId), scale),
                                    {tr("Inspection code %1").arg(visit.code), visit.enterprise, ChineseDate::format(visit.date)});
    OutputFile out(path, {QStringLiteral("png")});
    if (!symbol.save(out.temporaryPath(), "PNG"))
        throw Refusal(tr("Cannot write %1.").arg(out.path()));
    out.commit();
}
