#pragma once

#include <QFile>
#include <QList>
#include <QString>
#include <QStringEncoder>
#include <QStringList>

// Inspection records as the 互联网+监管 platform hands them out: a web page named .xls in
// GBK, a title table above the data table, officers written "姓名（证号）" in one cell.
namespace PlatformInspectionFile {

inline QStringList header()
{
    return {QStringLiteral("序号"), QStringLiteral("检查记录编号"), QStringLiteral("检查对象名称"), QStringLiteral("统一社会信用代码"),
            QStringLiteral("检查实施机关"), QStringLiteral("检查类型"), QStringLiteral("检查事项"), QStringLiteral("检查日期"),
            QStringLiteral("检查结果"), QStringLiteral("执法人员"), QStringLiteral("是否联合检查"), QStringLiteral("是否亮码检查")};
}

inline void writeHtml(const QString &path, const QList<QStringList> &records)
{
    auto row = [](const QStringList &cells, const char *tag) {
        QString html = QStringLiteral("<tr>");
        for (const QString &c : cells)
            html += QStringLiteral("<%1>%2</%1>").arg(QString::fromLatin1(tag), c.toHtmlEscaped());
        return html + QStringLiteral("</tr>\n");
    };
    QString page = QStringLiteral("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\"></head><body>\n"
                                  "<table><tr><td colspan=\"12\">“互联网+监管”系统 检查记录导出</td></tr></table>\n<table border=\"1\">\n");
    page += row(header(), "th");
    int n = 0;
    for (QStringList r : records) {
        r.prepend(QString::number(++n));
        page += row(r, "td");
    }
    page += QStringLiteral("</table></body></html>\n");
    QStringEncoder gbk("GB18030");
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(gbk(page));
}

} // namespace PlatformInspectionFile
