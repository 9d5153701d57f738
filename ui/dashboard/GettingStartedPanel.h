#pragma once

#include "registry/SetupProgress.h"

#include <QFrame>

class Database;
class QLabel;
class QPushButton;
class QVBoxLayout;

// What a new file needs first, as a checklist on the dashboard: the departments, the
// register of market entities, the officers, the inspection items, the benchmark
// lists, each with the button that brings it in (or where to find it) and a tick once
// it is there. Hidden once everything is in.
class GettingStartedPanel final : public QFrame
{
    Q_OBJECT

public:
    explicit GettingStartedPanel(QWidget *parent = nullptr);

    void setDatabase(Database *database);
    const SetupProgress &progress() const { return m_progress; }
    // The button of a step (its import kind), for tests.
    QPushButton *button(const QString &kind) const;

signals:
    void importRequested(const QString &kind);
    void demoRequested();

private:
    void addStep(const QString &kind, const QString &title, const QString &help, bool done);

    SetupProgress m_progress;
    QLabel *m_heading;
    QVBoxLayout *m_steps;
};
