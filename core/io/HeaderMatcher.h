#pragma once

#include "ImportKind.h"
#include "TableRow.h"

#include <QHash>
#include <QList>

// Finds the header row below any title rows and maps its columns to fields: first by
// the mapping saved for this kind of file, then by the synonyms, after folding
// full-width characters, spaces, case and marks like * or （必填）.
class HeaderMatcher final
{
public:
    struct Mapping
    {
        int headerRow = 0;               // spreadsheet row number of the header
        QStringList headers;             // as written in the file
        QHash<QString, int> columns;     // field → 0-based column
        QStringList missingRequired;     // labels of required fields not found
        bool isValid() const { return headerRow > 0 && missingRequired.isEmpty(); }
    };

    static QString normalize(const QString &header);
    // rows: the first rows of the file (title rows, header, a few data rows).
    // saved: normalized header text → field, from an earlier import of this kind or
    // chosen by the user; an empty field keeps that column out.
    static Mapping match(const QList<TableRow> &rows, const ImportKind &kind, const QHash<QString, QString> &saved = {});
};
