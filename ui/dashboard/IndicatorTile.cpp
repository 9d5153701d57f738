#include "IndicatorTile.h"

#include "report/IndicatorModel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QLocale>
#include <QVBoxLayout>

IndicatorTile::IndicatorTile(const QString &indicatorId, QWidget *parent)
    : QFrame(parent)
    , m_id(indicatorId)
    , m_name(new QLabel(this))
    , m_value(new QLabel(this))
    , m_change(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("tile_") + indicatorId);
    const IndicatorModel::Definition *definition = IndicatorModel::definition(indicatorId);
    const bool chinese = QLocale().language() == QLocale::Chinese;
    m_name->setText(definition ? (chinese ? definition->nameZh : definition->nameEn) : indicatorId);
    // Every figure says what it counts, and opens the records it counts.
    if (definition)
        setToolTip(definition->definition + QStringLiteral("\n") + tr("Click to see the records."));
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
}

void IndicatorTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked(m_id);
    QFrame::mouseReleaseEvent(event);
}

void IndicatorTile::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit clicked(m_id);
        return;
    }
    QFrame::keyPressEvent(event);
}

QString IndicatorTile::valueText() const
{
    return m_value->text();
}

void IndicatorTile::show(const QString &value, double change, bool higherIsBetter, const QString &changeText)
{
    m_value->setText(value);
    m_change->setText(changeText);
    const bool good = change == 0 || (change > 0) == higherIsBetter;
    m_change->setStyleSheet(change == 0 ? QStringLiteral("color: palette(mid);")
                                        : good ? QStringLiteral("color: #1b7f3a;") : QStringLiteral("color: #b00020;"));
}
