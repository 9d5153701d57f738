#include "PinyinInitials.h"

#include <QStringEncoder>

#include <array>
#include <iterator>

namespace {

// First GB 2312 code of each initial in the pinyin-ordered first level (B0A1–D7F9);
// no syllable starts with i, u or v.
struct Boundary
{
    quint16 code;
    char initial;
};
constexpr std::array<Boundary, 23> kBoundaries = {{
    {0xB0A1, 'A'}, {0xB0C5, 'B'}, {0xB2C1, 'C'}, {0xB4EE, 'D'}, {0xB6EA, 'E'}, {0xB7A2, 'F'},
    {0xB8C1, 'G'}, {0xB9FE, 'H'}, {0xBBF7, 'J'}, {0xBFA6, 'K'}, {0xC0AC, 'L'}, {0xC2E8, 'M'},
    {0xC4C3, 'N'}, {0xC5B6, 'O'}, {0xC5BE, 'P'}, {0xC6DA, 'Q'}, {0xC8BB, 'R'}, {0xC8F6, 'S'},
    {0xCBFA, 'T'}, {0xCDDA, 'W'}, {0xCEF4, 'X'}, {0xD1B9, 'Y'}, {0xD4D1, 'Z'},
}};
constexpr quint16 kLastFirstLevel = 0xD7F9;

QChar initialOf(QStringEncoder &encoder, QChar c)
{
    const QByteArray bytes = encoder.isValid() ? QByteArray(encoder.encode(QString(c))) : QByteArray();
    if (bytes.size() != 2)
        return QLatin1Char('?');
    const quint16 code = quint16((quint8(bytes.at(0)) << 8) | quint8(bytes.at(1)));
    if (code < kBoundaries.front().code || code > kLastFirstLevel)
        return QLatin1Char('?');
    char initial = '?';
    for (const Boundary &b : kBoundaries) {
        if (code < b.code)
            break;
        initial = b.initial;
    }
    return QLatin1Char(initial);
}

} // namespace

QString PinyinInitials::of(const QString &text)
{
    QStringEncoder encoder("GB18030");
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() && c.unicode() < 0x80)
            out.append(c.toUpper());
        else if (c.script() == QChar::Script_Han)
            out.append(initialOf(encoder, c));
    }
    return out;
}

bool PinyinInitials::isAbbreviation(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() < 2)
        return false;
    for (const QChar c : t) {
        if (!(c.unicode() < 0x80 && c.isLetter()))
            return false;
    }
    return true;
}
