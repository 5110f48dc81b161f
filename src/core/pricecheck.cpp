#include "pricecheck.h"

#include "csv.h"
#include "money.h"

#include <algorithm>

namespace csp {

Decimal priceCheckTolerance()
{
    return *Decimal::parse(u"0.005");
}

std::optional<Decimal> impliedDiscountPercent(Decimal listPrice, Decimal effectivePrice)
{
    if (listPrice.isZero())
        return std::nullopt;
    const auto saved = listPrice.minus(effectivePrice);
    const auto savedPercent = saved ? saved->times(Decimal::fromInteger(100)) : std::nullopt;
    return savedPercent ? savedPercent->dividedBy(listPrice) : std::nullopt;
}

namespace {

bool names(const Product &product, const QString &name)
{
    if (name.isEmpty())
        return false;
    for (const QString &own : {product.name, product.acronisName, product.key.offeringItem}) {
        if (own.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The one product `price` names; a retired one only where no current one fits.
std::optional<ProductKey> productOf(const ListedPrice &price, const QList<Product> &products)
{
    for (const bool retired : {false, true}) {
        QList<ProductKey> found;
        for (const Product &product : products) {
            if (product.retired != retired ||
                !(names(product, price.friendlyName) || names(product, price.name)))
                continue;
            if (!found.contains(product.key))
                found.append(product.key);
        }
        if (found.size() == 1)
            return found.first();
        if (found.size() > 1)
            return std::nullopt; // several: not known which
    }
    return std::nullopt;
}

} // namespace

QHash<QString, ProductKey> productsOfSkus(const QList<ListedPrice> &prices,
                                          const QList<Product> &products)
{
    QHash<QString, ProductKey> known;
    for (const ListedPrice &price : prices) {
        if (const auto key = productOf(price, products))
            known.insert(price.sku, *key);
    }
    return known;
}

QList<PriceCheckRow> comparePriceList(const MonthPriceList &list, const QString &instanceCurrency,
                                      const DiscountPolicy &discounts,
                                      const QHash<QString, ProductKey> &skuProducts)
{
    const Decimal tolerance = priceCheckTolerance();
    const bool otherCurrency = list.currency.compare(instanceCurrency, Qt::CaseInsensitive) != 0;
    QList<PriceCheckRow> rows;
    for (const ListedPrice &price : list.prices) {
        PriceCheckRow row;
        row.price = price;
        row.currency = list.currency;
        row.otherCurrency = otherCurrency;
        row.impliedPercent = impliedDiscountPercent(price.listPrice, price.effectivePrice);
        if (const auto key = skuProducts.constFind(price.sku); key != skuProducts.constEnd()) {
            row.offeringItem = key->offeringItem;
            row.discountPercent = discounts.discountFor(*key);
        } else {
            row.discountPercent = discounts.instanceDiscount();
        }
        if (row.impliedPercent)
            row.difference = row.impliedPercent->minus(row.discountPercent);
        const bool apart = row.difference &&
                (row.difference->isNegative() ? -*row.difference : *row.difference) > tolerance;
        row.differs = otherCurrency || apart;
        rows.append(row);
    }
    return rows;
}

int differingRows(const QList<PriceCheckRow> &rows)
{
    return int(std::count_if(rows.begin(), rows.end(),
                             [](const PriceCheckRow &row) { return row.differs; }));
}

QStringList priceCheckColumns()
{
    return {QStringLiteral("sku"),
            QStringLiteral("name"),
            QStringLiteral("currency"),
            QStringLiteral("list_price"),
            QStringLiteral("effective_price"),
            QStringLiteral("implied_discount_percent"),
            QStringLiteral("discount_percent"),
            QStringLiteral("offering_item"),
            QStringLiteral("differs")};
}

namespace {

// The row's values in column order; nullopt where it has none.
QList<std::optional<QString>> priceCheckValues(const PriceCheckRow &row)
{
    const auto implied =
            row.impliedPercent ? std::optional(row.impliedPercent->text()) : std::nullopt;
    const auto item = row.offeringItem.isEmpty() ? std::nullopt : std::optional(row.offeringItem);
    return {row.price.sku,
            row.price.friendlyName.isEmpty() ? row.price.name : row.price.friendlyName,
            row.currency,
            moneyText(row.price.listPrice, row.currency),
            moneyText(row.price.effectivePrice, row.currency),
            implied,
            row.discountPercent.text(),
            item,
            row.differs ? QStringLiteral("true") : QStringLiteral("false")};
}

} // namespace

QJsonObject priceCheckJson(const PriceCheckRow &row)
{
    const QStringList columns = priceCheckColumns();
    const auto values = priceCheckValues(row);
    QJsonObject json;
    for (qsizetype i = 0; i < columns.size(); ++i)
        json.insert(columns.at(i), values.at(i) ? QJsonValue(*values.at(i)) : QJsonValue());
    json.insert(QStringLiteral("differs"), row.differs);
    return json;
}

QString priceCheckCsv(const QList<PriceCheckRow> &rows)
{
    return csvTable(priceCheckColumns(), rows, priceCheckValues);
}

} // namespace csp
