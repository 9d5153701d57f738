#include "CaseDocumentsDialog.h"

#include "common/ErrorDialog.h"
#include "db/DatabaseError.h"
#include "documents/PdfPrinter.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

CaseDocumentsDialog::CaseDocumentsDialog(const QSqlDatabase &db, const PenaltyCaseStore::Row &row,
                                         const QList<CaseDocuments::Document> &documents, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_row(row)
    , m_documents(documents)
{
    setWindowTitle(tr("Documents of case %1").arg(row.caseNo));
    m_tabs = new QTabWidget(this);
    for (const CaseDocuments::Document &d : documents) {
        auto *view = new QTextBrowser(m_tabs);
        view->document()->setDefaultFont(PdfPrinter::font(11));
        view->setHtml(CaseDocuments::html(d));
        m_tabs->addTab(view, d.title);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *saveButton = buttons->addButton(tr("Save PDF and DOCX…"), QDialogButtonBox::ActionRole);
    QPushButton *printButton = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    connect(saveButton, &QPushButton::clicked, this, &CaseDocumentsDialog::save);
    connect(printButton, &QPushButton::clicked, this, &CaseDocumentsDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(760, 820);
}

QStringList CaseDocumentsDialog::saveTo(const QString &dir)
{
    try {
        return CaseDocuments::write(m_db, m_documents, m_row.caseNo, dir);
    } catch (const Error &error) {
        ErrorDialog::show(this, error);
        return {};
    }
}

void CaseDocumentsDialog::save()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the documents"), QDir::homePath());
    if (dir.isEmpty())
        return;
    const QStringList files = saveTo(dir);
    if (!files.isEmpty())
        setWindowTitle(tr("Documents of case %1 — %n file(s) saved", nullptr, int(files.size())).arg(m_row.caseNo));
}

void CaseDocumentsDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Every document of the bundle, each starting on a new page.
    QString html;
    for (int i = 0; i < m_documents.size(); ++i)
        html += (i > 0 ? QStringLiteral("<div style='page-break-before:always'></div>") : QString())
            + CaseDocuments::html(m_documents.at(i));
    QTextDocument document;
    document.setDefaultFont(PdfPrinter::font(11));
    document.setHtml(html);
    document.print(&printer);
}
