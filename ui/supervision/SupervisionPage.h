#pragma once

#include "common/Page.h"

#include <QTabWidget>

class CluesTab;
class Database;
class FindingsTab;
class OfficersTab;
class ReviewTab;

// The supervision area: clues, case-file review, officer points and the office's two
// duty lists.
class SupervisionPage final : public QTabWidget, public Page
{
    Q_OBJECT

public:
    explicit SupervisionPage(QWidget *parent = nullptr);

    void setDatabase(Database *database) override;
    QStringList recordKinds() const override;
    void openRecord(const QString &kind, qint64 recordId, const QString &uscc, const QDate &date) override;
    QStringList indicatorIds() const override;
    void openIndicator(const QString &indicatorId, const QDate &from, const QDate &to) override;
    bool mayClose() override;
    CluesTab *clues() const { return m_clues; }
    ReviewTab *review() const { return m_review; }
    OfficersTab *officers() const { return m_officers; }
    FindingsTab *findings() const { return m_findings; }

private:
    CluesTab *m_clues;
    ReviewTab *m_review;
    OfficersTab *m_officers;
    FindingsTab *m_findings;
};
