#include "accountapi.h"

#include "jsonreader.h"

#include <QUrl>

namespace csp::acronis::account {

namespace {

template<typename Record, typename Parser>
void getObject(ApiClient &api, const QString &path, Parser parse,
               std::function<void(const Result<Record> &)> done)
{
    const QString endpoint = QStringLiteral("GET /api/2") + path;
    api.get(path, {}, [endpoint, parse, done](const Result<ApiResponse> &response) {
        if (!response)
            return done(response.error());
        if (!response->body.isObject())
            return done(
                    unexpectedBody(endpoint, JsonReader::tr("something other than a JSON object")));
        done(parse(response->body.object(), endpoint));
    });
}

QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

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

} // namespace csp::acronis::account
