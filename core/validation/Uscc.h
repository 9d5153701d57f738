#pragma once

#include "ValidationResult.h"

#include <QCoreApplication>
#include <QString>

// 统一社会信用代码, GB 32100-2015: 18 characters from a 31-character alphabet
// (no I, O, Z, S, V): registration authority, entity type, 6-digit division code,
// 9-character organisation code (GB 11714, with its own check character) and a
// final mod-31 check character.
class Uscc final
{
    Q_DECLARE_TR_FUNCTIONS(Uscc)

public:
    static constexpr int Length = 18;
    static const QString &alphabet();

    // Validates after TextNormalizer::code (spaces, full-width and case forgiven).
    static ValidationResult validate(const QString &text);

    // Check characters; the inputs must already be in the alphabet.
    static QChar checkCharacter(QStringView first17);
    static QChar organisationCheckCharacter(QStringView first8);

    // Builds a valid code from its parts (used by the demo generator and tests).
    static QString compose(QChar authority, QChar type, const QString &division6, const QString &orgBody8);
};
