#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

// What the user asks for when creating a plan (CLI options, the plan dialog).
struct PlanRequest
{
    QString name;            // empty: made from the period
    QDate from, to;
    QString seed;            // empty: a fresh random seed, recorded with the plan
    QStringList departments; // codes, short names or names; empty: every department with random-check items
    QString scopesFile;      // empty: the built-in department scopes
    int officersPerDay = 3;
    // The user has seen that a year of the period has no State Council holiday notice yet
    // and plans anyway, on the statutory holidays alone.
    bool provisionalCalendar = false;
};
