#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Where a supervision clue stands (glossary: Clue), in workflow order: received, assigned
// (督办), returned by the department, responded, rectified, verified, closed.
class ClueState final
{
    Q_DECLARE_TR_FUNCTIONS(ClueState)

public:
    enum Value { Received, Assigned, Returned, Responded, Rectified, Verified, Closed };

    constexpr ClueState(Value value)
        : m_value(value)
    {
    }
    // Empty for a text that is no code of this type.
    static std::optional<ClueState> fromCode(const QString &code);
    static QList<ClueState> all();
    static QStringList codes();
    // The name of a stored code, or the code itself when it is none.
    static QString nameOf(const QString &code);

    QString code() const;
    QString name() const;
    constexpr Value value() const { return m_value; }
    constexpr bool operator==(ClueState other) const { return m_value == other.m_value; }
    constexpr bool operator!=(ClueState other) const { return m_value != other.m_value; }

private:
    Value m_value;
};
