#include "PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

PlaceholderPage::PlaceholderPage(const QString &title, const QString &description, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    auto *text = new QLabel(description, this);
    text->setWordWrap(true);
    auto *status = new QLabel(tr("This area is being built; its data is already kept in the database."), this);
    status->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addWidget(status);
    layout->addStretch();
}
