#pragma once

#include "registry/EnterpriseRepository.h"

#include <QWidget>

#include <optional>

class QLabel;

// The selected enterprise: identity, contacts (personal data masked), credit and
// what the county has on record about it.
class EnterpriseDetailPane final : public QWidget
{
    Q_OBJECT

public:
    explicit EnterpriseDetailPane(QWidget *parent = nullptr);

    void showDetail(const std::optional<EnterpriseRepository::Detail> &detail);
    QString text() const;

private:
    QLabel *m_label;
};
