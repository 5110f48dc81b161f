#include "productservice.h"

#include "core/timetext.h"
#include "storage/database.h"
#include "storage/productrepository.h"

#include "core/money.h"

#include <QDateTime>

namespace csp {

ProductService::ProductService(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

Result<ProductRow> ProductService::find(const QString &productId) const
{
    ProductFilter filter;
    filter.productId = productId;
    filter.includeRetired = true;
    auto rows = ProductRepository(m_database).list(filter);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error{ErrorKind::NotFound, tr("The product no longer exists.")};
    return rows->first();
}

ProductService::Outcome ProductService::rename(const QString &productId, const QString &newName)
{
    const auto row = find(productId);
    if (!row)
        return {row.error(), {}};
    return renameRow(*row, row->product, newName);
}

ProductService::Outcome ProductService::rename(const Product &basedOn, const QString &newName)
{
    const auto row = find(basedOn.id);
    if (!row)
        return {row.error(), {}};
    return renameRow(*row, basedOn, newName);
}

ProductService::Outcome ProductService::renameRow(const ProductRow &row, const Product &basedOn,
                                                  const QString &newName)
{
    const QString name = newName.trimmed();
    if (name.isEmpty())
        return {Error{ErrorKind::InvalidInput, tr("The product name must not be empty.")}, {}};
    if (name.size() > 256 || std::any_of(name.begin(), name.end(), [](QChar c) {
            return c.category() == QChar::Other_Control;
        }))
        return {Error{ErrorKind::InvalidInput,
                      tr("The product name must be at most 256 characters, without line breaks or "
                         "control characters.")},
                {}};
    if (basedOn.name == name && row.product.version == basedOn.version)
        return {};
    if (const Status renamed =
                ProductRepository(m_database).rename(basedOn, name, catalogueTimeNow());
        !renamed)
        return {renamed, {}};
    Outcome outcome;
    if (row.namePolicy == NamePolicy::Update && name != row.product.acronisName)
        outcome.notice = tr("\"%1\" continuously updates product names, so the next Get Services "
                            "Definition will rename this product back to \"%2\". Choose \"Keep the "
                            "names of the first run\" in its setup to keep your name.")
                                 .arg(row.instanceName, row.product.acronisName);
    return outcome;
}

Result<ProductRow> ProductService::findItem(const ItemSelector &selector) const
{
    ProductFilter filter;
    filter.instanceId = selector.instanceId;
    filter.includeRetired = true;
    const auto rows = ProductRepository(m_database).list(filter);
    if (!rows)
        return rows.error();
    QList<ProductRow> matches;
    for (const ProductRow &row : *rows) {
        const ProductKey &key = row.product.key;
        if (key.offeringItem == selector.offeringItem &&
            (!selector.edition || key.edition == *selector.edition) &&
            (!selector.infraId || key.infraId == *selector.infraId))
            matches.append(row);
    }
    if (matches.isEmpty())
        return Error{ErrorKind::NotFound,
                     tr("There is no product with the offering item \"%1\"%2.")
                             .arg(selector.offeringItem,
                                  selector.edition || selector.infraId
                                          ? tr(" with that edition and storage")
                                          : QString())};
    if (matches.size() > 1) {
        QStringList candidates;
        const auto quoted = [](const QString &text) {
            return text.isEmpty() ? QStringLiteral("\"\"") : text;
        };
        for (const ProductRow &row : std::as_const(matches))
            candidates.append(
                    QStringLiteral("--edition %1 --infra-id %2")
                            .arg(quoted(row.product.key.edition), quoted(row.product.key.infraId)));
        return Error{ErrorKind::InvalidInput,
                     tr("\"%1\" matches %2 products; name one with %3.")
                             .arg(selector.offeringItem)
                             .arg(matches.size())
                             .arg(candidates.join(tr(" or ")))};
    }
    return matches.first();
}

Result<Decimal> ProductService::parsePrice(const QString &text, const QLocale &locale,
                                           const QString &field)
{
    constexpr int MaxPriceDigits = 4;
    Decimal::ParseFailure why{};
    const auto price = Decimal::parse(text, locale, MaxPriceDigits, &why);
    if (!price)
        return Error{ErrorKind::InvalidInput,
                     decimalProblem(why, field, text, MaxPriceDigits, locale)};
    if (price->isNegative())
        return Error{ErrorKind::InvalidInput,
                     tr("%1: \"%2\" is negative; a price is at least 0.").arg(field, text)};
    return *price;
}

ProductService::Outcome ProductService::setManualPrice(const ItemSelector &selector,
                                                       const QString &priceText,
                                                       const QLocale &locale)
{
    const auto price = parsePrice(priceText, locale, tr("Sell price"));
    if (!price)
        return {price.error(), {}};
    const auto row = findItem(selector);
    if (!row)
        return {row.error(), {}};
    return setPriceOf(*row, row->product, *price, locale);
}

ProductService::Outcome ProductService::setManualPrice(const Product &basedOn,
                                                       const QString &priceText,
                                                       const QLocale &locale)
{
    const auto price = parsePrice(priceText, locale, tr("Sell price"));
    if (!price)
        return {price.error(), {}};
    const auto row = find(basedOn.id);
    if (!row)
        return {row.error(), {}};
    return setPriceOf(*row, basedOn, *price, locale);
}

ProductService::Outcome ProductService::setPriceOf(const ProductRow &row, const Product &basedOn,
                                                   Decimal price, const QLocale &locale)
{
    const Product &product = row.product;
    if (product.priceSource == PriceSource::Served)
        return {Error{ErrorKind::InvalidInput,
                      tr("Acronis serves the price of \"%1\" (%2 %3); a price set by hand would be "
                         "replaced at the next Get Services Definition.")
                              .arg(product.name,
                                   moneyText(*product.sellPrice, product.priceCurrency, locale),
                                   product.priceCurrency)},
                {}};
    if (product.version == basedOn.version && product.priceSource == PriceSource::Manual &&
        product.sellPrice && product.sellPrice->isIdenticalTo(price))
        return {}; // the same price typed again: nothing to record
    return {ProductRepository(m_database)
                    .setManualPrice(basedOn, price, row.primaryCurrency, catalogueTimeNow()),
            {}};
}

} // namespace csp
