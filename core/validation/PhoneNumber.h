#pragma once

#include "ValidationResult.h"

#include <QCoreApplication>
#include <QString>

// Mainland China phone numbers as written on forms: mobiles (11 digits starting
// 13–19, optional +86), and landlines with an area code (0 + 2–3 digits, 7–8 digit
// number, optional extension).
class PhoneNumber final
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    static ValidationResult validate(const QString &text);
    // Keeps the first three and last four digits: 138****5678.
    static QString masked(const QString &phone);
};
