#pragma once

#include "CreditEngine.h"
#include "CreditRuleBook.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

// The good-credit sandbox (优信豁免沙盒): the program proposes eligible enterprises,
// a supervisor admits them by a decision; exits are made by CreditRecomputer when a
// red line is hit or eligibility is lost.
class SandboxStore final
{
    Q_DECLARE_TR_FUNCTIONS(SandboxStore)

public:
    // Why a member left, as stored: a code with its values (JSON), shown through
    // exitReasonText in the reader's language. Older files hold a sentence: shown as it is.
    static QString exitReasonCode(const CreditResult &result);
    static QString exitReasonText(const QString &stored);
    struct Candidate
    {
        qint64 enterpriseId = 0;
        QString uscc;
        QString name;
        int score = 0;
    };
    struct Membership
    {
        qint64 id = 0;
        qint64 enterpriseId = 0;
        QString uscc;
        QString name;
        QDate entered;
        QString decisionNo;
        QDate exited;
        QString exitReason;
    };

    // Eligible on `asOf` and not members; reads the cached scores to narrow the search,
    // so bring them up to date (CreditRecomputer) first.
    static QList<Candidate> propose(const QSqlDatabase &db, const CreditRuleBook &book, const QDate &asOf);
    static qint64 admit(const QSqlDatabase &db, const CreditRuleBook &book, qint64 enterpriseId, const QDate &on,
                        const QString &decisionNo);
    static QList<Membership> members(const QSqlDatabase &db, const QDate &asOf);
    static QList<Membership> exits(const QSqlDatabase &db, const QDate &from, const QDate &to);
};
