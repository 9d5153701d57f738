#pragma once

#include <QString>

// Excel and WPS run a CSV cell that starts with =, +, -, @, a tab or a carriage return
// as a formula. FairCheck's CSV exports write such a cell with a leading apostrophe so
// that it opens as text (plain numbers such as -2 stay numbers), and its CSV reader
// takes the apostrophe off again, so an export reads back as it was.
class CsvFormulaGuard final
{
public:
    static bool looksLikeFormula(const QString &cell);
    static QString neutralised(const QString &cell);
    // The cell as exported before neutralising; cells FairCheck would not have
    // neutralised are returned as they are.
    static void restore(QString &cell)
    {
        if (cell.size() > 1 && cell.front() == u'\'' && looksLikeFormula(cell.sliced(1)))
            cell.remove(0, 1);
    }
};
