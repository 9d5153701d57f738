#include "ClueState.h"

namespace {

// In enum order; the codes are the schema's.
const char *const kCodes[] = {"received", "assigned", "returned", "responded", "rectified", "verified", "closed"};

} // namespace

std::optional<ClueState> ClueState::fromCode(const QString &code)
{
    for (int i = 0; i <= Closed; ++i) {
        if (code == QLatin1String(kCodes[i]))
            return ClueState(Value(i));
    }
    return std::nullopt;
}

QList<ClueState> ClueState::all()
{
    QList<ClueState> list;
    for (int i = 0; i <= Closed; ++i)
        list.append(ClueState(Value(i)));
    return list;
}

QStringList ClueState::codes()
{
    QStringList list;
    for (const char *code : kCodes)
        list.append(QString::fromLatin1(code));
    return list;
}

QString ClueState::nameOf(const QString &code)
{
    const std::optional<ClueState> value = fromCode(code);
    return value ? value->name() : code;
}

QString ClueState::code() const
{
    return QString::fromLatin1(kCodes[m_value]);
}

QString ClueState::name() const
{
    switch (m_value) {
    case Received:
        return tr("Received");
    case Assigned:
        return tr("Assigned");
    case Returned:
        return tr("Returned");
    case Responded:
        return tr("Responded");
    case Rectified:
        return tr("Rectified");
    case Verified:
        return tr("Verified");
    case Closed:
        return tr("Closed");
    }
    return code();
}
