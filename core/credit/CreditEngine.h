#pragma once

#include "CreditRuleBook.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// One credit event as the engine sees it.
struct CreditEventInput
{
    qint64 id = 0;
    QDate date;
    QString kind;
    int kindId = -1;      // CreditRuleBook::kindId(kind); bulk readers set it, others may leave -1
    int storedPoints = 0; // used only for kind "manual"
    bool redLine = false;
    QDate publicityEnd;   // the last day it is shown, when the decision fixed it; else the rule's maximum
    QString publicityClass; // set when the event's domain lengthens its kind's class
    QDate repairedOn;     // credit repair granted on this date
    QString reason;
};

struct CreditFacts
{
    QString industryCode;
    QString status = QStringLiteral("active");
};

struct CreditExplanationEntry
{
    qint64 eventId = 0;
    QDate date;
    QString kind;
    QString name;
    int rulePoints = 0; // what the rule gives
    int points = 0;     // what counts today (0 when expired, repaired, capped)
    int ruleVersion = 0;
    QString article;
    QString note;
};

struct CreditResult
{
    QDate asOf;
    int ruleVersion = 0;
    int base = 0;
    int score = 0;
    QString tier;
    bool redLineInForce = false;
    QDate redLineDate;  // the latest red-line event, if any
    QDate redLineUntil;
    bool eligible = false;
    QStringList ineligibleReasons; // for people, in the interface's language
    // The same as codes with their values ("score|98|105", "penalty|2026-01-15|24",
    // "red_line|2025-06-15|36", "industry|C14", "inactive"): what is stored, so that a
    // stored reason is shown in whatever language reads it (CreditEngine::reasonText).
    QStringList ineligibleCodes;
    QDate nextChange;   // first later date the result changes without new events
    QList<CreditExplanationEntry> explanation;
};

// The score engine: a pure function of the rules, the enterprise's facts, its events
// and a date. Every point is explained: base + Σ explanation.points == score.
class CreditEngine final
{
    Q_DECLARE_TR_FUNCTIONS(CreditEngine)

public:
    // Events are expected in (date, id) order; other orders are sorted first.
    static CreditResult evaluate(const CreditRuleBook &book, const CreditFacts &facts,
                                 const QList<CreditEventInput> &events, const QDate &asOf, bool explain = true);

    // When an enterprise may apply for repair of a negative event (after the minimum
    // publicity period); invalid for events that cannot be repaired.
    static QDate repairableFrom(const CreditRuleBook &book, const CreditEventInput &event);
    // The reasons for ineligibility as one phrase, with the language's separator.
    static QString joinReasons(const QStringList &reasons);
    // One ineligibility code (CreditResult::ineligibleCodes) as a sentence.
    static QString reasonText(const QString &code);
    // When a negative event stops counting by itself.
    static QDate publicityEnd(const CreditRuleBook &book, const CreditEventInput &event);
};
