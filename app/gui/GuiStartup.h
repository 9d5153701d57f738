#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>

class DatabaseController;
class MainWindow;

// What the GUI does between QApplication and the event loop: read the command line,
// open the right database (--demo, --db, FAIRCHECK_DB, the last one, the default),
// and for --screenshot render one page to a PNG and stop.
class GuiStartup final
{
    Q_DECLARE_TR_FUNCTIONS(GuiStartup)

public:
    // --screenshot, --version or --help: run on the offscreen platform.
    static bool needsNoDisplay(int argc, char *argv[]);

    // Returns -1 to enter the event loop, or an exit status.
    int run(DatabaseController &controller, MainWindow &window);

private:
    void openInitialDatabase(DatabaseController &controller, MainWindow &window, bool interactive);
    int screenshot(MainWindow &window);

    QCommandLineParser m_parser;
};
