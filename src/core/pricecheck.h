#pragma once

#include "catalogue.h"
#include "decimal.h"
#include "discounts.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace csp {

// One SKU of Acronis' effective price list (Pricelist API v1): what the distributor pays for it
// in a month. Money and percentages come as strings and are read exactly.
struct ListedPrice
{
    QString sku;
    QString name;
    QString friendlyName;
    QString category;
    QString subCategory;
    Decimal listPrice;         // without discounts
    Decimal effectivePrice;    // with the discounts
    Decimal skuDiscount;       // percent
    Decimal pricelistDiscount; // percent
};

// The distributor's price list of one month, as Acronis lists it.
struct MonthPriceList
{
    QString month; // YYYY-MM
    QString currency;
    QString commitment; // the distributor's own commitment to Acronis, as Acronis writes it
    QString pricelistCode;
    QList<ListedPrice> prices;
};

// A SKU's implied discount beside the one this program applies.
struct PriceCheckRow
{
    ListedPrice price;
    QString currency;                      // the price list's
    std::optional<Decimal> impliedPercent; // nullopt: a list price of zero says nothing
    Decimal discountPercent;               // this program's, for the month
    std::optional<Decimal> difference;     // implied − this program's, in percentage points
    QString offeringItem;                  // the SKU's product, when known
    bool otherCurrency = false;            // priced in another currency than the instance's
    bool differs = false;
};

// How far the implied discount may be from ours before a row is flagged: 0.005 percentage
// points, half of the smallest step the Distributor Discount can be given in.
Decimal priceCheckTolerance();

// 1 − effective ÷ list, as a percentage at Decimal's scale: 10.00 and 8.20 give 18. nullopt for
// a list price of zero.
std::optional<Decimal> impliedDiscountPercent(Decimal listPrice, Decimal effectivePrice);

// Which of `products` each SKU prices, where that is known: the one product (not retired,
// else any) whose name is the SKU's friendly name or name, ignoring case. A SKU whose name fits
// none, or several, is not known.
QHash<QString, ProductKey> productsOfSkus(const QList<ListedPrice> &prices,
                                          const QList<Product> &products);

// Every SKU of `list` beside `discounts` (the instance's, or the override of the SKU's product
// where `skuProducts` knows it). A row differs when the implied discount is more than
// priceCheckTolerance() from ours, or when the list is in another currency than
// `instanceCurrency`.
QList<PriceCheckRow> comparePriceList(const MonthPriceList &list, const QString &instanceCurrency,
                                      const DiscountPolicy &discounts,
                                      const QHash<QString, ProductKey> &skuProducts);

int differingRows(const QList<PriceCheckRow> &rows);

// The rows as `prices check` prints them (CLI.md): sku, name, currency, list_price,
// effective_price, implied_discount_percent, discount_percent, offering_item, differs. Money
// exactly, with at least the currency's minor units; percentages as they are.
QStringList priceCheckColumns();
QJsonObject priceCheckJson(const PriceCheckRow &row);
QString priceCheckCsv(const QList<PriceCheckRow> &rows);

// What the last check of an instance's discount against Acronis' price list found, as the setup
// form notes it.
struct PriceCheckSummary
{
    QString month;     // YYYY-MM
    QString checkedAt; // UTC ISO 8601
    QString checkedBy; // user@host
    int skus = 0;
    int differing = 0;
    // What Acronis listed for the month (empty when it listed none or could not be read).
    QString currency;
    QString commitment; // the distributor's own commitment to Acronis
    QString pricelistCode;
    QString error; // the price list could not be read: why
};

} // namespace csp
