#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// An enterprise's credit tier (glossary: CreditTier), A (low risk) to D (high risk), as
// the schema stores it; an enterprise not yet scored has none.
class CreditTier final
{
    Q_DECLARE_TR_FUNCTIONS(CreditTier)

public:
    enum Value { A, B, C, D };

    constexpr CreditTier(Value value)
        : m_value(value)
    {
    }
    // Empty for a text that is no code of this type.
    static std::optional<CreditTier> fromCode(const QString &code);
    static QList<CreditTier> all();
    static QStringList codes();
    // The name of a stored code, or "Not scored" for one that is none.
    static QString nameOf(const QString &code);

    QString code() const;
    QString name() const;
    constexpr Value value() const { return m_value; }
    constexpr bool operator==(CreditTier other) const { return m_value == other.m_value; }
    constexpr bool operator!=(CreditTier other) const { return m_value != other.m_value; }

private:
    Value m_value;
};
