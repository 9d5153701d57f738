#pragma once

#include <QString>

#include <functional>

class Error;
class QWidget;

// The one place the GUI shows an error: one sentence a supervisor understands, and
// the technical details behind a button.
class ErrorDialog final
{
public:
    static void show(QWidget *parent, const QString &message, const QString &details = QString());
    static void show(QWidget *parent, const Error &error);
    // Runs the action; when it throws an Error (a refusal, a failing file), shows it and
    // returns false. The pages' actions go through here instead of each catching.
    static bool attempt(QWidget *parent, const std::function<void()> &action);
};
