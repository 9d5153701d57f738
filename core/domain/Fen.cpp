#include "Fen.h"

#include "validation/TextNormalizer.h"

#include <QRegularExpression>

std::optional<Fen> Fen::fromYuan(const QString &text)
{
    QString plain = TextNormalizer::toHalfWidth(text).trimmed();
    if (plain.endsWith(u'元'))
        plain.chop(1);
    plain.remove(u',');
    // 13 digits of yuan keep fen well inside qint64.
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,13})(?:\\.(\\d{0,2}))?$"));
    const QRegularExpressionMatch m = pattern.match(plain.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QString fraction = m.captured(2).leftJustified(2, u'0');
    return Fen(m.captured(1).toLongLong() * 100 + fraction.toLongLong());
}

std::optional<Fen> Fen::fromWanYuan(const QString &text)
{
    QString plain = TextNormalizer::toHalfWidth(text).trimmed();
    if (plain.endsWith(u"万元"))
        plain.chop(2);
    plain.remove(u',');
    // 10 digits of 万元 keep fen (× 1,000,000) well inside qint64; decimals beyond the
    // sixth (a hundredth of a fen) must be zeros.
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,10})(?:\\.(\\d*))?$"));
    const QRegularExpressionMatch m = pattern.match(plain.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    QString fraction = m.captured(2);
    while (fraction.size() > 6 && fraction.endsWith(u'0'))
        fraction.chop(1);
    if (fraction.size() > 6)
        return std::nullopt;
    return Fen(m.captured(1).toLongLong() * 1000000 + fraction.leftJustified(6, u'0').toLongLong());
}

QString Fen::yuan(const QLocale &locale) const
{
    const qint64 magnitude = m_fen < 0 ? -m_fen : m_fen;
    QString text = locale.toString(magnitude / 100) + locale.decimalPoint()
        + locale.toString(magnitude % 100).rightJustified(2, locale.zeroDigit().at(0));
    return m_fen < 0 ? locale.negativeSign() + text : text;
}

QString Fen::plainYuan() const
{
    return yuan(QLocale::c()).remove(u',');
}
