#pragma once

#include <QLocale>
#include <QString>

#include <optional>
#include <type_traits>

// Money in whole fen (分), the unit every amount is stored and summed in: never a double,
// so a sum, a band's edge or 0.29 yuan is exact. Made from a count of fen or read from
// text in yuan or 万元; shown in yuan from the integer, without rounding.
class Fen final
{
public:
    constexpr Fen() = default;
    constexpr explicit Fen(qint64 fen)
        : m_fen(fen)
    {
    }
    // An amount never comes from a floating-point number.
    template<typename Floating, typename = std::enable_if_t<std::is_floating_point_v<Floating>>>
    Fen(Floating) = delete;

    // "1,200.5", "300元", "１２００" (full width): exact; nothing for more than two decimals,
    // a sign or anything that is not a number.
    static std::optional<Fen> fromYuan(const QString &text);
    // 万元 as the 双公示 standard writes it (0.35 = 3,500 yuan): nothing when it is not a whole
    // number of fen (more than six decimals that are not zeros).
    static std::optional<Fen> fromWanYuan(const QString &text);

    constexpr qint64 count() const { return m_fen; }
    // "18,500.50" with the locale's separators; "18500.50" for a field the user edits.
    QString yuan(const QLocale &locale = QLocale()) const;
    QString plainYuan() const;

    constexpr Fen operator+(Fen other) const { return Fen(m_fen + other.m_fen); }
    constexpr Fen operator-(Fen other) const { return Fen(m_fen - other.m_fen); }
    constexpr bool operator==(Fen other) const { return m_fen == other.m_fen; }
    constexpr bool operator!=(Fen other) const { return m_fen != other.m_fen; }
    constexpr bool operator<(Fen other) const { return m_fen < other.m_fen; }
    constexpr bool operator<=(Fen other) const { return m_fen <= other.m_fen; }
    constexpr bool operator>(Fen other) const { return m_fen > other.m_fen; }
    constexpr bool operator>=(Fen other) const { return m_fen >= other.m_fen; }

private:
    qint64 m_fen = 0;
};
