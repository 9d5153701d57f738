#pragma once

#include <QSqlDatabase>

// How far a county's file is set up: the reference lists every page rests on. A new
// file has none; the dashboard then says what to bring in first, in this order.
struct SetupProgress
{
    qint64 departments = 0;
    qint64 enterprises = 0;
    qint64 townships = 0;
    qint64 officers = 0;
    qint64 inspectionItems = 0;
    qint64 benchmarkItems = 0;

    // The register and the departments are what every figure needs.
    bool essentialsDone() const { return departments > 0 && enterprises > 0; }
    bool complete() const { return essentialsDone() && officers > 0 && inspectionItems > 0 && benchmarkItems > 0; }

    static SetupProgress read(const QSqlDatabase &db);
};
