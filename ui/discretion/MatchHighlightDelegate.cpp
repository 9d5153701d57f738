#include "MatchHighlightDelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

QString MatchHighlightDelegate::toHtml(const QString &marked, const QColor &accent)
{
    QString html;
    qsizetype from = 0;
    while (true) {
        const qsizetype open = marked.indexOf(u'【', from);
        const qsizetype close = open < 0 ? -1 : marked.indexOf(u'】', open + 1);
        if (open < 0 || close < 0) {
            html += marked.mid(from).toHtmlEscaped();
            return html;
        }
        html += marked.mid(from, open - from).toHtmlEscaped();
        html += QStringLiteral("<b style='color:%1'>%2</b>").arg(accent.name(), marked.mid(open + 1, close - open - 1).toHtmlEscaped());
        from = close + 1;
    }
}

void MatchHighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    QTextDocument document;
    document.setDefaultFont(opt.font);
    document.setDocumentMargin(2);
    const QColor ink = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    document.setDefaultStyleSheet(QStringLiteral("body { color: %1; }").arg(ink.name()));
    document.setHtml(QStringLiteral("<body>%1</body>").arg(toHtml(text, selected ? ink : opt.palette.color(QPalette::Link))));
    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    painter->save();
    painter->translate(rect.topLeft() + QPoint(0, qMax(0, (rect.height() - int(document.size().height())) / 2)));
    document.drawContents(painter, QRectF(0, 0, rect.width(), rect.height()));
    painter->restore();
}

QSize MatchHighlightDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    return {size.width(), qMax(size.height(), option.fontMetrics.height() + 8)};
}
