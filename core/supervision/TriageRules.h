#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Which 12345 work orders become enforcement-supervision clues, and the department to
// suggest, from editable keyword rules (resources/supervision/triage-rules.json, or an
// office's copy beside the database).
class TriageRules final
{
    Q_DECLARE_TR_FUNCTIONS(TriageRules)

public:
    struct Verdict
    {
        bool clue = false;
        QString department; // suggested, as the rule names it; empty when none matched
        QString reason;     // the keywords that decided it
    };

    static const TriageRules &builtIn();
    // Throws Refusal naming the file and key at fault.
    static TriageRules fromFile(const QString &path);
    // The office's copy (supervision/triage-rules.json beside the database) if any.
    static TriageRules forDatabase(const QString &databasePath);

    Verdict classify(const QString &category, const QString &content) const;
    int deadlineWorkingDays() const { return m_deadlineDays; }
    int dueSoonWorkingDays() const { return m_dueSoonDays; }

private:
    struct DepartmentRule
    {
        QStringList keywords;
        QString department;
    };
    QStringList m_categories;
    QStringList m_conduct;
    QList<DepartmentRule> m_departments;
    int m_deadlineDays = 10;
    int m_dueSoonDays = 3;
};
