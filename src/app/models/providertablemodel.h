#pragma once

#include "core/contract.h"
#include "core/provider.h"

#include <QAbstractTableModel>
#include <QHash>

namespace csp {

// The service providers of every instance, one per row.
class ProviderTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        CustomerId,
        Instance,
        Status,
        Tier,
        PricingMode,
        Admin,
        TenantId,
        Changed,
        ColumnCount
    };
    static constexpr int StatusKeyRole = Qt::UserRole + 1; // "active", "suspended", "cancelled"
    static constexpr int InstanceIdRole = Qt::UserRole + 2;
    static constexpr int CustomerIdRole = Qt::UserRole + 3; // as stored (a tenant id for some)

    using QAbstractTableModel::QAbstractTableModel;

    // `tiers`: each instance's contract tiers, to show a provider's tier with its commitment.
    void setProviders(QList<Provider> providers, QHash<QString, QString> instanceNames,
                      QHash<QString, QList<ContractTier>> tiers = {},
                      QHash<QString, QString> currencies = {});
    const Provider &provider(int row) const { return m_providers.at(row); }
    int rowOf(const QString &providerId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString statusLabel(ProviderStatus status);

private:
    QList<Provider> m_providers;
    QHash<QString, QString> m_instanceNames;
    QHash<QString, QList<ContractTier>> m_tiers;
    QHash<QString, QString> m_currencies;
    QString tierText(const Provider &provider) const;
};

} // namespace csp
