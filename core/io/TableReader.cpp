#include "TableReader.h"
#include "db/InputFile.h"

#include "CsvReader.h"
#include "XlsReader.h"
#include "XlsxReader.h"
#include "db/DatabaseError.h"

#include <QFileInfo>

std::unique_ptr<TableReader> TableReader::open(const QString &path, const QString &sheet)
{
    InputFile::check(path);
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix == u"xlsx")
        return std::make_unique<XlsxReader>(path, sheet);
    if (suffix == u"xls")
        return std::make_unique<XlsReader>(path, sheet);
    if (suffix == u"csv" || suffix == u"txt" || suffix == u"tsv")
        return std::make_unique<CsvReader>(path);
    throw DatabaseError(DatabaseError::Kind::Rejected,
                        tr("%1: only .xlsx, .xls and .csv files can be read; save the file in one of these formats.").arg(path));
}
