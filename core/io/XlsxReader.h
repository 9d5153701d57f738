#pragma once

#include "TableReader.h"
#include "ZipArchive.h"

#include <QList>
#include <QSet>
#include <QXmlStreamReader>

// XLSX read directly (libminizip + QXmlStreamReader): shared and inline strings,
// numbers, dates stored as serial numbers (recognised by their cell style), the
// first sheet or a named one. The sheet is streamed, never held whole.
class XlsxReader final : public TableReader
{
public:
    XlsxReader(const QString &path, const QString &sheet);

    bool next(TableRow &row) override;
    QString sheetName() const override { return m_sheet; }
    QString encoding() const override { return QStringLiteral("XLSX"); }

private:
    QString locateSheet(const QString &wanted);
    void readSharedStrings();
    void readDateStyles();
    bool feed();
    QString cellValue(const QString &type, int style, const QString &raw) const;
    static int columnIndex(QStringView reference);

    static constexpr int kMaxRows = 1048576; // Excel's sheet limits
    static constexpr int kMaxColumns = 16384;

    QString m_path;
    ZipArchive m_zip;
    QString m_sheet;
    QStringList m_shared;
    QSet<int> m_dateStyles; // indexes into cellXfs that format dates
    QXmlStreamReader m_xml;
    int m_lastRow = 0;
    qint64 m_sinceToken = 0; // bytes fed to m_xml since it last completed a token
};
