#include "productservice.h"

#include "core/currency.h"

#include <QDateTime>

namespace csp {

namespace {

QString utcNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

ProductService::ProductService(std::shared_ptr<Database> database)
    : m_database(database)
    , m_products(std::move(database))
{ }

Result<ProductRow> ProductService::find(const QString &productId) const
{
    ProductFilter filter;
    filter.productId = productId;
    filter.includeRetired = true;
    auto rows = m_products.list(filter);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error{ErrorKind::NotFound, tr("The product no longer exists.")};
    return rows->first();
}

ProductService::Outcome ProductService::rename(const QString &productId, const QString &newName)
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
    const auto row = find(productId);
    if (!row)
        return {row.error(), {}};
    if (row->product.name == name)
        return {};
    if (const Status renamed = m_products.rename(row->product, name, utcNow()); !renamed)
        return {renamed, {}};
    Outcome outcome;
    if (row->namePolicy == NamePolicy::Update && name != row->product.acronisName)
        outcome.notice = tr("\"%1\" continuously updates product names, so the next Get Services "
                            "Definition will rename this product back to \"%2\". Choose \"Keep the "
                            "names of the first run\" in its setup to keep your name.")
                                 .arg(row->instanceName, row->product.acronisName);
    return outcome;
}

ProductService::Outcome ProductService::setManualPrice(const QString &productId,
                                                       const QString &priceText,
                                                       const QLocale &locale)
{
    Decimal::ParseFailure why{};
    const auto price = Decimal::parse(priceText, locale, Decimal::Scale, &why);
    if (!price || price->isNegative())
        return {Error{ErrorKind::InvalidInput,
                      tr("The sell price must be a number of at least 0 with at most 4 decimal "
                         "places, such as %1.")
                              .arg(Decimal::fromUnits(125'000).toLocaleString(locale, 2))},
                {}};
    const auto row = find(productId);
    if (!row)
        return {row.error(), {}};
    const Product &product = row->product;
    if (product.priceSource == PriceSource::Served)
        return {Error{ErrorKind::InvalidInput,
                      tr("Acronis serves the price of \"%1\" (%2 %3); a price set by hand would be "
                         "replaced at the next Get Services Definition.")
                              .arg(product.name,
                                   product.sellPrice->toLocaleString(
                                           locale, Currencies::minorUnits(product.priceCurrency)),
                                   product.priceCurrency)},
                {}};
    return {m_products.setManualPrice(productId, *price, row->primaryCurrency, utcNow()), {}};
}

} // namespace csp
