// The offering items of an existing service provider's tenant: read and changed.

#include "acronis/accountapi.h"
#include "acronis/provisioningapi.h"
#include "acronis/records.h"
#include "providercreaterun.h"
#include "providerservice.h"
#include "storage/productrepository.h"

#include <QSet>

namespace csp {

namespace {

QStringList enabledNames(const QList<acronis::OfferingItem> &items)
{
    QStringList names;
    for (const acronis::OfferingItem &item : items) {
        if (item.enabled() && !names.contains(item.name))
            names.append(item.name);
    }
    return names;
}

} // namespace

void ProviderService::readItems(const Instance &instance, const QString &customerId)
{
    if (!begin(instance, QStringLiteral("read-items"), customerId) || !storedProvider(customerId))
        return;
    connect([this](const QString &) {
        emit progress(tr("Reading the offering items of \"%1\"…").arg(m_outcome.provider->name));
        acronis::account::fetchTenantOfferingItems(
                *m_api, m_outcome.provider->tenantId,
                [this](const Result<QList<acronis::OfferingItem>> &items) {
                    if (!items)
                        return fail(items.error());
                    m_outcome.enabledItems = enabledNames(*items);
                    succeed(tr("\"%1\" has %n offering item(s) enabled.", nullptr,
                               int(m_outcome.enabledItems.size()))
                                    .arg(m_outcome.provider->name));
                });
    });
}

void ProviderService::setItems(const Instance &instance, const QString &customerId,
                               const ProviderRequest &request)
{
    if (!begin(instance, QStringLiteral("set-items"), customerId) || !storedProvider(customerId))
        return;
    connect([this, request](const QString &distributorId) {
        emit progress(tr("Checking the offering items available to service providers…"));
        acronis::account::fetchPartnerCatalogue(
                *m_api, distributorId,
                [this, request](const Result<QList<acronis::OfferingItem>> &available) {
                    if (!available)
                        return fail(available.error());
                    ProductFilter filter;
                    filter.instanceId = m_instance.id;
                    filter.ordered = false;
                    const auto rows = ProductRepository(m_database).list(filter);
                    if (!rows)
                        return fail(rows.error());
                    QList<ProductKey> active;
                    for (const ProductRow &row : *rows)
                        active.append(row.product.key);
                    const auto chosen = chooseOfferingItems(*available, request, active);
                    if (!chosen)
                        return fail(chosen.error());
                    QSet<ProductKey> kept;
                    for (const acronis::OfferingItem &item : *chosen)
                        kept.insert(item.productKey());
                    QList<acronis::OfferingItem> others;
                    for (const acronis::OfferingItem &item : *available) {
                        if (!kept.contains(item.productKey()))
                            others.append(item);
                    }
                    writeItems(*chosen, others);
                });
    });
}

void ProviderService::writeItems(const QList<acronis::OfferingItem> &enable,
                                 const QList<acronis::OfferingItem> &disable)
{
    emit progress(tr("Enabling %n offering item(s) on the tenant…", nullptr, int(enable.size())));
    acronis::account::setOfferingItems(
            *m_api, m_outcome.provider->tenantId, enable, disable,
            [this, enabled = enabledNames(enable)](const Status &set) {
                if (!set)
                    return fail(set.error());
                m_outcome.enabledItems = enabled;
                succeed(tr("\"%1\" has %n offering item(s) enabled; the other items available "
                           "to service providers are disabled.",
                           nullptr, int(enabled.size()))
                                .arg(m_outcome.provider->name));
            });
}

} // namespace csp
