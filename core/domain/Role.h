#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What a user may do (the roles of DESIGN.md), from least to most: a viewer reads, a clerk
// records, a supervisor also decides and changes the county's lists, an administrator
// also manages users, copies and restores the file. Stored by its code.
class Role final
{
    Q_DECLARE_TR_FUNCTIONS(Role)

public:
    enum Value { Viewer, Clerk, Supervisor, Admin };

    constexpr Role(Value value)
        : m_value(value)
    {
    }
    // Empty for a text that is no code of this type.
    static std::optional<Role> fromCode(const QString &code);
    static QList<Role> all();
    static QStringList codes();
    // The name of a stored code, or the code itself when it is none.
    static QString nameOf(const QString &code);

    QString code() const;
    QString name() const;
    // 0 viewer … 3 administrator; a role may what every lower one may.
    constexpr int rank() const { return int(m_value); }
    constexpr Value value() const { return m_value; }
    constexpr bool operator==(Role other) const { return m_value == other.m_value; }
    constexpr bool operator!=(Role other) const { return m_value != other.m_value; }

private:
    Value m_value;
};
