#pragma once

#include "PenaltyCaseStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// 三书同达: the documents a case's enterprise receives together — the penalty decision,
// the guidance recommendation and the credit-repair notice, or the decision not to
// penalise with the guidance. Built as data from editable templates (the built-in
// resources/templates/case-documents.json, or templates/case-documents.json beside the
// database), then written as PDF for printing and DOCX for editing.
class CaseDocuments final
{
    Q_DECLARE_TR_FUNCTIONS(CaseDocuments)

public:
    struct Document
    {
        QString id; // penalty_decision, no_penalty_decision, guidance, credit_repair_notice
        QString title;
        QStringList subtitle;
        QStringList paragraphs;
        QStringList signature;
    };

    // The office's copy when it exists, otherwise the built-in one. Throws Refusal
    // naming the file and the template at fault.
    static QJsonObject loadTemplates(const QString &databasePath);
    static QString overridePath(const QString &databasePath);
    // Throws Refusal for a missing template or an unknown {field}.
    static QList<Document> build(const PenaltyCaseStore::Row &row, const QJsonObject &templates);
    // One document from the template id with the given {field} values; throws like build().
    static Document fromTemplate(const QJsonObject &templates, const QString &id, const QHash<QString, QString> &values);
    static QString html(const Document &document);
    // Writes each document as .pdf and .docx into dir; returns the files written. They
    // speak for the office: a clerk, supervisor or administrator may issue them.
    static QStringList write(const QSqlDatabase &db, const QList<Document> &documents, const QString &caseNo, const QString &dir);
    static QStringList fieldNames();
};
