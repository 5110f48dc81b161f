#include "providertablemodel.h"

#include "core/money.h"
#include "core/notinvoiced.h"
#include "core/timetext.h"

#include <QFont>
#include <QLocale>
#include <QPalette>

namespace csp {

void ProviderTableModel::setProviders(QList<Provider> providers,
                                      QHash<QString, QString> instanceNames,
                                      QHash<QString, QList<ContractTier>> tiers,
                                      QHash<QString, QString> currencies)
{
    beginResetModel();
    m_providers = std::move(providers);
    m_instanceNames = std::move(instanceNames);
    m_tiers = std::move(tiers);
    m_currencies = std::move(currencies);
    endResetModel();
}

QString ProviderTableModel::tierText(const Provider &provider) const
{
    if (provider.tier.isEmpty())
        return {};
    for (const ContractTier &tier : m_tiers.value(provider.instanceId)) {
        if (tier.key != provider.tier)
            continue;
        const QString currency = m_currencies.value(provider.instanceId);
        if (tier.minimumCommitment.isZero() || currency.isEmpty())
            return ContractRules::displayName(tier);
        return tr("%1 (%2 a month)")
                .arg(ContractRules::displayName(tier),
                     moneyWithCurrency(tier.minimumCommitment, currency, QLocale()));
    }
    return ContractRules::displayName({provider.tier, {}, 0, {}, false});
}

int ProviderTableModel::rowOf(const QString &providerId) const
{
    for (int row = 0; row < m_providers.size(); ++row) {
        if (m_providers.at(row).id == providerId)
            return row;
    }
    return -1;
}

int ProviderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_providers.size());
}

int ProviderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProviderTableModel::statusLabel(ProviderStatus status)
{
    switch (status) {
    case ProviderStatus::Active:
        return tr("Active");
    case ProviderStatus::Suspended:
        return tr("Suspended");
    case ProviderStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QVariant ProviderTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_providers.size())
        return {};
    const Provider &provider = m_providers.at(index.row());
    if (role == StatusKeyRole)
        return providerStatusKey(provider.status);
    if (role == InstanceIdRole)
        return provider.instanceId;
    if (role == CustomerIdRole)
        return provider.customerId;
    if (role == Qt::ToolTipRole && index.column() == Status && !provider.progress.complete)
        return tr("Provisioning stopped half way; run New Service Provider with the same customer "
                  "id to continue.");
    const bool noCustomerId = InvoiceEligibility::lacksCustomerId(provider);
    if (role == Qt::ToolTipRole && index.column() == CustomerId && noCustomerId)
        return tr("Imported without the billing system's customer id: it is not invoiced until "
                  "it has one (Customer Id… in the table's menu).");
    if (role == Qt::ForegroundRole && provider.status != ProviderStatus::Active)
        return QPalette().brush(QPalette::Disabled, QPalette::Text); // not billed as active
    if (role == Qt::FontRole && provider.status != ProviderStatus::Active) {
        QFont font;
        font.setItalic(true);
        if (provider.status == ProviderStatus::Cancelled)
            font.setStrikeOut(true);
        return font;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return provider.name;
    case CustomerId:
        return noCustomerId ? tr("none (imported)") : provider.customerId;
    case Instance:
        return m_instanceNames.value(provider.instanceId);
    case Status:
        return provider.progress.complete || provider.status == ProviderStatus::Cancelled
                ? statusLabel(provider.status)
                : tr("%1 (incomplete)").arg(statusLabel(provider.status));
    case Tier:
        return tierText(provider);
    case PricingMode: // Acronis' word, in the admin's language
        return provider.pricingMode == u"production" ? tr("Production")
                : provider.pricingMode == u"trial"   ? tr("Trial")
                                                     : provider.pricingMode;
    case Admin:
        return provider.adminLogin;
    case TenantId:
        return provider.tenantId;
    case Changed:
        return timeText(provider.changedAt);
    }
    return {};
}

QVariant ProviderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case CustomerId:
        return tr("Customer id");
    case Instance:
        return tr("Instance");
    case Status:
        return tr("Status");
    case Tier:
        return tr("Tier");
    case PricingMode:
        return tr("Pricing mode");
    case Admin:
        return tr("Admin login");
    case TenantId:
        return tr("Tenant id");
    case Changed:
        return tr("Changed");
    }
    return {};
}

} // namespace csp
