#pragma once

#include <QString>

// Spreadsheets from government offices mix full-width and half-width characters and
// carry stray spaces; codes are compared only after this normalisation.
class TextNormalizer final
{
public:
    // Full-width ASCII (U+FF01..U+FF5E) and the ideographic space to half-width.
    static QString toHalfWidth(const QString &text);
    // Half-width, all whitespace removed, letters upper-cased: for codes like a USCC.
    static QString code(const QString &text);
    // Trimmed, inner runs of white space as one space (QString::simplified), without a
    // copy when the text is already so.
    static QString simplified(const QString &text);
};
