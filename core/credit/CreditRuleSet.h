#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

// One version of the county's credit rules (resources/credit/rules-v1.json is the
// DESIGN.md default). parse() validates everything and names the offending key.
struct CreditRuleSet
{
    Q_DECLARE_TR_FUNCTIONS(CreditRuleSet)

public:
    struct EventRule
    {
        QString kind;
        QString name;
        int points = 0;
        int yearlyCap = 0;        // 0 = no cap; positive events only
        QString publicityClass;   // negative events: how long they count
        bool penalty = false;     // counts against sandbox "no penalty in N months"
        bool redLine = false;
        QString article;          // the rule's article, quoted in explanations
    };
    struct PublicityClass
    {
        QString name;
        int minMonths = 0; // repair possible from here
        int maxMonths = 0; // stops counting here unless the decision set an earlier end
    };

    int version = 0;
    QDate effectiveFrom;
    QString title;
    int basePoints = 100;
    QHash<QString, EventRule> events;
    QHash<QString, PublicityClass> publicity;
    int tierA = 100, tierB = 85, tierC = 70; // lower bounds
    QHash<QString, int> samplingPercent;     // per tier
    QString redLineTier = QStringLiteral("D");
    int redLineMonths = 12;
    QStringList redLineList;
    int sandboxMinScore = 105;
    int sandboxPenaltyFreeMonths = 24;
    int sandboxRedLineFreeMonths = 36; // re-entry after a red line waits this long
    QStringList excludedIndustries;

    QString tierFor(int score) const;
    const EventRule *rule(const QString &kind) const;

    // Throws Refusal naming source and key when anything is wrong.
    static CreditRuleSet parse(const QByteArray &json, const QString &source);
    static QByteArray defaultJson();
};
