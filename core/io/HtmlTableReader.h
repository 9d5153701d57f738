#pragma once

#include "TableReader.h"

#include <QList>

// A web page's table, as the county's web systems hand out their exports: an HTML file
// named .xls, often in GBK, with a title table above the data. The page is read whole
// (bounded by ReadLimits::MaxHtmlBytes) and the table with the most rows is read, or
// the one chosen by number ("2" or "表格2"). Cells lose their markup; <br> is a line
// break; colspan keeps the columns in step.
class HtmlTableReader final : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(HtmlTableReader)

public:
    HtmlTableReader(const QString &path, const QString &table);

    bool next(TableRow &row) override;
    QString sheetName() const override { return m_name; }
    QString encoding() const override { return m_encoding; }
    int percentRead() const override;

    // The page's tables as rows of cell texts (for tests and the reader).
    static QList<QList<QStringList>> tables(const QString &html);
    static QString decodeEntities(const QString &text);
    // The text of a page in bytes: its BOM, else its meta charset, else UTF-8 when
    // valid, else GB18030 (what GBK and GB2312 are part of).
    static QString decode(const QByteArray &bytes, QString *encoding);

private:
    QString m_path;
    QString m_name;
    QString m_encoding;
    QList<QStringList> m_rows;
    qsizetype m_next = 0;
};
