#include "provideritems.h"

#include "acronis/accountapi.h"
#include "acronis/provisioningapi.h"
#include "acronis/records.h"
#include "providerrun.h"
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

Result<QList<acronis::OfferingItem>> chooseOfferingItems(
        const QList<acronis::OfferingItem> &available, const ProviderRequest &request,
        const QList<ProductKey> &activeProducts)
{
    QList<acronis::OfferingItem> chosen;
    if (!request.items.isEmpty()) {
        for (const QString &name : request.items) {
            qsizetype found = 0;
            for (const acronis::OfferingItem &item : available) {
                if (item.name == name.trimmed() && item.enabled()) {
                    chosen.append(item);
                    ++found;
                }
            }
            if (found == 0)
                return Error{ErrorKind::InvalidInput,
                             ProviderItems::tr("Items: \"%1\" is not available to service "
                                               "providers under this distributor.")
                                     .arg(name)};
        }
        return chosen;
    }
    const QSet<ProductKey> active(activeProducts.begin(), activeProducts.end());
    for (const acronis::OfferingItem &item : available) {
        if (item.enabled() && (request.allItems || active.contains(item.productKey())))
            chosen.append(item);
    }
    if (chosen.isEmpty())
        return Error{ErrorKind::InvalidInput,
                     request.allItems
                             ? ProviderItems::tr("Items: the distributor has no offering item "
                                                 "available to service providers.")
                             : ProviderItems::tr("Items: the instance has no active products "
                                                 "that Acronis still offers; run Get Services "
                                                 "Definition first, or name the items.")};
    return chosen;
}

Result<QList<ProductKey>> activeProductKeys(const std::shared_ptr<Database> &database,
                                            const QString &instanceId)
{
    ProductFilter filter;
    filter.instanceId = instanceId;
    filter.ordered = false;
    const auto rows = ProductRepository(database).list(filter);
    if (!rows)
        return rows.error();
    QList<ProductKey> active;
    for (const ProductRow &row : *rows)
        active.append(row.product.key);
    return active;
}

void ProviderItems::readItems(const Instance &instance, const QString &customerId)
{
    if (!m_run.begin(instance, QStringLiteral("read-items"), customerId) ||
        !m_run.storedProvider(customerId))
        return;
    m_run.openApi([this](const QString &) {
        m_run.progress(tr("Reading the offering items of \"%1\"…").arg(m_run.provider().name));
        acronis::account::fetchTenantOfferingItems(
                m_run.api(), m_run.provider().tenantId,
                [this](const Result<QList<acronis::OfferingItem>> &items) {
                    if (!items)
                        return m_run.fail(items.error());
                    ProviderOutcome &outcome = m_run.outcome();
                    outcome.enabledItems = enabledNames(*items);
                    m_run.succeed(tr("\"%1\" has %n offering item(s) enabled.", nullptr,
                                     int(outcome.enabledItems.size()))
                                          .arg(m_run.provider().name));
                });
    });
}

void ProviderItems::setItems(const Instance &instance, const QString &customerId,
                             const ProviderRequest &request)
{
    if (!m_run.begin(instance, QStringLiteral("set-items"), customerId) ||
        !m_run.storedProvider(customerId))
        return;
    m_run.openApi([this, request](const QString &distributorId) {
        m_run.progress(tr("Checking the offering items available to service providers…"));
        acronis::account::fetchPartnerCatalogue(
                m_run.api(), distributorId,
                [this, request](const Result<QList<acronis::OfferingItem>> &available) {
                    if (!available)
                        return m_run.fail(available.error());
                    const auto active = activeProductKeys(m_run.database(), m_run.instance().id);
                    if (!active)
                        return m_run.fail(active.error());
                    const auto chosen = chooseOfferingItems(*available, request, *active);
                    if (!chosen)
                        return m_run.fail(chosen.error());
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

void ProviderItems::writeItems(const QList<acronis::OfferingItem> &enable,
                               const QList<acronis::OfferingItem> &disable)
{
    m_run.progress(tr("Enabling %n offering item(s) on the tenant…", nullptr, int(enable.size())));
    acronis::account::setOfferingItems(
            m_run.api(), m_run.provider().tenantId, enable, disable,
            [this, enabled = enabledNames(enable)](const Status &set) {
                if (!set)
                    return m_run.fail(set.error());
                m_run.outcome().enabledItems = enabled;
                m_run.succeed(tr("\"%1\" has %n offering item(s) enabled; the other items "
                                 "available to service providers are disabled.",
                                 nullptr, int(enabled.size()))
                                      .arg(m_run.provider().name));
            });
}

} // namespace csp
