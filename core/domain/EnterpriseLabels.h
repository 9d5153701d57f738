#pragma once

#include <QCoreApplication>
#include <QString>

// Display names for the codes stored in the enterprise tables (status, credit tier),
// translated; the database keeps the stable English codes.
class EnterpriseLabels final
{
    Q_DECLARE_TR_FUNCTIONS(EnterpriseLabels)

public:
    static QString status(const QString &code);
    static QString creditEventKind(const QString &code);
};
