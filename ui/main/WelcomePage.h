#pragma once

#include <QWidget>

// First run without a database: open a file, create an empty one, or open the demo
// county. No other question is asked.
class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

signals:
    void openDemoRequested();
    void openFileRequested();
    void createFileRequested();
};
