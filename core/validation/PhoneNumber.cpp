#include "PhoneNumber.h"

#include "TextNormalizer.h"

#include <QRegularExpression>

#include <algorithm>

ValidationResult PhoneNumber::validate(const QString &text)
{
    // Most rosters hold plain mobile numbers: those pass without the copies and patterns below.
    if (text.size() == 11 && text.at(0) == u'1' && text.at(1) >= u'3' && text.at(1) <= u'9'
        && std::all_of(text.cbegin() + 2, text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return ValidationResult::ok();
    QString phone = TextNormalizer::toHalfWidth(text).trimmed();
    if (phone.isEmpty())
        return ValidationResult::error(tr("The phone number is empty."));
    phone.remove(u' ');
    phone.replace(QStringLiteral("转"), QStringLiteral("-"));
    if (phone.startsWith(u"+86"))
        phone = phone.mid(3);
    static const QRegularExpression allowed(QStringLiteral("^[0-9\\-()]+$"));
    if (!allowed.match(phone).hasMatch())
        return ValidationResult::error(tr("A phone number may hold only digits, spaces, brackets and dashes."));
    QString digits = phone;
    digits.remove(u'(').remove(u')');
    if (digits.startsWith(u'1')) {
        static const QRegularExpression mobile(QStringLiteral("^1[3-9][0-9]{9}$"));
        if (!mobile.match(digits).hasMatch())
            return ValidationResult::error(
                tr("A mobile number has 11 digits and starts with 13 to 19; %1 does not fit.").arg(text.trimmed()));
        return ValidationResult::ok();
    }
    if (digits.startsWith(u'0')) {
        static const QRegularExpression landline(QStringLiteral("^0[1-9][0-9]{1,2}-?[2-9][0-9]{6,7}(-[0-9]{1,6})?$"));
        if (!landline.match(digits).hasMatch())
            return ValidationResult::error(
                tr("A landline needs an area code starting with 0 and a 7- or 8-digit number; %1 does not fit.")
                    .arg(text.trimmed()));
        return ValidationResult::ok();
    }
    return ValidationResult::error(
        tr("A phone number starts with 1 (mobile) or 0 (area code); %1 does not.").arg(text.trimmed()));
}

QString PhoneNumber::masked(const QString &phone)
{
    if (phone.size() < 8)
        return QString(phone.size(), u'*');
    return phone.left(3) + QString(phone.size() - 7, u'*') + phone.right(4);
}
