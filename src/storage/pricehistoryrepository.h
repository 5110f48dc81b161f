#pragma once

#include "core/catalogue.h"
#include "core/discounts.h"
#include "core/pricehistory.h"
#include "core/result.h"
#include "database.h"

#include <QHash>

#include <memory>
#include <optional>

namespace csp {

// The history of prices and discounts, so that a closed month is priced as it was then. Entries
// are only ever added; writes run inside the caller's transaction.
class PriceHistoryRepository
{
    Q_DECLARE_TR_FUNCTIONS(PriceHistoryRepository)

public:
    explicit PriceHistoryRepository(std::shared_ptr<Database> database);

    Status recordPrices(const QString &instanceId, const QList<PriceEntry> &entries);
    // recordPrices in two steps: the rows, made on any thread (no database is needed), then
    // their write.
    static QList<QVariantList> priceRows(const QString &instanceId,
                                         const QList<PriceEntry> &entries);
    Status writePriceRows(const QList<QVariantList> &rows);
    Status recordDiscount(const QString &instanceId, const DiscountEntry &entry);

    // Each product's entry in effect just before `before` (UTC ISO 8601): the latest one that
    // took effect earlier. Products without one are absent.
    Result<QHash<QString, PriceEntry>> pricesBefore(const QString &instanceId,
                                                    const QString &before) const;
    // Each product's first entry.
    Result<QHash<QString, PriceEntry>> earliestPrices(const QString &instanceId) const;
    // The discounts in effect just before `before`, one per scope and key; with an empty
    // `before`, the first of each.
    Result<QList<DiscountEntry>> discountsBefore(const QString &instanceId,
                                                 const QString &before) const;
    // The discounts in effect now, one per scope and key (cleared overrides included).
    Result<QList<DiscountEntry>> currentDiscounts(const QString &instanceId) const;
    // The overrides in effect now of every instance, as policies over `instanceDiscounts`.
    Result<QHash<QString, DiscountPolicy>> currentPolicies(
            const QHash<QString, Decimal> &instanceDiscounts) const;

    // The last succeeded sync that finished before `before`, and the first one of all.
    Result<std::optional<PriceListRun>> lastSyncBefore(const QString &instanceId,
                                                       const QString &before) const;
    Result<std::optional<PriceListRun>> firstSync(const QString &instanceId) const;
    Result<std::optional<PriceListRun>> latestSync(const QString &instanceId) const;

private:
    Result<QHash<QString, PriceEntry>> prices(const QString &instanceId, const QString &before,
                                              bool earliest) const;
    Result<std::optional<PriceListRun>> sync(const QString &sql, const QVariantList &values) const;

    std::shared_ptr<Database> m_database;
};

} // namespace csp
