#pragma once

#include "domain/PenaltyOutcome.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Penalty cases: recorded against the benchmark item that applies (行政处罚法 art. 37,
// 从旧兼从轻: the list version in force when the violation happened, unless the one in
// force at the decision is lighter for the party), checked against it (the
// penalty_case_check view holds the one definition of "outside the benchmark"), counted
// for the report, and their document bundle's delivery.
class PenaltyCaseStore final
{
    Q_DECLARE_TR_FUNCTIONS(PenaltyCaseStore)

public:
    struct NewCase
    {
        QString caseNo;
        QString uscc;
        QString item;       // item id, or its code (the version that applies under art. 37)
        QDate decided;
        PenaltyOutcome outcome;
        qint64 fineFen = 0;
        QString facts;
        bool open = false;
        QDate violated;     // when the violation happened; invalid when not known
        // The mandatory grounds of a lenient outcome, as assessment fact keys (no_fault,
        // harm_removed, coerced, confessed, meritorious): on a red-line item, only these
        // make a lenient outcome lawful.
        QStringList grounds;
        bool lighterKind = false; // the penalty is of a lighter kind than the item prescribes
    };

    struct Row
    {
        qint64 id = 0;
        QString caseNo;
        QString department;
        QString enterprise;
        QString uscc;
        QString legalRepresentative;
        QString address;
        qint64 itemId = 0;
        QString itemCode;
        QString listVersion;
        QString violation;
        QString violatedProvision;
        QString penaltyProvision;
        QDate decided;
        PenaltyOutcome outcome;
        qint64 fineFen = 0;
        qint64 referenceFen = 0;
        QString facts;
        QString flag; // empty when the case follows its benchmark; no_item: nothing to check against
        bool outsideBenchmark() const { return !flag.isEmpty() && flag != u"no_item"; }
        QDate delivered;
        QString status;
        QDate violated;
        QString itemRule; // violation_date, decision_lighter, decision_date, chosen
        QStringList grounds;
        bool lighterKind = false;
        // Which list version the case is checked against and why, for people.
        QString itemRuleText() const;
    };

    struct Filter
    {
        QDate from;
        QDate to;
        bool flaggedOnly = false; // only cases outside their benchmark (not those without an item)
        int limit = 500;
    };

    struct Figure
    {
        QString month; // yyyy-MM
        QString department;
        int cases = 0;
        int lenientCases = 0;
        qint64 finesWaivedFen = 0;
        int flagged = 0; // outside their benchmark
    };

    // Throws Refusal naming the field at fault; writes nothing then.
    static Row record(const QSqlDatabase &db, const NewCase &input);
    static QList<Row> list(const QSqlDatabase &db, const Filter &filter);
    static std::optional<Row> find(const QSqlDatabase &db, const QString &caseNo);
    static void markDelivered(const QSqlDatabase &db, const QString &caseNo, const QDate &on);
    // Gives a case recorded without a benchmark item (one the department's own system
    // had, say) the item in force on its decision date, by code or id; the item must be
    // the case's department's. Refused, changing nothing, for a case that has an item.
    static Row attachItem(const QSqlDatabase &db, const QString &caseNo, const QString &item);
    struct Candidate
    {
        QString code;
        QString violation;
        QString listVersion;
    };
    // The items attachItem would accept for a case: its department's, each code in the
    // version in force on the decision date; by code.
    static QList<Candidate> candidateItems(const QSqlDatabase &db, const Row &row);
    // By month and department; lenient = no penalty, reduced or lighter (DESIGN.md §5).
    static QList<Figure> figures(const QSqlDatabase &db, const QDate &from, const QDate &to);

    static QString flagText(const QString &flag);
    static QStringList groundKeys();

private:
    struct ItemInForce
    {
        qint64 id = 0;
        qint64 departmentId = 0;
        qint64 referenceFen = 0;
        QString violation;
        QString listVersion;
        qint64 minFen = 0;
        qint64 maxFen = 0;
    };
    struct Applicable
    {
        ItemInForce item;
        QString rule;
    };
    static std::optional<Applicable> applicableItem(const QSqlDatabase &db, const NewCase &input);
    static std::optional<ItemInForce> itemInForce(const QSqlDatabase &db, const QString &item, const QDate &decided);
};
