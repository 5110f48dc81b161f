#include "provideritems.h"

#include "acronis/accountapi.h"
#include "acronis/provisioningapi.h"
#include "acronis/records.h"
#include "providerrun.h"
#include "storage/productrepository.h"

#include <QSet>

#include <algorithm>
#include <iterator>
#include <tuple>

namespace csp {

namespace {

QList<acronis::OfferingItem> enabledOnes(const QList<acronis::OfferingItem> &items)
{
    QList<acronis::OfferingItem> enabled;
    std::copy_if(items.begin(), items.end(), std::back_inserter(enabled),
                 [](const acronis::OfferingItem &item) { return item.enabled(); });
    return enabled;
}

QStringList enabledNames(const QList<acronis::OfferingItem> &items)
{
    QStringList names;
    for (const acronis::OfferingItem &item : items) {
        if (item.enabled() && !names.contains(item.name))
            names.append(item.name);
    }
    return names;
}

QString quoted(const QString &name)
{
    return ProviderItems::tr("\"%1\"", "an offering item's or product's name in quotes").arg(name);
}

Error unavailable(const QString &what)
{
    return Error{ErrorKind::InvalidInput,
                 ProviderItems::tr("Items: %1 is not available to service providers under this "
                                   "distributor.")
                         .arg(what)};
}

Result<QList<acronis::OfferingItem>> chooseProducts(const QList<acronis::OfferingItem> &available,
                                                    const QList<ProductRow> &catalogue,
                                                    const QList<ProductKey> &products)
{
    QList<acronis::OfferingItem> chosen;
    for (const ProductKey &key : products) {
        const auto served = std::find_if(available.begin(), available.end(),
                                         [&key](const acronis::OfferingItem &item) {
                                             return item.enabled() && item.productKey() == key;
                                         });
        if (served == available.end()) {
            const auto known =
                    std::find_if(catalogue.begin(), catalogue.end(),
                                 [&key](const ProductRow &row) { return row.product.key == key; });
            const QString name = known != catalogue.end() ? known->product.name : key.offeringItem;
            const QString storage =
                    known != catalogue.end() ? known->product.infraName : key.infraId;
            return unavailable(
                    storage.isEmpty()
                            ? quoted(name)
                            : ProviderItems::tr("\"%1\" on the storage \"%2\"").arg(name, storage));
        }
        chosen.append(*served);
    }
    return chosen;
}

Result<QList<acronis::OfferingItem>> chooseByName(const QList<acronis::OfferingItem> &available,
                                                  const QStringList &names)
{
    QList<acronis::OfferingItem> chosen;
    for (const QString &name : names) {
        qsizetype found = 0;
        for (const acronis::OfferingItem &item : available) {
            if (item.name == name.trimmed() && item.enabled()) {
                chosen.append(item);
                ++found;
            }
        }
        if (found == 0)
            return unavailable(quoted(name));
    }
    return chosen;
}

} // namespace

Result<QList<acronis::OfferingItem>> chooseOfferingItems(
        const QList<acronis::OfferingItem> &available, const ProviderRequest &request,
        const QList<ProductRow> &activeProducts)
{
    if (!request.products.isEmpty())
        return chooseProducts(available, activeProducts, request.products);
    if (!request.items.isEmpty())
        return chooseByName(available, request.items);
    QSet<ProductKey> active;
    for (const ProductRow &row : activeProducts)
        active.insert(row.product.key);
    QList<acronis::OfferingItem> chosen;
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

QList<ItemOnStorage> describeItems(const QList<acronis::OfferingItem> &items,
                                   const QList<ProductRow> &products)
{
    QHash<ProductKey, const Product *> byKey;
    for (const ProductRow &row : products)
        byKey.insert(row.product.key, &row.product);
    QList<ItemOnStorage> described;
    for (const acronis::OfferingItem &item : items) {
        const Product *product = byKey.value(item.productKey());
        described.append(
                {item.productKey(), product ? product->name : item.name,
                 product && !product->infraName.isEmpty() ? product->infraName : item.infraId});
    }
    std::sort(described.begin(), described.end(),
              [](const ItemOnStorage &a, const ItemOnStorage &b) {
                  return std::tuple(productNameKey(a.name), a.storage) <
                          std::tuple(productNameKey(b.name), b.storage);
              });
    return described;
}

Result<QList<ProductRow>> activeProducts(const std::shared_ptr<Database> &database,
                                         const QString &instanceId)
{
    ProductFilter filter;
    filter.instanceId = instanceId;
    filter.ordered = false;
    return ProductRepository(database).list(filter);
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
                    const auto rows = activeProducts(m_run.database(), m_run.instance().id);
                    if (!rows)
                        return m_run.fail(rows.error());
                    ProviderOutcome &outcome = m_run.outcome();
                    outcome.enabledItems = enabledNames(*items);
                    outcome.items = describeItems(enabledOnes(*items), *rows);
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
                    const auto rows = activeProducts(m_run.database(), m_run.instance().id);
                    if (!rows)
                        return m_run.fail(rows.error());
                    const auto chosen = chooseOfferingItems(*available, request, *rows);
                    if (!chosen)
                        return m_run.fail(chosen.error());
                    m_run.outcome().items = describeItems(*chosen, *rows);
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
