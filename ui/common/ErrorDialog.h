#pragma once

#include <QString>

class Error;
class QWidget;

// The one place the GUI shows an error: one sentence a supervisor understands, and
// the technical details behind a button.
class ErrorDialog final
{
public:
    static void show(QWidget *parent, const QString &message, const QString &details = QString());
    static void show(QWidget *parent, const Error &error);
};
