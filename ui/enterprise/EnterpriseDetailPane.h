#pragma once

#include "registry/EnterpriseStore.h"

#include <QWidget>

#include <optional>

class Database;
class QLabel;
class QPushButton;

// The selected enterprise: identity, contacts (personal data masked), credit and
// what the county has on record about it.
class EnterpriseDetailPane final : public QWidget
{
    Q_OBJECT

public:
    explicit EnterpriseDetailPane(QWidget *parent = nullptr);

    void setDatabase(Database *database) { m_database = database; }
    void showDetail(const std::optional<EnterpriseStore::Detail> &detail);
    QString text() const;
    QPushButton *revealButton() const { return m_reveal; }
    // Shows the ID number and phone unmasked when the role may, recording it; false otherwise.
    bool reveal();

private:
    void render();

    Database *m_database = nullptr;
    QLabel *m_label;
    QPushButton *m_reveal;
    std::optional<EnterpriseStore::Detail> m_detail;
    bool m_revealed = false;
};
