#include "TextNormalizer.h"

#include <algorithm>

QString TextNormalizer::toHalfWidth(const QString &text)
{
    // Most cells have nothing full-width: hand back the same (shared) string.
    const auto fullWidth = [](QChar c) { return (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E) || c.unicode() == 0x3000; };
    if (std::none_of(text.cbegin(), text.cend(), fullWidth))
        return text;
    QString result = text;
    for (QChar &c : result) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            c = QChar(u' ');
    }
    return result;
}

QString TextNormalizer::code(const QString &text)
{
    QString result;
    const QString half = toHalfWidth(text);
    result.reserve(half.size());
    for (const QChar c : half) {
        if (!c.isSpace())
            result.append(c.toUpper());
    }
    return result;
}
