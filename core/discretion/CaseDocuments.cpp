#include "CaseDocuments.h"
#include "users/Session.h"
#include "db/InputFile.h"

#include "util/Refusal.h"
#include "util/ChineseDate.h"
#include "documents/DocxBuilder.h"
#include "documents/PdfPrinter.h"
#include "util/ChineseAmount.h"
#include "domain/Fen.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

namespace {

const QString kBuiltIn = QStringLiteral(":/faircheck/templates/case-documents.json");


QString outcomePhrase(PenaltyOutcome outcome)
{
    if (outcome == PenaltyOutcome::Lighter)
        return QStringLiteral("从轻处罚");
    if (outcome == PenaltyOutcome::Reduced)
        return QStringLiteral("减轻处罚");
    if (outcome == PenaltyOutcome::Heavier)
        return QStringLiteral("从重处罚");
    return QStringLiteral("予以行政处罚");
}

QHash<QString, QString> fields(const PenaltyCaseStore::Row &row)
{
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    return {{QStringLiteral("case_no"), row.caseNo},
            {QStringLiteral("department"), row.department},
            {QStringLiteral("enterprise"), row.enterprise},
            {QStringLiteral("uscc"), row.uscc},
            {QStringLiteral("legal_representative"), row.legalRepresentative},
            {QStringLiteral("address"), row.address},
            {QStringLiteral("facts"), row.facts},
            {QStringLiteral("violation"), row.violation},
            {QStringLiteral("violated_provision"), row.violatedProvision},
            {QStringLiteral("penalty_provision"), row.penaltyProvision},
            {QStringLiteral("item_code"), row.itemCode},
            {QStringLiteral("list_version"), row.listVersion},
            {QStringLiteral("outcome_phrase"), outcomePhrase(row.outcome)},
            {QStringLiteral("fine_yuan"), Fen(row.fineFen).yuan(chinese)},
            {QStringLiteral("fine_words"), ChineseAmount::uppercase(row.fineFen)},
            {QStringLiteral("decided_cn"), ChineseDate::format(row.decided)}};
}

} // namespace

QStringList CaseDocuments::fieldNames()
{
    QStringList names = fields(PenaltyCaseStore::Row()).keys();
    names.sort();
    return names;
}

QString CaseDocuments::overridePath(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("templates/case-documents.json"));
}

