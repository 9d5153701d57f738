#pragma once

#include "io/ImportReport.h"

#include "common/EditorDialog.h"
#include <QHash>

class Database;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class ValueMappingPanel;

// Bringing a roster in: choose the file, see its first rows with the header that was
// found and the field each column feeds, check it (a dry run listing every rejected
// cell, which can be saved), then import it — all or nothing, with progress and
// Cancel. Long work runs on its own thread.
class ImportDialog final : public EditorDialog
{
    Q_OBJECT

public:
    ImportDialog(Database *database, const QString &kind, QWidget *parent = nullptr);

    void setKind(const QString &kind);
    void setFile(const QString &path);
    // Feeds column (0-based) into field ("" = not imported) and refreshes the preview.
    void mapColumn(int column, const QString &field);
    bool check(bool interactive = true);
    bool runImport(bool interactive = true);

    QTableWidget *previewTable() const { return m_preview; }
    QLineEdit *fileField() const { return m_file; }
    ValueMappingPanel *mappingPanel() const { return m_mapping; }
    // Remembers the ticked mappings (audited), uses all chosen ones, and checks again.
    bool applyMappings(bool interactive = true);
    // A benchmark list's name, version and effective date (the discretion kind only).
    void setListVersion(const QString &name, const QString &version, const QDate &effective, bool lenient = false);
    // A path as users paste it: "Copy as path" quotes, a file:// URL, spaces around.
    static QString cleanPath(const QString &typed);
    QTableWidget *rejectedTable() const { return m_rejected; }
    QString summary() const;
    // What the applied import asks a person to follow up (cases to match, rows left out).
    QStringList notes() const { return m_notes; }
    // Columns or values mapped by hand, or a list's version typed, and nothing imported:
    // closing then asks first.
    bool hasUnsavedInput() const override;

private:
    void browse();
    void chooseField(int column);
    void saveRejected();
    bool run(bool dryRun, bool interactive);
    // Marks the previewed cells of rejected rows, with the reason as tooltip.
    void highlightRejected();

    Database *m_database;
    QString m_kind;
    QHash<QString, QString> m_overrides; // normalized header text → field
    QStringList m_headerCells;           // the header row of the current file
    QList<int> m_previewRows;            // the file's row number of each preview row
    QString m_loadedPath;                // the file shown (the field may hold an edit)
    QList<ImportReport::Issue> m_issues; // of the last check
    QStringList m_notes;                 // of the applied import
    QComboBox *m_kindBox;
    QLineEdit *m_file;
    QLabel *m_details;
    QTableWidget *m_preview;
    QLabel *m_summary;
    QTableWidget *m_rejected;
    QPushButton *m_check;
    QPushButton *m_import;
    QPushButton *m_saveRejected;
    ValueMappingPanel *m_mapping;
    QWidget *m_listBox;      // shown for a benchmark list: what the file is a version of
    QLineEdit *m_listName;
    QLineEdit *m_listVersion;
    QDateEdit *m_listEffective;
    QComboBox *m_listKind;
    QHash<QString, QHash<QString, QString>> m_valueMap; // this dialog's one-run mappings
    bool m_imported = false;
};
