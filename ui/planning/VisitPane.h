#pragma once

#include <QWidget>

class Database;
class QLabel;
class QPagedPaintDevice;
class QPushButton;
class QTableWidget;

// One visit's sheet beside the plan's list: its inspection code (QR), the enterprise,
// departments, items with their results, the officers; record results, the
// enterprise's rating, print the notice (with a preview) or save it as PDF, save the
// code, cancel.
class VisitPane final : public QWidget
{
    Q_OBJECT

public:
    explicit VisitPane(QWidget *parent = nullptr);

    void setDatabase(Database *database) { m_database = database; }
    void showVisit(qint64 visitId);
    qint64 visitId() const { return m_visitId; }
    QString title() const;
    bool hasCode() const;
    // Lays the notice out on a printer or PDF writer, as the print preview does; false
    // (with the error shown when interactive) when it cannot.
    bool printNoticeOn(QPagedPaintDevice *device, bool interactive = true);

signals:
    void changed();

private:
    void recordResults();
    void rate();
    void printNotice();
    void saveNotice();
    void saveCode();
    void cancelVisit();

    Database *m_database = nullptr;
    qint64 m_visitId = 0;
    QLabel *m_code;
    QLabel *m_title;
    QLabel *m_officers;
    QTableWidget *m_items;
    QList<QPushButton *> m_buttons;
};
