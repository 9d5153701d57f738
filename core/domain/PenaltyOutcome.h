#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The outcome a penalty decision records (glossary: NoPenalty, Reduced, Lighter, Standard,
// Heavier), and Unstated for a published record that does not say which band it used.
// Stored by its code; shown by its name in the reader's language. What the law allows in a
// case before it is decided is DiscretionAssessment's, not this.
class PenaltyOutcome final
{
    Q_DECLARE_TR_FUNCTIONS(PenaltyOutcome)

public:
    enum Value { NoPenalty, Reduced, Lighter, Standard, Heavier, Unstated };

    constexpr PenaltyOutcome(Value value = Standard)
        : m_value(value)
    {
    }
    // Empty for a text that is no outcome's code.
    static std::optional<PenaltyOutcome> fromCode(const QString &code);
    // What a decision may record, from the most lenient: every outcome but Unstated.
    static QList<PenaltyOutcome> decidable();
    static QStringList decidableCodes();

    QString code() const;
    QString name() const;
    // No penalty, reduced or lighter: a lenient case (DESIGN.md §5).
    bool isLenient() const { return m_value == NoPenalty || m_value == Reduced || m_value == Lighter; }
    constexpr Value value() const { return m_value; }
    constexpr bool operator==(PenaltyOutcome other) const { return m_value == other.m_value; }
    constexpr bool operator!=(PenaltyOutcome other) const { return m_value != other.m_value; }

private:
    Value m_value;
};
