#pragma once

#include "discretion/DiscretionAssessment.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

// Walks through the facts of a case under one benchmark item and shows, as they are
// answered, the lawful outcome (行政处罚法 arts. 32–33), the fine band, the legal basis
// of each step and the documents to issue. Every fact starts unknown ("not yet
// established"), never assumed in the party's favour; the facts that could still change
// the outcome are marked and listed. Nothing is written.
class AssessmentDialog final : public QDialog
{
    Q_OBJECT

public:
    AssessmentDialog(const DiscretionAssessment::Item &item, QWidget *parent = nullptr);

    DiscretionAssessment::Facts facts() const;
    DiscretionAssessment::Result result() const { return m_result; }
    QLabel *resultLabel() const { return m_resultLabel; }

    void setFact(const QString &name, bool value); // for tests and shortcuts: first_violation, corrected …
    void setHarm(DiscretionAssessment::Harm harm);
    // The labels of the facts currently marked as still needed.
    QStringList markedMissing() const;

private:
    void update();

    DiscretionAssessment::Item m_item;
    DiscretionAssessment::Result m_result;
    QComboBox *m_harm;
    QList<QPair<QString, QComboBox *>> m_answers; // Unknown, Yes, No
    QList<QPair<QString, QLabel *>> m_labels;
    QLineEdit *m_amount;
    QLabel *m_resultLabel;
};
