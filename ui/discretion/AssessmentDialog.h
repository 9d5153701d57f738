#pragma once

#include "discretion/DiscretionAssessment.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

// Walks through the facts of a case under one benchmark item and shows, as they are
// ticked, the lawful outcome (行政处罚法 arts. 32–33), the fine band, the legal basis
// of each step and the documents to issue. Nothing is written.
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

private:
    void update();

    DiscretionAssessment::Item m_item;
    DiscretionAssessment::Result m_result;
    QComboBox *m_harm;
    QList<QPair<QString, QCheckBox *>> m_checks;
    QLineEdit *m_amount;
    QLabel *m_resultLabel;
};
