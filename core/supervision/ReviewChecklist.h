#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The case-file review standard (案卷评查) as data: veto items, then 卷面 (form) and
// 内容 (content) items with their points, and the grade bands. scores() is pure.
class ReviewChecklist final
{
    Q_DECLARE_TR_FUNCTIONS(ReviewChecklist)

public:
    struct Item
    {
        QString id;
        QString text;
        double points = 0; // 0 for veto items; whole or half points
    };
    struct Deduction
    {
        QString item;
        double points = 0; // whole or half points, as the published standards deduct
        QString page; // where in the case file
        QString note;
    };
    struct Score
    {
        double form = 0;
        double content = 0;
        double total = 0;
        bool vetoFailed = false;
        QString grade; // excellent, pass, fail
        QStringList reasons;
    };

    static const ReviewChecklist &builtIn();
    // Throws Refusal naming the file and key at fault.
    static ReviewChecklist fromFile(const QString &path);

    // Each item loses at most its own points, so no part goes below zero; a failed veto
    // item fails the file whatever its points. Throws for an unknown item, negative points
    // or points that are not whole or half (2.5 is a deduction; 2.3 is a typing error).
    Score score(const QStringList &vetoFailed, const QList<Deduction> &deductions) const;

    int version() const { return m_version; }
    const QList<Item> &veto() const { return m_veto; }
    const QList<Item> &form() const { return m_form; }
    const QList<Item> &content() const { return m_content; }
    // "form", "content" or "veto"; empty for an unknown item.
    QString partOf(const QString &item) const;
    static QString gradeName(const QString &grade);

private:
    int m_version = 1;
    QList<Item> m_veto, m_form, m_content;
    int m_excellent = 90;
    int m_pass = 70;
};
