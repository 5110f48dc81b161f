#pragma once

#include "core/discounts.h"
#include "core/instance.h"
#include "core/pricehistory.h"
#include "core/result.h"
#include "core/usage.h"

#include <QDate>

#include <memory>
#include <optional>

namespace csp {
class Database;
}

namespace csp {

// The prices that price a usage: every product of an instance (retired ones too, since their
// usage is still billed) with its sell and cost price, as they are now or as they were when a
// month ended.
struct PriceList
{
    QHash<ProductKey, ProductPrice> prices;
    QHash<ProductKey, QString> units; // each product's measurement unit
    DiscountPolicy discounts;         // in effect then
    // The sync whose price list it is (the last one before the month ended; for current prices
    // the last one of all); nullopt when no sync has succeeded yet.
    std::optional<PriceListRun> run;
    bool current = true;
    // For a closed month: false when no sync preceded the month's end, so the oldest price list
    // known priced it; `warning` then says so.
    bool precedesPeriodEnd = true;
    QString warning;
};

class PriceListService
{
    Q_DECLARE_TR_FUNCTIONS(PriceListService)

public:
    explicit PriceListService(std::shared_ptr<Database> database);

    // Today's prices and discount.
    Result<PriceList> current(const Instance &instance) const;
    // The prices and discount in effect when `month` ended (UTC).
    Result<PriceList> asOfMonthEnd(const Instance &instance, QDate month) const;

    // The instant a month ends: the first millisecond of the next one, UTC ISO 8601.
    static QString monthEnd(QDate month);

private:
    Result<DiscountPolicy> discountsBefore(const Instance &instance, const QString &before) const;

    std::shared_ptr<Database> m_database;
};

} // namespace csp
