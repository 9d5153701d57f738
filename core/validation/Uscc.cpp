#include "Uscc.h"

#include "DivisionCodes.h"
#include "TextNormalizer.h"

#include <array>

namespace {

const int kUsccWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
const int kOrgWeights[8] = {3, 7, 9, 10, 5, 8, 4, 2};

// In the organisation code letters count as 10..35 (A..Z), digits as themselves.
int orgValue(QChar c)
{
    return c.isDigit() ? c.digitValue() : c.unicode() - u'A' + 10;
}

} // namespace

namespace {

// A character's value in the USCC alphabet, -1 if it is not in it.
int usccValue(QChar c)
{
    static const std::array<qint8, 128> values = [] {
        std::array<qint8, 128> table;
        table.fill(-1);
        const char *chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        for (int i = 0; chars[i]; ++i)
            table[size_t(chars[i])] = qint8(i);
        return table;
    }();
    return c.unicode() < 128 ? values[c.unicode()] : -1;
}

} // namespace

const QString &Uscc::alphabet()
{
    static const QString chars = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    return chars;
}

QChar Uscc::checkCharacter(QStringView first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += usccValue(first17.at(i)) * kUsccWeights[i];
    return alphabet().at((31 - sum % 31) % 31);
}

QChar Uscc::organisationCheckCharacter(QStringView first8)
{
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += orgValue(first8.at(i)) * kOrgWeights[i];
    const int check = 11 - sum % 11;
    if (check == 10)
        return u'X';
    return QChar(char16_t(u'0' + check % 11));
}

QString Uscc::compose(QChar authority, QChar type, const QString &division6, const QString &orgBody8)
{
    QString code = QString(authority) + type + division6 + orgBody8;
    code += organisationCheckCharacter(QStringView(orgBody8));
    code += checkCharacter(QStringView(code));
    return code;
}

ValidationResult Uscc::validate(const QString &text)
{
    const QString code = TextNormalizer::code(text);
    if (code.isEmpty())
        return ValidationResult::error(tr("The unified social credit code is empty."));
    if (code.size() != Length)
        return ValidationResult::error(
            tr("A unified social credit code has 18 characters; this one has %1.").arg(code.size()));
    for (int i = 0; i < Length; ++i) {
        if (usccValue(code.at(i)) < 0)
            return ValidationResult::error(
                tr("Character %1 at position %2 is not allowed (the letters I, O, Z, S and V are never used).")
                    .arg(code.at(i))
                    .arg(i + 1));
    }
    static const QString authorities = QStringLiteral("123456789ANY");
    if (!authorities.contains(code.at(0)))
        return ValidationResult::error(
            tr("The first character (registration authority) cannot be %1.").arg(code.at(0)));
    const QChar type = code.at(1);
    if (code.at(0) == u'9' ? !QStringLiteral("123").contains(type) : !(type.isDigit() && type != u'0'))
        return ValidationResult::error(
            tr("The second character (entity type) cannot be %1 for registration authority %2.")
                .arg(type)
                .arg(code.at(0)));
    const QStringView division = QStringView(code).mid(2, 6);
    for (const QChar c : division) {
        if (!c.isDigit())
            return ValidationResult::error(
                tr("Characters 3–8 must be a six-digit administrative division code; %1 is not.").arg(division.toString()));
    }
    if (!DivisionCodes::isProvinceCode(division.left(2)))
        return ValidationResult::error(
            tr("Characters 3–8 (%1) do not start with a province code.").arg(division.toString()));
    const QChar orgExpected = organisationCheckCharacter(QStringView(code).mid(8, 8));
    if (code.at(16) != orgExpected)
        return ValidationResult::error(
            tr("The organisation code (characters 9–17) ends in %1, but its first eight characters give %2.")
                .arg(code.at(16))
                .arg(orgExpected));
    const QChar expected = checkCharacter(QStringView(code).left(17));
    if (code.at(17) != expected)
        return ValidationResult::error(
            tr("The check character is %1, but the first 17 characters give %2.").arg(code.at(17)).arg(expected));
    return ValidationResult::ok();
}
