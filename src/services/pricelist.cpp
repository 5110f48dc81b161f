#include "pricelist.h"

#include "core/timetext.h"

#include "core/month.h"
#include "storage/database.h"
#include "storage/pricehistoryrepository.h"
#include "storage/productrepository.h"

#include <QDateTime>

namespace csp {

namespace {

DiscountPolicy policyFrom(const QList<DiscountEntry> &entries, Decimal fallback)
{
    DiscountPolicy policy(fallback);
    for (const DiscountEntry &entry : entries)
        policy.apply(entry.scope, entry.scopeKey, entry.percent);
    return policy;
}

Result<QList<ProductRow>> productsOf(const std::shared_ptr<Database> &database,
                                     const Instance &instance)
{
    ProductFilter filter;
    filter.instanceId = instance.id;
    filter.includeRetired = true; // usage of a retired product is still billed at its price
    filter.ordered = false;
    return ProductRepository(database).list(filter);
}

} // namespace

PriceListService::PriceListService(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

QString PriceListService::monthEnd(QDate month)
{
    const QDate next = firstOfMonth(month).addMonths(1);
    return QDateTime(next, QTime(0, 0), Qt::UTC).toString(Qt::ISODateWithMs);
}

Result<PriceList> PriceListService::current(const Instance &instance) const
{
    const auto rows = productsOf(m_database, instance);
    if (!rows)
        return rows.error();
    const auto run = PriceHistoryRepository(m_database).latestSync(instance.id);
    if (!run)
        return run.error();
    const auto discounts = PriceHistoryRepository(m_database).currentDiscounts(instance.id);
    if (!discounts)
        return discounts.error();
    PriceList list;
    list.run = *run;
    list.discounts = policyFrom(*discounts, instance.discountPercent);
    list.discounts.setInstanceDiscount(instance.discountPercent); // the instance's row decides
    for (const ProductRow &row : *rows) {
        const Product &product = row.product;
        list.prices.insert(product.key,
                           {product.name, product.applicationName, product.sellPrice,
                            list.discounts.costOf(product.key, product.sellPrice),
                            product.priceCurrency});
        list.units.insert(product.key, product.measurementUnit);
    }
    return list;
}

Result<DiscountPolicy> PriceListService::discountsBefore(const Instance &instance,
                                                         const QString &before) const
{
    PriceHistoryRepository history(m_database);
    auto entries = history.discountsBefore(instance.id, before);
    if (!entries)
        return entries.error();
    if (entries->isEmpty()) // the instance was set up after that month: its first discount
        entries = history.discountsBefore(instance.id, {});
    if (!entries)
        return entries.error();
    return policyFrom(*entries, instance.discountPercent);
}

Result<PriceList> PriceListService::asOfMonthEnd(const Instance &instance, QDate month) const
{
    const QString end = monthEnd(month);
    const auto rows = productsOf(m_database, instance);
    if (!rows)
        return rows.error();
    PriceHistoryRepository history(m_database);
    auto run = history.lastSyncBefore(instance.id, end);
    if (!run)
        return run.error();
    PriceList list;
    list.current = false;
    auto entries =
            *run ? history.pricesBefore(instance.id, end) : history.earliestPrices(instance.id);
    if (!entries)
        return entries.error();
    if (!*run) {
        list.precedesPeriodEnd = false;
        run = history.firstSync(instance.id);
        if (!run)
            return run.error();
        const QString monthText = monthKey(month);
        list.warning = *run
                ? tr("No Get Services Definition of \"%1\" succeeded before %2 "
                     "ended; it was priced with the oldest price list known, that "
                     "of the run of %3.")
                          .arg(instance.systemName, monthText, timeText((*run)->finishedAt))
                : tr("No Get Services Definition of \"%1\" has succeeded yet; %2 "
                     "was priced with the prices set by hand only.")
                          .arg(instance.systemName, monthText);
    }
    list.run = *run;
    const auto discounts = discountsBefore(instance, end);
    if (!discounts)
        return discounts.error();
    list.discounts = *discounts;
    for (const ProductRow &row : *rows) {
        const Product &product = row.product;
        const PriceEntry entry = entries->value(product.id);
        list.prices.insert(product.key,
                           {product.name, product.applicationName, entry.sellPrice,
                            list.discounts.costOf(product.key, entry.sellPrice), entry.currency});
        list.units.insert(product.key, product.measurementUnit);
    }
    return list;
}

} // namespace csp
