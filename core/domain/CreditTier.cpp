#include "CreditTier.h"

namespace {

// In enum order; the codes are the schema's.
const char *const kCodes[] = {"A", "B", "C", "D"};

} // namespace

std::optional<CreditTier> CreditTier::fromCode(const QString &code)
{
    for (int i = 0; i <= D; ++i) {
        if (code == QLatin1String(kCodes[i]))
            return CreditTier(Value(i));
    }
    return std::nullopt;
}

QList<CreditTier> CreditTier::all()
{
    QList<CreditTier> list;
    for (int i = 0; i <= D; ++i)
        list.append(CreditTier(Value(i)));
    return list;
}

QStringList CreditTier::codes()
{
    QStringList list;
    for (const char *code : kCodes)
        list.append(QString::fromLatin1(code));
    return list;
}

QString CreditTier::nameOf(const QString &code)
{
    const std::optional<CreditTier> value = fromCode(code);
    return value ? value->name() : tr("Not scored");
}

QString CreditTier::code() const
{
    return QString::fromLatin1(kCodes[m_value]);
}

QString CreditTier::name() const
{
    switch (m_value) {
    case A:
        return tr("A (low risk)");
    case B:
        return tr("B (moderate risk)");
    case C:
        return tr("C (elevated risk)");
    case D:
        return tr("D (high risk)");
    }
    return code();
}
