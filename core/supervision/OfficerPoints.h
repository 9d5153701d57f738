#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

// Officer points (执法人员积分): base points plus dated additions and deductions in five
// dimensions (政治素养、业务能力、执法规范、服务质量、廉洁自律) with their source; the grade
// comes from editable bands (resources/supervision/officer-grades.json).
class OfficerPoints final
{
    Q_DECLARE_TR_FUNCTIONS(OfficerPoints)

public:
    struct Rules
    {
        int basePoints = 100;
        int excellent = 106, good = 100, fair = 92;
        int retrainingDeduction = 5;
        QMap<QString, int> reviewPoints; // review grade → points
    };
    struct Event
    {
        QDate date;
        QString dimension;
        int points = 0;
        QString source;
        QString reason;
    };
    struct Profile
    {
        qint64 id = 0;
        QString name;
        QString department;
        QString certificateNo;
        int total = 0;
        QString grade;
        QMap<QString, int> byDimension; // net points per dimension (five keys)
        QList<Event> events;            // oldest first
    };

    static const Rules &rules();
    static QStringList dimensions();
    static QString dimensionName(const QString &dimension);
    static QString gradeName(const QString &grade);
    static QString gradeFor(int total, const Rules &rules = OfficerPoints::rules());

    // Throws Refusal for an unknown officer.
    static Profile profile(const QSqlDatabase &db, qint64 officerId, const QDate &asOf);
    // Every active officer's total on asOf, in the register's order; byDimension and events left empty.
    static QList<Profile> standings(const QSqlDatabase &db, const QDate &asOf);
    // A dated addition or deduction with its source (exam, training, commendation, complaint,
    // manual); the officer's grade follows. Throws Refusal naming the field.
    static qint64 addEvent(const QSqlDatabase &db, qint64 officerId, const Event &event);
    static QStringList sources();
    // Writes every active officer's grade from their points; returns how many changed.
    static int updateGrades(const QSqlDatabase &db, const QDate &asOf);
    // Officers graded poor, or with a net deduction of at least the rule's points in
    // conduct and competence over the twelve months to asOf.
    static QList<Profile> dueForRetraining(const QSqlDatabase &db, const QDate &asOf);
};
