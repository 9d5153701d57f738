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
    // Already a code (digits and capitals, nothing else): the same string, no copy.
    const auto plain = [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z'); };
    if (std::all_of(text.cbegin(), text.cend(), plain))
        return text;
    QString result;
    const QString half = toHalfWidth(text);
    result.reserve(half.size());
    for (const QChar c : half) {
        if (!isSpace(c))
            result.append(c.toUpper());
    }
    return result;
}

QString TextNormalizer::simplified(const QString &text)
{
    bool plain = text.isEmpty() || (!isSpace(text.front()) && !isSpace(text.back()));
    for (qsizetype i = 0; plain && i < text.size(); ++i) {
        const QChar c = text.at(i);
        // Only a single ' ' between words stays as it is.
        if (isSpace(c) && (c != u' ' || isSpace(text.at(i + 1))))
            plain = false;
    }
    return plain ? text : text.simplified();
}
