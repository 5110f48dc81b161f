#include "accountapi.h"

#include "infrascan.h"
#include "jsonreader.h"
#include "jsonrequests.h"

#include <QSet>
#include <QUrl>

#include <utility>

namespace csp::acronis::account {

void fetchClientInfo(ApiClient &api, const QString &clientId,
                     std::function<void(const Result<ClientInfo> &)> done)
{
    // The document lets the client's id and secret read it (basicAuth): it goes beside the
    // first token request.
    const QString path = QStringLiteral("/clients/") + segment(clientId);
    api.getWithClientCredentials(
            path, {},
            readObject<ClientInfo>(endpointOf("GET", path), parseClientInfo, std::move(done)));
}

void fetchTenant(ApiClient &api, const QString &tenantId,
                 std::function<void(const Result<Tenant> &)> done)
{
    getObject<Tenant>(api, QStringLiteral("/tenants/") + segment(tenantId), parseTenant,
                      std::move(done));
}

namespace {

constexpr int MaxPages = 10'000;

// The items of one page, and the cursor of the next ("" on the last).
Result<std::pair<QJsonArray, QString>> pageOf(const Result<ApiResponse> &response,
                                              const QString &endpoint)
{
    if (!response)
        return response.error();
    if (!response->body.isObject())
        return unexpectedBody(endpoint, JsonReader::tr("something other than a JSON object"));
    JsonReader json(response->body.object(), endpoint);
    const QJsonArray items = json.array(QStringLiteral("items"));
    if (!json.ok())
        return json.error();
    const QString next = response->body.object()
                                 .value(u"paging")
                                 .toObject()
                                 .value(u"cursors")
                                 .toObject()
                                 .value(u"after")
                                 .toString();
    return std::pair{items, next};
}

// A listing under way: each page's handler, and the end, which is told once.
struct TenantPaging
{
    QUrlQuery query;
    std::function<Status(const QJsonArray &)> eachPage;
    std::function<void(const Status &)> done;
    bool over = false;

    void end(const Status &ended)
    {
        if (!std::exchange(over, true))
            done(ended);
    }
};

void fetchTenantPage(ApiClient &api, std::shared_ptr<TenantPaging> paging, const QString &cursor,
                     int page)
{
    QUrlQuery pageQuery = paging->query;
    if (!cursor.isEmpty()) {
        pageQuery.clear();
        pageQuery.addQueryItem(QStringLiteral("after"),
                               QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    }
    const QString path = QStringLiteral("/tenants");
    api.get(path, pageQuery,
            [&api, paging, cursor, page,
             endpoint = endpointOf("GET", path)](const Result<ApiResponse> &response) {
                if (paging->over)
                    return;
                const auto items = pageOf(response, endpoint);
                if (!items)
                    return paging->end(items.error());
                const QString &next = items->second;
                const bool last = next.isEmpty() || items->first.isEmpty() || next == cursor;
                if (!last && page + 1 >= MaxPages)
                    return paging->end(unexpectedBody(
                            endpoint, JsonReader::tr("more than %1 pages").arg(MaxPages)));
                // The next page is asked for before this one is handled: its round trip
                // overlaps the handling.
                if (!last)
                    fetchTenantPage(api, paging, next, page + 1);
                if (paging->over)
                    return; // ended at once (a cancelled client): this page is not told
                if (const Status handled = paging->eachPage(items->first); !handled)
                    return paging->end(handled.error());
                if (last)
                    paging->end(success());
            });
}

} // namespace

void fetchAllTenantPages(ApiClient &api, const QUrlQuery &query,
                         std::function<Status(const QJsonArray &)> eachPage,
                         std::function<void(const Status &)> done)
{
    fetchTenantPage(api,
                    std::make_shared<TenantPaging>(
                            TenantPaging{query, std::move(eachPage), std::move(done)}),
                    {}, 0);
}

void fetchWholeList(ApiClient &api, const QString &path, const QUrlQuery &query,
                    std::function<void(const Result<QJsonArray> &)> done,
                    std::function<void(const QByteArray &)> peek)
{
    api.getPeeking(
            path, query, std::move(peek),
            [done, endpoint = endpointOf("GET", path)](const Result<ApiResponse> &r) {
                const auto items = pageOf(r, endpoint);
                if (!items)
                    return done(items.error());
                if (!items->second.isEmpty())
                    return done(unexpectedBody(
                            endpoint,
                            JsonReader::tr(
                                    "only part of the list (a page with a cursor, which the API "
                                    "document gives no way to follow); nothing was changed")));
                done(items->first);
            });
}

void fetchApplications(ApiClient &api, std::function<void(const Result<QList<Application>> &)> done)
{
    fetchList<Application>(api, QStringLiteral("/applications"), {}, parseApplication,
                           std::move(done));
}

void fetchPartnerCatalogue(ApiClient &api, const QString &tenantId,
                           std::function<void(const Result<QList<OfferingItem>> &)> done,
                           std::function<void(const QStringList &infraIds)> storagesNamed)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("kind"), QStringLiteral("partner"));
    query.addQueryItem(QStringLiteral("edition"), QStringLiteral("*"));
    const QString path = QStringLiteral("/tenants/") + segment(tenantId) +
            QStringLiteral("/offering_items/available_for_child");
    // The storages are asked for from the answer as it came, while it is parsed (a large
    // catalogue's parse took 10 ms); from the parsed items where that reading gave up.
    auto named = std::make_shared<bool>(false);
    const auto peek = [storagesNamed, named](const QByteArray &body) {
        if (!storagesNamed)
            return;
        if (const auto ids = infraIdsInAnswer(body)) {
            *named = true;
            storagesNamed(*ids);
        }
    };
    fetchWholeList(
            api, path, query,
            [endpoint = endpointOf("GET", path), done = std::move(done), storagesNamed,
             named](const Result<QJsonArray> &items) {
                if (!items)
                    return done(items.error());
                if (storagesNamed && !*named)
                    storagesNamed(infraIdsIn(*items));
                done(parseList<OfferingItem>(*items, endpoint, parseOfferingItem));
            },
            peek);
}

