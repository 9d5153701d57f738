#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

// A WordprocessingML document built paragraph by paragraph and saved as .docx.
// Every run names its East Asian font separately (w:eastAsia), because Word and WPS
// take the Chinese characters' font from there. The official layout follows GB/T
// 9704-2012: A4, type area 156 × 225 mm (top 37 mm, left 28 mm), 22 lines of 28
// characters, title in 小标宋 at 二号, body in 仿宋 at 三号, headings in 黑体 and 楷体,
// page numbers "— 1 —" in 四号 outside (odd right, even left). The fonts are named as
// users' PCs name them, each with the common font Word and WPS fall back to.
class DocxBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(DocxBuilder)

public:
    enum class Align { Left, Center, Right, Justify };
    enum class Font { Song, XiaoBiaoSong, FangSong, HeiTi, KaiTi };

    struct Run
    {
        Font font = Font::Song;
        int halfPoints = 24; // 24 = 12 pt; 32 = 三号 16 pt; 44 = 二号 22 pt
        bool bold = false;
    };

    // Sizes of the Chinese type scale, in half points.
    static constexpr int kErHao = 44;   // 二号
    static constexpr int kSanHao = 32;  // 三号
    static constexpr int kSiHao = 28;   // 四号
    static constexpr int kXiaoSi = 24;  // 小四
    static constexpr int kWuHao = 21;   // 五号

    // GB/T 9704 page, margins, exact line pitch and page numbers.
    void setOfficialLayout(bool official) { m_official = official; }
    bool officialLayout() const { return m_official; }

    // indent: characters of the first line (official documents indent two).
    void paragraph(const QString &text, int halfPoints = 24, bool bold = false, Align align = Align::Left, int indent = 0);
    void paragraph(const QString &text, const Run &run, Align align = Align::Left, int indent = 0);
    void table(const QList<QStringList> &rows, const Run &run = {Font::Song, 21, false}); // first row bold
    // An image in its own centred paragraph, widthMm wide (height kept in proportion).
    void image(const QImage &picture, double widthMm);
    // Writes beside the target and renames, so a failure never leaves half a file.
    // Throws Refusal.
    void save(const QString &path) const;

    static QString fontName(Font font);
    static QString fallbackName(Font font);

private:
    QByteArray run(const QString &text, const Run &run) const;

    QByteArray m_body;
    QList<QByteArray> m_images; // PNG bytes, word/media/imageN.png in order
    bool m_official = false;
};
