#pragma once

#include "discretion/PenaltyCaseStore.h"

#include <QWidget>

class Database;
class QCheckBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

// The penalty cases of a period with their benchmark check: cases outside their band,
// or lenient on a red-line item, are flagged; the period's lenient cases and fines
// waived are summed; each case's 三书同达 documents can be previewed, saved, printed
// and their delivery recorded.
class PenaltyCasePage final : public QWidget
{
    Q_OBJECT

public:
    explicit PenaltyCasePage(QWidget *parent = nullptr);

    void setDatabase(Database *database);
    void setPeriod(const QDate &from, const QDate &to);
    void setFlaggedOnly(bool on);
    void refresh();
    QTableWidget *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    std::optional<PenaltyCaseStore::Row> selectedCase() const;
    // Selects the case, widening the period to its decision date; false when not found.
    bool selectCase(qint64 caseId, const QDate &decidedOn);
    void showDocuments();
    void newCase();

private:
    void markDelivered();
    void attachItem();

    Database *m_database = nullptr;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_flaggedOnly;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_new;
    QPushButton *m_documents;
    QPushButton *m_deliver;
    QPushButton *m_attach;
    QList<PenaltyCaseStore::Row> m_rows;
};