void fetchInfras(ApiClient &api, const QStringList &infraIds,
                 std::function<void(const Result<QList<Infra>> &)> done)
{
    if (infraIds.isEmpty())
        return done(QList<Infra>());
    // "Max 100 UUIDs" a call keeps the URL short; the batches are read in parallel.
    constexpr qsizetype BatchSize = 100;
    auto collected = std::make_shared<QList<Infra>>();
    auto pending = std::make_shared<qsizetype>((infraIds.size() + BatchSize - 1) / BatchSize);
    auto failed = std::make_shared<bool>(false);
    for (qsizetype start = 0; start < infraIds.size(); start += BatchSize) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("uuids"), infraIds.mid(start, BatchSize).join(u','));
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
}

void fetchPriceList(ApiClient &api, const QString &tenantId,
                    std::function<void(const Result<std::optional<QList<PriceItem>>> &)> done)
{
    const QString path = QStringLiteral("/tenants/") + segment(tenantId) +
            QStringLiteral("/offering_items/pricing");
    api.send("GET", path, {}, std::nullopt,
             [endpoint = endpointOf("GET", path), done](const Result<ApiResponse> &response) {
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
                 done(std::optional<QList<PriceItem>>(*prices));
             },
             {404});
}

void fetchTenantPricing(ApiClient &api, const QString &tenantId,
                        std::function<void(const Result<std::optional<TenantPricing>> &)> done)
{
    const QString path =
            QStringLiteral("/tenants/") + segment(tenantId) + QStringLiteral("/pricing");
    api.send("GET", path, {}, std::nullopt,
             [endpoint = endpointOf("GET", path), done](const Result<ApiResponse> &response) {
                 if (!response)
                     return done(response.error());
                 if (response->httpStatus == 404)
                     return done(std::optional<TenantPricing>());
                 if (!response->body.isObject())
                     return done(unexpectedBody(
                             endpoint, JsonReader::tr("something other than a JSON object")));
                 const auto pricing = parseTenantPricing(response->body.object(), endpoint);
                 if (!pricing)
                     return done(pricing.error());
                 done(std::optional<TenantPricing>(*pricing));
             },
             {404});
}

} // namespace csp::acronis::account
