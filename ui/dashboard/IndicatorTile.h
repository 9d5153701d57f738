#pragma once

#include <QFrame>

class QLabel;

// One figure on the dashboard: its name, its value, and the change from last month.
class IndicatorTile final : public QFrame
{
    Q_OBJECT

public:
    explicit IndicatorTile(const QString &indicatorId, QWidget *parent = nullptr);

    QString indicatorId() const { return m_id; }
    QString valueText() const;
    void show(const QString &value, double change, bool higherIsBetter, const QString &changeText);

signals:
    void clicked(const QString &indicatorId);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString m_id;
    QLabel *m_name;
    QLabel *m_value;
    QLabel *m_change;
};
