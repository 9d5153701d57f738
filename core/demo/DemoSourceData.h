#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// What a demo county's register holds that its source systems' files name: a sample of
// its enterprises (bounded, so a million-enterprise demo costs no more than a small one),
// departments with their officers, inspection items and benchmark items, townships and
// sandbox members, read once from a filled database.
struct DemoSourceData
{
    struct Enterprise
    {
        qint64 id = 0;
        QString uscc;
        QString name;
        QString legalRepresentative;
        QString township;
    };
    struct Officer
    {
        QString name;
        QString certificate;
        QDate expiry;
    };
    struct Item
    {
        QString code;
        QString violation;
        QString violatedProvision;
        QString penaltyProvision;
        QString kinds;
        qint64 minFen = 0;
        qint64 maxFen = 0;
        bool redLine = false;
        bool lenient = false; // on the county's lenient list
    };
    struct Department
    {
        qint64 id = 0;
        QString name;
        QString shortName;
        QList<Officer> officers;
        QStringList inspectionItems;
        QList<Item> items;
    };

    // The dates the county's history spans (visits and 12345 orders); invalid when empty.
    struct Span
    {
        QDate first;
        QDate last;
    };

    static constexpr int kSampleSize = 4000;

    QString county;        // the catalogue's, as the county's systems head their files
    QString divisionCode;
    qint64 enterpriseCount = 0;   // active ones; the files' sizes follow it
    QList<Enterprise> enterprises; // an evenly spread sample of at most kSampleSize
    QList<Department> departments;
    QStringList townships;
    QList<Enterprise> sandboxMembers; // in the sandbox on the month's last day

    static Span span(const QSqlDatabase &db);
    static DemoSourceData load(const QSqlDatabase &db, const QDate &monthEnd);

    // The other ways source systems write a department's name: "县市场监督管理局",
    // "市场监管局" beside the register's "清溪县市场监督管理局".
    QStringList otherNames(const Department &department) const;
    // A township as files often shorten it: "城关" for 城关镇.
    static QString shortTownship(const QString &name);
};
