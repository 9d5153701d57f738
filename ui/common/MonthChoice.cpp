#include "MonthChoice.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QSignalBlocker>

void MonthChoice::fill(QComboBox *box, Default choice, const QDate &today)
{
    const QSignalBlocker quiet(box);
    box->clear();
    const QDate running(today.year(), today.month(), 1);
    for (int i = 0; i < kMonths; ++i) {
        const QDate m = running.addMonths(-i);
        const QString name = m.toString(QStringLiteral("yyyy-MM"));
        box->addItem(i == 0 ? QCoreApplication::translate("MonthChoice", "%1 (not over yet)").arg(name) : name, m);
    }
    box->setCurrentIndex(choice == Default::Running ? 0 : 1);
    // "2026-12（本月尚未结束）" whole, not clipped to the width of a bare month.
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

QDate MonthChoice::month(const QComboBox *box)
{
    return box->currentData().toDate();
}

bool MonthChoice::select(QComboBox *box, const QDate &anyDay)
{
    if (!anyDay.isValid())
        return false;
    const int index = box->findData(QDate(anyDay.year(), anyDay.month(), 1));
    if (index < 0)
        return false;
    box->setCurrentIndex(index);
    return true;
}
