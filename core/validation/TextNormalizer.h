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
    // QChar::isSpace, answering ASCII and everything above U+3000 (Chinese text) without
    // Qt's Unicode table, which a million-row import asked for every character of every name.
    static bool isSpace(QChar c)
    {
        const char16_t u = c.unicode();
        if (u < 0x80)
            return u == u' ' || (u >= 0x09 && u <= 0x0d);
        return u <= 0x3000 && c.isSpace();
    }
};
