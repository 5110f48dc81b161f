#pragma once

#include "core/instance.h"
#include "services/pricecheck.h"

#include <QDialog>

#include <memory>

class QAbstractItemModel;
class QNetworkAccessManager;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace Ui {
class PriceCheckDialog;
}

namespace csp {

class Database;
class SecretStore;

// "Check against Acronis' price list…": the SKUs of a month's effective price list, each with
// its list and effective price, the discount they imply and the one this program applies, sortable
// by value; the month chosen by name.
class PriceCheckDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column {
        SkuColumn,
        NameColumn,
        ListColumn,
        EffectiveColumn,
        ImpliedColumn,
        DiscountColumn,
        DifferenceColumn,
        ColumnCount
    };
    // Sorting compares this role: exact numbers as Decimal units, text as text.
    static constexpr int SortRole = Qt::UserRole + 1;

    PriceCheckDialog(std::shared_ptr<Database> database, SecretStore &secrets,
                     QNetworkAccessManager &network, Instance instance, QWidget *parent = nullptr);
    ~PriceCheckDialog() override;

    // Checks the month chosen.
    void run();
    // The table as the admin sees it (sorted), for tests and the screen reader's sake.
    QAbstractItemModel *table() const;
    bool isRunning() const { return m_check.isRunning(); }

signals:
    // A check is done: the setup form notes its outcome.
    void checked();

private:
    void show(const PriceCheckReport &report);

    std::unique_ptr<Ui::PriceCheckDialog> m_ui;
    PriceCheck m_check;
    Instance m_instance;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
};

} // namespace csp
