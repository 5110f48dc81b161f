#include "pricelistapi.h"

#include "core/month.h"
#include "jsonreader.h"

namespace csp::acronis::pricelist {

namespace {

const QString Path = QStringLiteral("/effective_price_lists");

QString endpoint()
{
    return QStringLiteral("GET ") + BasePath + Path;
}

// A string field that holds a decimal number ("8.20", "18"), read exactly.
Decimal decimalField(JsonReader &json, const QString &key)
{
    const QString text = json.string(key);
    if (!json.ok())
        return {};
    const auto value = Decimal::parse(text.trimmed());
    if (!value) {
        json.fail(key, Messages::tr("\"%1\" is not a decimal number").arg(text));
        return {};
    }
    return *value;
}

Result<ListedPrice> parsePrice(const JsonReader &parent, const QJsonObject &object,
                               const QString &path)
{
    JsonReader json = parent.child(object, path);
    ListedPrice price;
    price.sku = json.string(QStringLiteral("sku"));
    price.name = json.string(QStringLiteral("name"));
    price.friendlyName = json.string(QStringLiteral("friendly_name"));
    price.category = json.string(QStringLiteral("category"));
    price.subCategory = json.string(QStringLiteral("sub_category"));
    price.listPrice = decimalField(json, QStringLiteral("list_price"));
    price.effectivePrice = decimalField(json, QStringLiteral("effective_price"));
    price.skuDiscount = decimalField(json, QStringLiteral("sku_discount"));
    price.pricelistDiscount = decimalField(json, QStringLiteral("pricelist_discount"));
    if (!json.ok())
        return json.error();
    return price;
}

Result<MonthPriceList> parseList(const JsonReader &parent, const QJsonObject &object,
                                 const QString &path)
{
    JsonReader json = parent.child(object, path);
    MonthPriceList list;
    list.month = json.string(QStringLiteral("month"));
    list.currency = json.string(QStringLiteral("currency"));
    list.commitment = json.string(QStringLiteral("commitment"));
    list.pricelistCode = json.string(QStringLiteral("pricelist_code"));
    const QJsonArray prices = json.array(QStringLiteral("prices"));
    if (!json.ok())
        return json.error();
    for (qsizetype i = 0; i < prices.size(); ++i) {
        const QString where = QStringLiteral("%1.prices[%2]").arg(path).arg(i);
        if (!prices.at(i).isObject()) {
            json.fail(QStringLiteral("prices[%1]").arg(i), Messages::tr("not an object"));
            return json.error();
        }
        const auto price = parsePrice(parent, prices.at(i).toObject(), where);
        if (!price)
            return price.error();
        list.prices.append(*price);
    }
    return list;
}

Error priceListError(const Error &error, const QString &gateway)
{
    Error explained = error;
    if (error.httpStatus == 403)
        explained.message =
                Messages::tr("The API client may not read price lists: it lacks the scope %1 "
                             "(%2). An administrator can give the API client that scope in the "
                             "Acronis management portal, or create an API client that has it "
                             "and enter its client id and secret in the instance's settings. "
                             "Nothing else changes.")
                        .arg(ReaderScope, error.message);
    else if (error.httpStatus == 404)
        explained.message =
                Messages::tr("The gateway %1 does not offer Acronis' Pricelist API (%2 answered "
                             "HTTP 404). Ask Acronis whether your data centre offers it; until "
                             "then the Distributor Discount cannot be checked there. Nothing "
                             "else changes.")
                        .arg(gateway, endpoint());
    return explained;
}

} // namespace

Result<QList<MonthPriceList>> parseEffectivePriceLists(const QJsonObject &object,
                                                       const QString &endpoint)
{
    JsonReader json(object, endpoint);
    const QJsonArray lists = json.array(QStringLiteral("price_lists"));
    if (!json.ok())
        return json.error();
    QList<MonthPriceList> parsed;
    for (qsizetype i = 0; i < lists.size(); ++i) {
        const QString path = QStringLiteral("price_lists[%1]").arg(i);
        if (!lists.at(i).isObject()) {
            json.fail(path, Messages::tr("not an object"));
            return json.error();
        }
        const auto list = parseList(json, lists.at(i).toObject(), path);
        if (!list)
            return list.error();
        parsed.append(*list);
    }
    return parsed;
}

void fetchEffectivePriceList(
        ApiClient &api, const QString &tenantId, QDate month,
        std::function<void(const Result<std::optional<MonthPriceList>> &)> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("tenant_id"), tenantId);
    query.addQueryItem(QStringLiteral("months"), monthKey(month));
    const QString gateway = api.credentials().gateway;
    api.getFrom(BasePath, Path, query,
                [done, gateway, wanted = monthKey(month)](const Result<ApiResponse> &response) {
                    if (!response)
                        return done(priceListError(response.error(), gateway));
                    if (!response->body.isObject())
                        return done(unexpectedBody(
                                endpoint(), JsonReader::tr("something other than a JSON object")));
                    const auto lists =
                            parseEffectivePriceLists(response->body.object(), endpoint());
                    if (!lists)
                        return done(lists.error());
                    for (const MonthPriceList &list : *lists) {
                        if (list.month == wanted)
                            return done(std::optional<MonthPriceList>(list));
                    }
                    done(std::optional<MonthPriceList>());
                });
}

} // namespace csp::acronis::pricelist
