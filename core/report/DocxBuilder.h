#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// A minimal WordprocessingML document built paragraph by paragraph and saved as .docx.
// Every run names its East Asian font separately (w:eastAsia), because Word and WPS
// take the Chinese characters' font from there; A4 with the usual official margins.
class DocxBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(DocxBuilder)

public:
    enum class Align { Left, Center, Right };

    // halfPoints: font size in half points (24 = 12 pt, 32 = 三号 16 pt); indent in
    // characters of the first line (official documents indent two).
    void paragraph(const QString &text, int halfPoints = 24, bool bold = false, Align align = Align::Left, int indent = 0);
    void table(const QList<QStringList> &rows); // first row bold
    // Writes beside the target and renames, so a failure never leaves half a file.
    // Throws DatabaseError (Rejected).
    void save(const QString &path) const;

private:
    QByteArray m_body;
};
