#pragma once

#include "credit/CreditRuleBook.h"
#include "discretion/CaseDocuments.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

// Credit-repair help: from the credit engine, the negative events whose minimum
// publicity period has passed and that still count (so their enterprise may now apply
// for repair), a notice to send the enterprise, and the applications the service
// helped with.
class RepairHelp final
{
    Q_DECLARE_TR_FUNCTIONS(RepairHelp)

public:
    struct Candidate
    {
        qint64 eventId = 0;
        QString enterprise;
        QString uscc;
        QString eventName;
        QDate eventDate;
        QDate repairableFrom;
        QDate publicityEnd;
        QDate noticedOn; // invalid: no notice sent yet
    };

    static QList<Candidate> candidates(const QSqlDatabase &db, const CreditRuleBook &book, const QDate &asOf);
    // The notice, from the template repair_help_notice of the document templates.
    static CaseDocuments::Document notice(const Candidate &candidate, const QJsonObject &templates, const QDate &on);
    static void recordNotice(const QSqlDatabase &db, qint64 eventId, const QDate &on);
    // Applies for the enterprise (CreditRepairStore::apply) and marks it helped.
    static qint64 applyHelped(const QSqlDatabase &db, const CreditRuleBook &book, qint64 eventId, const QDate &on);
};
