#pragma once

#include <QJsonObject>
#include <QWidget>

class FocusedDoubleSpinBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

// One version of the credit rules as a form: the version and its date, the points of
// each event, the publicity classes, the tier thresholds and sampling rates, the red
// line and the sandbox, each under the name a supervisor knows. It edits the stored
// JSON in place (rules() returns it with the form's values), so the JSON view and the
// form never disagree about anything the form does not show.
class CreditRuleForm final : public QWidget
{
    Q_OBJECT

public:
    explicit CreditRuleForm(QWidget *parent = nullptr);

    void setRules(const QJsonObject &rules);
    QJsonObject rules() const;
    void setReadOnly(bool readOnly);

    // For tests: an event's row by its kind, and the cell widgets of the events table.
    int eventRow(const QString &kind) const;
    QTableWidget *eventsTable() const { return m_events; }
    QTableWidget *publicityTable() const { return m_publicity; }

private:
    FocusedDoubleSpinBox *number(int min, int max);
    void applyReadOnly();
    void fillEvents(const QJsonObject &events, const QJsonObject &publicity);

    QJsonObject m_source;
    FocusedDoubleSpinBox *m_version;
    QDateEdit *m_effective;
    QLineEdit *m_title;
    FocusedDoubleSpinBox *m_basePoints;
    QTableWidget *m_events;
    QTableWidget *m_publicity;
    QList<FocusedDoubleSpinBox *> m_tiers;    // A, B, C lower bounds
    QList<FocusedDoubleSpinBox *> m_sampling; // A, B, C, D per cent
    QComboBox *m_forcedTier;
    FocusedDoubleSpinBox *m_redLineMonths;
    QPlainTextEdit *m_redLineList;
    FocusedDoubleSpinBox *m_sandboxMinScore;
    FocusedDoubleSpinBox *m_penaltyFreeMonths;
    FocusedDoubleSpinBox *m_redLineFreeMonths;
    QLineEdit *m_excludedIndustries;
    bool m_readOnly = false;
};
