#pragma once

#include "discretion/CaseDocuments.h"

#include <QDialog>

class QTabWidget;

// Preview of a case's 三书同达 bundle, one tab per document, with saving as PDF and
// DOCX and printing.
class CaseDocumentsDialog final : public QDialog
{
    Q_OBJECT

public:
    CaseDocumentsDialog(const QSqlDatabase &db, const PenaltyCaseStore::Row &row, const QList<CaseDocuments::Document> &documents,
                        QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    // Writes every document into dir; returns the files (empty after an error shown).
    QStringList saveTo(const QString &dir);

private:
    void save();
    void print();

    QSqlDatabase m_db;
    PenaltyCaseStore::Row m_row;
    QList<CaseDocuments::Document> m_documents;
    QTabWidget *m_tabs;
};
