#pragma once

#include "core/contract.h"
#include "core/instance.h"

#include <QDialog>

#include <memory>

class QLabel;
class QTableWidget;

namespace csp {

class Database;

// The contract tiers of one instance, as the admin keeps them: each tier's name, the
// tier_level_value Acronis keeps, its minimum monthly commitment and whether it is a promo.
// Saves every change at once or none, and says which tier and field were refused.
class TiersDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { KeyColumn, NameColumn, LevelColumn, CommitmentColumn, PromoColumn };

    TiersDialog(std::shared_ptr<Database> database, const Instance &instance,
                QWidget *parent = nullptr);

    void addTierRow();
    // Saves the edited rows; false (and the reason shown) when one was refused.
    bool save();
    QString errorText() const;

private:
    void showTiers(const QList<ContractTier> &tiers);
    void showAcronisCommitment(QLabel *label);
    void appendRow(const std::optional<ContractTier> &tier);

    std::shared_ptr<Database> m_database;
    Instance m_instance;
    QTableWidget *m_table = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace csp
