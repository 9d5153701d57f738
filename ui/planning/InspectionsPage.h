#pragma once

#include "common/Page.h"

#include <QWidget>

class Database;
class QComboBox;
class QLabel;
class QTableWidget;
class VisitPane;

// The inspections area: a plan's figures, its visits by day and township (the
// schedule), what could not be planned and why, and the selected visit's sheet.
// New plans are drawn here; the draw can be re-run and checked from its seed.
class InspectionsPage final : public QWidget, public Page
{
    Q_OBJECT

public:
    explicit InspectionsPage(QWidget *parent = nullptr);

    void setDatabase(Database *database) override;
    QStringList recordKinds() const override;
    void openRecord(const QString &kind, qint64 recordId, const QString &uscc, const QDate &date) override;
    QStringList indicatorIds() const override;
    void refresh();
    void showPlan(qint64 planId);
    // Shows the visit's plan with the visit selected; false for an unknown visit.
    bool showVisit(qint64 visitId);
    qint64 currentPlan() const;
    QTableWidget *visits() const { return m_visits; }
    QTableWidget *exceptions() const { return m_exceptions; }
    VisitPane *visitPane() const { return m_visit; }
    QString figures() const;
    QComboBox *dayFilter() const { return m_day; }

private:
    void newPlan();
    void verifyDraw();
    void exportPlan();
    void fillVisits();

    Database *m_database = nullptr;
    QComboBox *m_plans;
    QComboBox *m_day;
    QComboBox *m_township;
    QLabel *m_figures;
    QTableWidget *m_visits;
    QTableWidget *m_exceptions;
    VisitPane *m_visit;
};
