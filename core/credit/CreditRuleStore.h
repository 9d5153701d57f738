#pragma once

#include "CreditRuleBook.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// The rule versions kept in the database (credit_rule_set). The shipped version 1 is
// written on first use; later versions are added, never edited, so every past score
// stays explainable.
class CreditRuleStore final
{
    Q_DECLARE_TR_FUNCTIONS(CreditRuleStore)

public:
    static CreditRuleBook load(const QSqlDatabase &db);
    // Validates and stores a new version; throws Refusal naming the
    // problem, and then nothing is stored.
    static CreditRuleSet addVersion(const QSqlDatabase &db, const QByteArray &json, const QString &source);
    static QByteArray versionJson(const QSqlDatabase &db, int version);

    struct VersionInfo
    {
        int version = 0;
        QDate effectiveFrom;
        QString title;
        QString createdAt;
        QString createdBy;
    };
    static QList<VersionInfo> versionList(const QSqlDatabase &db);
};
