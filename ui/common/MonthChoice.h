#pragma once

#include <QDate>

class QComboBox;

// A month selector that offers only months that have begun: the running one (marked as
// not over, its figures being as of today) and five years back, newest first. Typing
// "2026-10" finds a month; no arrow jumps a year.
class MonthChoice final
{
public:
    static constexpr int kMonths = 60;
    enum class Default { Running, LastComplete };

    static void fill(QComboBox *box, Default choice, const QDate &today = QDate::currentDate());
    static QDate month(const QComboBox *box); // the first day of the chosen month
    // Chooses the month of `anyDay`; false (and no change) when it is not offered.
    static bool select(QComboBox *box, const QDate &anyDay);
};
