#pragma once

#include "util/Refusal.h"

#include <QStringList>

// An import stopped because records were changed in both files since the last exchange:
// a refusal (nothing was changed) that names them, so that a window can ask whose
// version stands and import again.
class ExchangeConflict final : public Refusal
{
public:
    ExchangeConflict(QString message, QStringList records)
        : Refusal(std::move(message), records.join(QLatin1Char('\n')))
        , m_records(std::move(records))
    {
    }

    const QStringList &records() const { return m_records; }

private:
    QStringList m_records;
};
