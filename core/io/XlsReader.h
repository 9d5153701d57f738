#pragma once

#include "TableReader.h"

// The old binary Excel format (.xls, BIFF) through Debian's libfreexl: text (UTF-8),
// numbers and dates; first sheet or a named one.
class XlsReader final : public TableReader
{
public:
    XlsReader(const QString &path, const QString &sheet);
    ~XlsReader() override;

    bool next(TableRow &row) override;
    QString sheetName() const override { return m_sheet; }
    QString encoding() const override { return QStringLiteral("XLS"); }
    int percentRead() const override { return m_rows ? int(100 * m_next / m_rows) : -1; }

private:
    QString m_path;
    const void *m_handle = nullptr;
    QString m_sheet;
    unsigned int m_rows = 0;
    unsigned short m_columns = 0;
    unsigned int m_next = 0;
};
