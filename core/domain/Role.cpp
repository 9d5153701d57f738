#include "Role.h"

namespace {

// In enum order; the codes are the schema's.
const char *const kCodes[] = {"viewer", "clerk", "supervisor", "admin"};

} // namespace

std::optional<Role> Role::fromCode(const QString &code)
{
    for (int i = 0; i <= Admin; ++i) {
        if (code == QLatin1String(kCodes[i]))
            return Role(Value(i));
    }
    return std::nullopt;
}

QList<Role> Role::all()
{
    QList<Role> list;
    for (int i = 0; i <= Admin; ++i)
        list.append(Role(Value(i)));
    return list;
}

QStringList Role::codes()
{
    QStringList list;
    for (const char *code : kCodes)
        list.append(QString::fromLatin1(code));
    return list;
}

QString Role::nameOf(const QString &code)
{
    const std::optional<Role> value = fromCode(code);
    return value ? value->name() : code;
}

QString Role::code() const
{
    return QString::fromLatin1(kCodes[m_value]);
}

QString Role::name() const
{
    switch (m_value) {
    case Viewer:
        return tr("Viewer");
    case Clerk:
        return tr("Clerk");
    case Supervisor:
        return tr("Supervisor");
    case Admin:
        return tr("Administrator");
    }
    return code();
}
