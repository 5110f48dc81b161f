#include "accountapi.h"

#include "calls.h"
#include "jsonreader.h"

#include <QUrl>

namespace csp::acronis::account {

void fetchClientInfo(ApiClient &api, const QString &clientId,
                     std::function<void(const Result<ClientInfo> &)> done)
{
    getObject<ClientInfo>(api, QStringLiteral("/clients/") + segment(clientId), parseClientInfo,
                          std::move(done));
}

void fetchTenant(ApiClient &api, const QString &tenantId,
                 std::function<void(const Result<Tenant> &)> done)
{
    getObject<Tenant>(api, QStringLiteral("/tenants/") + segment(tenantId), parseTenant,
                      std::move(done));
}

namespace {

constexpr int MaxPages = 10'000;

void fetchPage(ApiClient &api, const QString &path, const QUrlQuery &query, const QString &cursor,
               std::shared_ptr<QJsonArray> collected, int page,
               std::function<void(const Result<QJsonArray> &)> done)
{
    QUrlQuery pageQuery = query;
    if (!cursor.isEmpty()) {
        // A list that pages takes `limit`: the pages after the first are as large as we may ask.
        // (The first is asked for as the caller put it, so that a list not known to page is
        // never sent a parameter it might refuse.)
        if (!pageQuery.hasQueryItem(QStringLiteral("limit")))
            pageQuery.addQueryItem(QStringLiteral("limit"), QString::number(LargestPage));
        pageQuery.addQueryItem(QStringLiteral("after"),
                               QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    }
    const QString endpoint = QStringLiteral("GET /api/2") + path;
    api.get(path, pageQuery,
            [&api, path, query, cursor, collected, page, done,
             endpoint](const Result<ApiResponse> &response) {
                if (!response)
                    return done(response.error());
                JsonReader json(response->body.object(), endpoint);
                if (!response->body.isObject())
                    return done(unexpectedBody(
                            endpoint, JsonReader::tr("something other than a JSON object")));
                const QJsonArray items = json.array(QStringLiteral("items"));
                if (!json.ok())
                    return done(json.error());
                for (const QJsonValue item : items)
                    collected->append(item);
                const QString next = response->body.object()
                                             .value(u"paging")
                                             .toObject()
                                             .value(u"cursors")
                                             .toObject()
                                             .value(u"after")
                                             .toString();
                if (next.isEmpty() || items.isEmpty() || next == cursor)
                    return done(*collected);
                if (page + 1 >= MaxPages)
                    return done(unexpectedBody(endpoint,
                                               JsonReader::tr("more than %1 pages").arg(MaxPages)));
                fetchPage(api, path, query, next, collected, page + 1, done);
            });
}

} // namespace

void fetchAllItems(ApiClient &api, const QString &path, const QUrlQuery &query,
                   std::function<void(const Result<QJsonArray> &)> done)
{
    fetchPage(api, path, query, {}, std::make_shared<QJsonArray>(), 0, std::move(done));
}

void fetchApplications(ApiClient &api, std::function<void(const Result<QList<Application>> &)> done)
{
    fetchList<Application>(api, QStringLiteral("/applications"), {}, parseApplication,
                           std::move(done));
}

void fetchPartnerCatalogue(ApiClient &api, const QString &tenantId,
                           std::function<void(const Result<QList<OfferingItem>> &)> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("kind"), QStringLiteral("partner"));
    query.addQueryItem(QStringLiteral("edition"), QStringLiteral("*"));
    fetchList<OfferingItem>(api,
                            QStringLiteral("/tenants/") + segment(tenantId) +
                                    QStringLiteral("/offering_items/available_for_child"),
                            query, parseOfferingItem, std::move(done));
}

void fetchInfras(ApiClient &api, const QString &tenantId,
                 std::function<void(const Result<QList<Infra>> &)> done)
{
    const QString path = QStringLiteral("/tenants/") + segment(tenantId) + QStringLiteral("/infra");
    api.get(path, {}, [&api, path, done](const Result<ApiResponse> &response) {
        if (!response)
            return done(response.error());
        JsonReader json(response->body.object(), QStringLiteral("GET /api/2") + path);
        const QJsonArray ids = json.array(QStringLiteral("infras"));
        if (!json.ok())
            return done(json.error());
        QStringList uuids;
        for (const QJsonValue id : ids)
            uuids.append(id.toString());
        if (uuids.isEmpty())
            return done(QList<Infra>());
        // Batches of 100 ids keep the URL short; they are read in parallel.
        auto collected = std::make_shared<QList<Infra>>();
        auto pending = std::make_shared<int>(int((uuids.size() + 99) / 100));
        auto failed = std::make_shared<bool>(false);
        for (qsizetype start = 0; start < uuids.size(); start += 100) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("uuids"), uuids.mid(start, 100).join(u','));
            fetchList<Infra>(api, QStringLiteral("/infra"), query, parseInfra,
                             [collected, pending, failed, done](const Result<QList<Infra>> &batch) {
                                 if (*failed)
                                     return;
                                 if (!batch) {
                                     *failed = true;
                                     return done(batch.error());
                                 }
                                 collected->append(*batch);
                                 if (--*pending == 0)
                                     done(*collected);
                             });
        }
    });
}

void fetchPriceList(ApiClient &api, const QString &tenantId,
                    std::function<void(const Result<std::optional<QList<PriceItem>>> &)> done)
{
    const QString path = QStringLiteral("/tenants/") + segment(tenantId) +
            QStringLiteral("/offering_items/pricing");
    const QString endpoint = QStringLiteral("GET /api/2") + path;
    api.send("GET", path, {}, std::nullopt,
             [endpoint, done](const Result<ApiResponse> &response) {
                 if (!response)
                     return done(response.error());
                 if (response->httpStatus == 404)
                     return done(std::optional<QList<PriceItem>>());
                 JsonReader json(response->body.object(), endpoint);
                 const QJsonArray items = json.array(QStringLiteral("items"));
                 if (!json.ok())
                     return done(json.error());
                 auto prices = parseList<PriceItem>(items, endpoint, parsePriceItem);
                 if (!prices)
                     return done(prices.error());
                 // A currency for the whole list, where the gateway gives one, applies to every
                 // item.
                 const QString listCurrency = response->body.object().value(u"currency").toString();
                 QList<PriceItem> list = *prices;
                 for (PriceItem &item : list) {
                     if (item.currency.isEmpty())
                         item.currency = listCurrency;
                 }
                 done(std::optional<QList<PriceItem>>(list));
             },
             {404});
}

} // namespace csp::acronis::account
