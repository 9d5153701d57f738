#pragma once

#include <QStyledItemDelegate>

// Draws text whose matched words the search marked with 【】 with those words in bold
// and the accent colour, without the brackets.
class MatchHighlightDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // 【x】 → <b>x</b>, everything else escaped.
    static QString toHtml(const QString &marked, const QColor &accent);
};
