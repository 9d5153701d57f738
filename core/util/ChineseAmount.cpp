#include "ChineseAmount.h"

#include <QList>

QString ChineseAmount::uppercase(qint64 fen)
{
    static const QString digits = QStringLiteral("零壹贰叁肆伍陆柒捌玖");
    static const QString units[] = {QString(), QStringLiteral("拾"), QStringLiteral("佰"), QStringLiteral("仟")};
    static const QString groups[] = {QString(), QStringLiteral("万"), QStringLiteral("亿"), QStringLiteral("万亿")};
    if (fen < 0)
        return QStringLiteral("负") + uppercase(-fen);
    qint64 yuan = fen / 100;
    const int jiao = int(fen / 10 % 10);
    const int cents = int(fen % 10);

    QList<int> parts; // groups of four digits, lowest first
    for (qint64 rest = yuan; rest > 0; rest /= 10000)
        parts.append(int(rest % 10000));
    QString text;
    bool any = false, pendingZero = false;
    for (qsizetype g = parts.size() - 1; g >= 0; --g) {
        const int part = parts.at(g);
        if (part == 0) {
            pendingZero = any;
            continue;
        }
        for (int pos = 3, scale = 1000; pos >= 0; --pos, scale /= 10) {
            const int d = part / scale % 10;
            if (d == 0) {
                pendingZero = pendingZero || any;
                continue;
            }
            if (pendingZero)
                text += digits.at(0);
            pendingZero = false;
            text += digits.at(d) + units[pos];
            any = true;
        }
        text += groups[qMin<qsizetype>(g, 3)];
    }
    if (jiao == 0 && cents == 0)
        return (any ? text : QString(digits.at(0))) + QStringLiteral("元整");
    if (any)
        text += QStringLiteral("元");
    if (jiao > 0)
        text += digits.at(jiao) + QStringLiteral("角");
    else if (any)
        text += digits.at(0);
    if (cents > 0)
        text += digits.at(cents) + QStringLiteral("分");
    return text;
}
