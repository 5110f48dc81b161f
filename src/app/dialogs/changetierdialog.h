#pragma once

#include "core/contract.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace csp {

// Change Tier: the contract tier a service provider moves to and the month it applies from
// (this month or a later one: a closed month keeps the tier it was invoiced with).
class ChangeTierDialog : public QDialog
{
    Q_OBJECT

public:
    ChangeTierDialog(const QString &providerName, const QString &currentTier,
                     const QList<ContractTier> &tiers, const QString &currency,
                     QWidget *parent = nullptr);

    QString tierKey() const;
    QDate fromMonth() const;

private:
    QComboBox *m_tier = nullptr;
    QComboBox *m_from = nullptr;
};

} // namespace csp
