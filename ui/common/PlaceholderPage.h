#pragma once

#include <QWidget>

// Stands in for an area whose module has not been built yet, saying what will be
// there, so the navigation is complete from the first release.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString &title, const QString &description, QWidget *parent = nullptr);
};
