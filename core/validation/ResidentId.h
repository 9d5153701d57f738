#pragma once

#include "ValidationResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

// 居民身份证号, GB 11643-1999: 6-digit division code, birth date YYYYMMDD,
// 3-digit sequence (odd for men), ISO 7064 MOD 11-2 check character (0-9 or X).
class ResidentId final
{
    Q_DECLARE_TR_FUNCTIONS(ResidentId)

public:
    static constexpr int Length = 18;

    // asOf bounds the birth date (no one is born in the future); default today.
    static ValidationResult validate(const QString &text, const QDate &asOf = QDate());
    static QChar checkCharacter(QStringView first17);
    static QDate birthDate(const QString &validId);

    // Shows the region and the last four characters only, for screens and exports.
    static QString masked(const QString &id);
};
