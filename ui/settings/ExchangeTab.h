#pragma once

#include <QWidget>

class Database;
class QLabel;
class QPushButton;
class QTableWidget;

// 数据交换: the office this file belongs to, the offices it trusts with the packages sent
// to and received from each, and the actions: name the office, write its card, trust
// another's, write the next package for an office, import one. An import that finds
// records changed in both files lists them and asks whose version stands.
class ExchangeTab final : public QWidget
{
    Q_OBJECT

public:
    explicit ExchangeTab(QWidget *parent = nullptr);

    void setDatabase(Database *database);
    void refresh();
    QTableWidget *offices() const { return m_offices; }
    QString officeText() const;
    QString coverageText() const;

    // The actions with their files given (for tests); false when refused, with the
    // message shown unless interactive is false. exportTo uses the selected office.
    bool exportTo(const QString &path, bool interactive = true);
    // On records changed in both files: asks (interactive) or stops.
    bool importFrom(const QString &path, bool interactive = true);
    // Fills the Pending column: what the next package for each office would hold.
    bool countPending(bool interactive = true);

private:
    void nameOffice();
    void saveCard();
    void trustCard();
    void chooseExport();
    void chooseImport();
    void chooseAgain();

    Database *m_database = nullptr;
    QLabel *m_office;
    QLabel *m_coverage;
    QTableWidget *m_offices;
    QList<QPushButton *> m_needOffice; // disabled until the file belongs to an office
};
