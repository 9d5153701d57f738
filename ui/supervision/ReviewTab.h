#pragma once

#include "supervision/ReviewChecklist.h"

#include <QWidget>

class Database;
class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPdfDocument;
class QPdfView;
class FocusedDoubleSpinBox;
class QTableWidget;

// Case-file review (案卷评查): the case file's PDF beside the checklist; veto items,
// deductions with page references, the score as it is filled in, and the review saved
// with the PDF kept in the managed folder.
class ReviewTab final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewTab(QWidget *parent = nullptr);

    void setDatabase(Database *database);
    void refresh();
    // Shows a PDF beside the checklist; it is attached when the review is saved.
    bool openCaseFile(const QString &path);
    void setDeduction(const QString &item, double points, const QString &page = QString());
    void setVeto(const QString &item, bool failed);
    void setReviewer(const QString &name);
    // The case's officers by certificate number (comma separated); they get the review's points.
    void setOfficers(const QString &certificates);
    ReviewChecklist::Score currentScore() const;
    QLabel *scoreLabel() const { return m_score; }
    QTableWidget *cases() const { return m_cases; }
    QPdfDocument *document() const { return m_document; }
    // Saves the review of the selected case; the message on refusal, empty on success.
    QString save();
    // Whether something has been entered for the selected case and not saved.
    bool hasUnsavedReview() const { return m_dirty; }
    // Clears the sheet and the case file for another case.
    void resetSheet();

private:
    void updateScore();
    void chooseCaseFile();

    struct Row
    {
        QString item;
        FocusedDoubleSpinBox *points;
        QLineEdit *page;
    };
    Database *m_database = nullptr;
    QTableWidget *m_cases;
    QPdfDocument *m_document;
    QPdfView *m_view;
    QString m_caseFile;
    QList<QPair<QString, QCheckBox *>> m_veto;
    QList<Row> m_rows;
    QLineEdit *m_reviewer;
    QDateEdit *m_date;
    QLineEdit *m_campaign;
    QLineEdit *m_officers;
    QLabel *m_score;
    QLabel *m_message;
    bool m_dirty = false;
    int m_shownRow = -1; // the case the sheet belongs to
};
