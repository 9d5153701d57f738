#include "CsvFormulaGuard.h"

bool CsvFormulaGuard::looksLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    const QChar first = cell.front();
    if (first == u'=' || first == u'@' || first == u'\t' || first == u'\r')
        return true;
    if (first != u'+' && first != u'-')
        return false;
    bool number = false;
    (void)cell.toDouble(&number);
    return !number;
}

QString CsvFormulaGuard::neutralised(const QString &cell)
{
    return looksLikeFormula(cell) ? QLatin1Char('\'') + cell : cell;
}
