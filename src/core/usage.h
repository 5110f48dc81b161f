#pragma once

#include "catalogue.h"
#include "decimal.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace csp {

// One usage counter of one tenant, as Acronis reports it (live usages or a usage report).
struct UsageRecord
{
    QString tenantId;
    ProductKey key;          // application, offering item (the usage's name), edition, storage
    QString measurementUnit; // bytes, seconds, quantity
    qint64 value = 0;        // in the measurement unit, for the current (or reported) period
    std::optional<Decimal> fractionalValue; // when Acronis reports a non-integral amount
};

// What a product sells at, as the catalogue knows it.
struct ProductPrice
{
    QString name;
    QString applicationName;
    std::optional<Decimal> sellPrice;
    std::optional<Decimal> costPrice;
    QString currency;
};

enum class UsageLineStatus {
    Priced,
    NoProduct,  // no product of the instance matches (offering item, edition, storage)
    NoPrice,    // the product has no sell price
    OutOfRange, // the quantity is too large to price exactly
};

// One priced line of an invoice estimate.
struct UsageLine
{
    QString customerId;
    QString tenantId;
    QString providerName;
    ProductKey key;
    QString measurementUnit;
    QString productName;
    QString applicationName;         // empty when no product matches
    std::optional<Decimal> quantity; // in the unit sold: GB (1024³ bytes), hours, items
    std::optional<Decimal> sellPrice;
    std::optional<Decimal> costPrice;
    std::optional<Decimal> sellAmount; // quantity × price, rounded to the currency's minor unit
    std::optional<Decimal> costAmount;
    QString currency;
    UsageLineStatus status = UsageLineStatus::NoProduct;
};

// The sell and cost totals of the lines in one currency.
struct CurrencyTotal
{
    QString currency;
    Decimal sell;
    Decimal cost;
    int pricedLines = 0;
    std::optional<Decimal> margin() const { return sell.minus(cost); }
};

// Totals per currency: amounts of different currencies are never added together. Lines that
// could not be priced are counted, never priced as zero.
class UsageTotals
{
public:
    // Adds a priced line to its currency's total, or counts an unpriced one. An Error naming
    // `owner` when a total would go beyond what Decimal holds (nothing is added then).
    Status add(const UsageLine &line, const QString &owner);
    // In the order the currencies were first met.
    const QList<CurrencyTotal> &byCurrency() const { return m_totals; }
    // The total in `currency` (zero when no line is in it).
    CurrencyTotal in(const QString &currency) const;
    int pricedLines() const { return m_priced; }
    int unpricedLines() const { return m_unpriced; }

private:
    QList<CurrencyTotal> m_totals;
    int m_priced = 0;
    int m_unpriced = 0;
};

// The quantity in the unit sold: bytes → GB with 1 GB = 1024³ bytes, seconds → hours, counts
// as they are; rounded half away from zero at Decimal's scale. nullopt when it does not fit.
std::optional<Decimal> soldQuantity(const QString &measurementUnit, qint64 value);

// Prices one usage record with the instance's products (keyed by ProductKey). `minorUnits` of
// the price's currency round the amounts, so that an invoice's lines add up to its total.
UsageLine priceUsage(const UsageRecord &record, const QHash<ProductKey, ProductPrice> &products,
                     const QString &primaryCurrency);

QString usageLineStatusKey(UsageLineStatus status); // priced, no_product, no_price, out_of_range

// The columns of a usage line for export (CLI.md's order, then the provider, product and
// status), and a line's values in that order: nullopt where there is no value. Amounts are at
// the currency's minor unit, prices and quantities exact.
QStringList usageColumns();
QList<std::optional<QString>> usageValues(const UsageLine &line);
// A header and one record per line, in those columns (RFC 4180; empty where there is no value).
QString usageCsv(const QList<UsageLine> &lines);

} // namespace csp
