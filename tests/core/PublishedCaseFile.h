#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringConverter>
#include <QStringEncoder>
#include <QStringList>

// Writes penalty cases the way a 双公示 system exports them: a title row, the standard's
// column names (行政相对人代码_1 for the USCC, amounts in 万元), GBK, CRLF. Each case is
// the values of those columns in order.
namespace PublishedCaseFile {

inline QStringList header()
{
    return {QStringLiteral("行政处罚决定书文号"), QStringLiteral("违法行为类型"), QStringLiteral("违法事实"), QStringLiteral("处罚依据"),
            QStringLiteral("处罚类别"), QStringLiteral("处罚内容"), QStringLiteral("罚款金额（万元）"),
            QStringLiteral("没收违法所得、没收非法财物的金额（万元）"), QStringLiteral("暂扣或吊销证照名称及编号"),
            QStringLiteral("处罚决定日期"), QStringLiteral("处罚有效期"), QStringLiteral("公示截止期"), QStringLiteral("处罚机关"),
            QStringLiteral("处罚机关统一社会信用代码"), QStringLiteral("数据来源单位"), QStringLiteral("行政相对人名称"),
            QStringLiteral("行政相对人类别"), QStringLiteral("行政相对人代码_1"), QStringLiteral("法定代表人"), QStringLiteral("备注")};
}

inline void write(const QString &path, const QList<QStringList> &cases)
{
    QString text = QStringLiteral("清溪县行政处罚信息（双公示）导出\r\n") + header().join(u',') + QStringLiteral("\r\n");
    for (const QStringList &row : cases) {
        QStringList cells;
        for (const QString &cell : row)
            cells.append(cell.contains(u',') ? QLatin1Char('"') + cell + QLatin1Char('"') : cell);
        text += cells.join(u',') + QStringLiteral("\r\n");
    }
    QStringEncoder gbk("GB18030");
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(gbk(text));
}

} // namespace PublishedCaseFile