QJsonObject CaseDocuments::loadTemplates(const QString &databasePath)
{
    const QString custom = databasePath.isEmpty() ? QString() : overridePath(databasePath);
    const QString path = !custom.isEmpty() && QFileInfo::exists(custom) ? custom : kBuiltIn;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(InputFile::readAll(path, InputFile::SmallFileLimit), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw Refusal(tr("%1: not valid JSON at character %2 (%3).").arg(path).arg(error.offset).arg(error.errorString()));
    QJsonObject templates = document.object();
    templates.insert(QStringLiteral("_path"), path);
    return templates;
}

CaseDocuments::Document CaseDocuments::fromTemplate(const QJsonObject &templates, const QString &id,
                                                    const QHash<QString, QString> &values)
{
    const QString source = templates.value(u"_path").toString();
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    auto fill = [&](const QJsonValue &value, const QString &part) {
        QStringList lines;
        const QJsonArray array = value.isUndefined() ? QJsonArray() : value.isArray() ? value.toArray() : QJsonArray{value};
        for (int i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                throw Refusal(tr("%1: %2.%3[%4] must be text.").arg(source, id, part).arg(i));
            const QString text = array.at(i).toString();
            QString out;
            qsizetype last = 0;
            for (auto it = placeholder.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                if (!values.contains(m.captured(1))) {
                    QStringList known = values.keys();
                    known.sort();
                    throw Refusal(tr("%1: %2.%3[%4] uses the unknown field {%5}; known fields: %6.")
                               .arg(source, id, part).arg(i).arg(m.captured(1), known.join(QStringLiteral(", "))));
                }
                out += text.mid(last, m.capturedStart() - last) + values.value(m.captured(1));
                last = m.capturedEnd();
            }
            lines.append(out + text.mid(last));
        }
        return lines;
    };
    const QJsonObject t = templates.value(id).toObject();
    if (t.isEmpty() || !t.value(u"title").isString())
        throw Refusal(tr("%1: the template %2 is missing or has no title.").arg(source, id));
    Document d;
    d.id = id;
    d.title = fill(t.value(u"title"), QStringLiteral("title")).value(0);
    d.subtitle = fill(t.value(u"subtitle"), QStringLiteral("subtitle"));
    d.paragraphs = fill(t.value(u"paragraphs"), QStringLiteral("paragraphs"));
    d.signature = fill(t.value(u"signature"), QStringLiteral("signature"));
    return d;
}

QList<CaseDocuments::Document> CaseDocuments::build(const PenaltyCaseStore::Row &row, const QJsonObject &templates)
{
    // The decision cites the provisions of the case's benchmark item; without one it would
    // say "违反了的规定" with nothing in it.
    if (row.itemCode.isEmpty())
        throw Refusal(tr("Case %1 was recorded without a benchmark item, so its documents cannot name the provisions it "
                                 "breaks and is punished under; they are not generated.")
                                  .arg(row.caseNo));
    const QHash<QString, QString> values = fields(row);
    const QStringList ids = row.outcome == PenaltyOutcome::NoPenalty
        ? QStringList{QStringLiteral("no_penalty_decision"), QStringLiteral("guidance")}
        : QStringList{QStringLiteral("penalty_decision"), QStringLiteral("guidance"), QStringLiteral("credit_repair_notice")};
    QList<Document> documents;
    for (const QString &id : ids)
        documents.append(fromTemplate(templates, id, values));
    return documents;
}

QString CaseDocuments::html(const Document &d)
{
    QString html = QStringLiteral("<h1 align='center' style='font-size:20pt'>%1</h1>").arg(d.title.toHtmlEscaped());
    for (const QString &line : d.subtitle)
        html += QStringLiteral("<p align='center'>%1</p>").arg(line.toHtmlEscaped());
    for (const QString &line : d.paragraphs)
        html += QStringLiteral("<p style='line-height:150%; white-space:pre-wrap'>　　%1</p>").arg(line.toHtmlEscaped());
    html += QStringLiteral("<p>&nbsp;</p>");
    for (const QString &line : d.signature)
        html += QStringLiteral("<p align='right'>%1</p>").arg(line.toHtmlEscaped());
    return html;
}

QStringList CaseDocuments::write(const QSqlDatabase &db, const QList<Document> &documents, const QString &caseNo, const QString &dir)
{
    Session::require(db, Session::Permission::IssueDocuments);
    if (!QDir().mkpath(dir))
        throw Refusal(tr("Cannot create the folder %1.").arg(dir));
    // File names keep the case number but nothing Windows forbids.
    QString stem = caseNo;
    static const QRegularExpression forbidden(QStringLiteral("[\\\\/:*?\"<>|\\s]"));
    stem.replace(forbidden, QStringLiteral("_"));
    QStringList written;
    for (const Document &d : documents) {
        const QString base = QDir(dir).filePath(stem + QLatin1Char('-') + d.id);
        PdfPrinter::print(html(d), d.title, base + QStringLiteral(".pdf"));
        DocxBuilder docx;
        docx.paragraph(d.title, 44, true, DocxBuilder::Align::Center);
        for (const QString &line : d.subtitle)
            docx.paragraph(line, 28, false, DocxBuilder::Align::Center);
        for (const QString &line : d.paragraphs)
            docx.paragraph(line, 28, false, DocxBuilder::Align::Left, 2);
        docx.paragraph(QString());
        for (const QString &line : d.signature)
            docx.paragraph(line, 28, false, DocxBuilder::Align::Right);
        docx.save(base + QStringLiteral(".docx"));
        written << base + QStringLiteral(".pdf") << base + QStringLiteral(".docx");
    }
    return written;
}
