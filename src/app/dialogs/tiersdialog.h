#pragma once

#include "core/contract.h"
#include "core/instance.h"

#include <QDialog>

#include <memory>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace csp {

class Database;

// The contract tiers of one instance, as the admin keeps them: each tier's name, the tier
// Acronis keeps for it (its tier_level_value, shown by name), its minimum monthly commitment and
// whether it is a promo. Saves every change at once or none, and says which tier and field were
// refused.
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
    // How many tiers the last save() changed (0: nothing was edited).
    int savedChanges() const { return m_savedChanges; }
    // What the last save() did, for the page that opened the dialog to confirm.
    QString savedText() const;

private:
    void showTiers(const QList<ContractTier> &tiers);
    void showAcronisCommitment(QLabel *label);
    void appendRow(const std::optional<ContractTier> &tier);
    void writeCommitmentAsMoney(QTableWidgetItem *item);

    std::shared_ptr<Database> m_database;
    Instance m_instance;
    QTableWidget *m_table = nullptr;
    QLabel *m_error = nullptr;
    int m_savedChanges = 0;
};

} // namespace csp
