#include "ResidentId.h"

#include "DivisionCodes.h"
#include "TextNormalizer.h"

#include <ctime>

namespace {
const int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
}

QChar ResidentId::checkCharacter(QStringView first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17.at(i).digitValue() * kWeights[i];
    return QStringLiteral("10X98765432").at(sum % 11);
}

QDate ResidentId::birthDate(const QString &validId)
{
    // Digits by hand: QDate::fromString with a format is slow for a million rows.
    if (validId.size() < 14)
        return {};
    auto digits = [&validId](int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; ++i) {
            const int d = validId.at(i).digitValue();
            if (d < 0)
                return -1;
            v = v * 10 + d;
        }
        return v;
    };
    const int y = digits(6, 4), m = digits(10, 2), d = digits(12, 2);
    return y < 0 || m < 0 || d < 0 ? QDate() : QDate(y, m, d);
}

QString ResidentId::masked(const QString &id)
{
    if (id.size() < 10)
        return QString(id.size(), u'*');
    return id.left(6) + QString(id.size() - 10, u'*') + id.right(4);
}

namespace {

// QDate::currentDate() reads the time zone (a stat of /etc/localtime) every call; a
// million-row roster asked it a million times. Once a minute is enough.
QDate cachedToday()
{
    thread_local std::time_t minute = -1;
    thread_local QDate today;
    const std::time_t now = std::time(nullptr) / 60;
    if (now != minute) {
        minute = now;
        today = QDate::currentDate();
    }
    return today;
}

} // namespace

ValidationResult ResidentId::validate(const QString &text, const QDate &asOf)
{
    const QString id = TextNormalizer::code(text);
    if (id.isEmpty())
        return ValidationResult::error(tr("The ID number is empty."));
    if (id.size() == 15)
        return ValidationResult::error(
            tr("This is an old 15-digit ID number; the 18-digit number is required."));
    if (id.size() != Length)
        return ValidationResult::error(tr("An ID number has 18 characters; this one has %1.").arg(id.size()));
    for (int i = 0; i < 17; ++i) {
        if (!id.at(i).isDigit() || id.at(i).unicode() > u'9')
            return ValidationResult::error(
                tr("Character %1 at position %2 must be a digit.").arg(id.at(i)).arg(i + 1));
    }
    const QChar last = id.at(17);
    if (!(last.isDigit() && last.unicode() <= u'9') && last != u'X')
        return ValidationResult::error(tr("The last character must be a digit or X, not %1.").arg(last));
    if (!DivisionCodes::isProvinceCode(QStringView(id).left(2)) || QStringView(id).left(2) == u"10")
        return ValidationResult::error(tr("The first six digits (%1) are not a valid region code.").arg(id.left(6)));
    const QDate birth = birthDate(id);
    if (!birth.isValid())
        return ValidationResult::error(tr("Digits 7–14 (%1) are not a valid date of birth.").arg(id.mid(6, 8)));
    const QDate today = asOf.isValid() ? asOf : cachedToday();
    if (birth.year() < 1850 || birth > today)
        return ValidationResult::error(
            tr("The date of birth %1 is not plausible.").arg(birth.toString(Qt::ISODate)));
    const QChar expected = checkCharacter(QStringView(id).left(17));
    if (last != expected)
        return ValidationResult::error(
            tr("The check character is %1, but the first 17 digits give %2.").arg(last).arg(expected));
    return ValidationResult::ok();
}
