#include "provisioningapi.h"

#include "accountapi.h"
#include "jsonrequests.h"

namespace csp::acronis::account {

namespace {

QString tenantPath(const QString &tenantId)
{
    return QStringLiteral("/tenants/") + segment(tenantId);
}

// The platform application's setting of a partner's commitment tier. The document names no
// setting; tier_level_value is what Acronis' billing documentation calls it (acronis-api.md 10).
QString tierSettingPath(const QString &tenantId)
{
    return QStringLiteral("/applications/") + QString::fromUtf16(PlatformApplicationId) +
            QStringLiteral("/settings/tenants/") + segment(tenantId) +
            QStringLiteral("/tier_level_value");
}

// Sends a request whose answer does not matter beyond its status.
void sendForStatus(ApiClient &api, const QByteArray &method, const QString &path,
                   const QUrlQuery &query, const std::optional<QJsonDocument> &body,
                   std::function<void(const Status &)> done)
{
    api.send(method, path, query, body, [done](const Result<ApiResponse> &response) {
        if (!response)
            return done(response.error());
        done(success());
    });
}

} // namespace

void fetchChildTenants(ApiClient &api, const QString &parentId,
                       std::function<void(const Result<QList<Tenant>> &)> done,
                       std::function<void(const QList<Tenant> &)> pageRead)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("parent_id"), parentId);
    query.addQueryItem(QStringLiteral("limit"), QString::number(account::LargestPage));
    auto tenants = std::make_shared<QList<Tenant>>();
    fetchAllTenantPages(
            api, query,
            [tenants, pageRead = std::move(pageRead),
             endpoint = endpointOf("GET", QStringLiteral("/tenants"))](
                    const QJsonArray &items) -> Status {
                auto page = parseList<Tenant>(items, endpoint, parseTenantInList);
                if (!page)
                    return page.error();
                if (pageRead)
                    pageRead(*page);
                tenants->append(std::move(page).value());
                return success();
            },
            [tenants, done = std::move(done)](const Status &listed) {
                if (!listed)
                    return done(listed.error());
                done(std::move(*tenants));
            });
}

void createPartnerTenant(ApiClient &api, const NewPartnerTenant &tenant,
                         std::function<void(const Result<Tenant> &)> done)
{
    const QJsonObject body{
            {QStringLiteral("name"), tenant.name},
            {QStringLiteral("kind"), QStringLiteral("partner")},
            {QStringLiteral("parent_id"), tenant.parentId},
            {QStringLiteral("customer_id"), tenant.customerId},
            {QStringLiteral("language"), tenant.language},
            {QStringLiteral("contact"),
             QJsonObject{{QStringLiteral("email"), tenant.contactEmail}}},
    };
    sendForObject<Tenant>(api, "POST", QStringLiteral("/tenants"), QJsonDocument(body), parseTenant,
                          std::move(done));
}

namespace {

// PUT /tenants/{id}: `fields` changed, at the tenant's `version` (409 when it moved on).
void updateTenant(ApiClient &api, const QString &tenantId, QJsonObject fields, qint64 version,
                  std::function<void(const Result<Tenant> &)> done)
{
    fields.insert(QStringLiteral("version"), version);
    sendForObject<Tenant>(api, "PUT", tenantPath(tenantId), QJsonDocument(fields), parseTenant,
                          std::move(done));
}

} // namespace

void setTenantEnabled(ApiClient &api, const QString &tenantId, bool enabled, qint64 version,
                      std::function<void(const Result<Tenant> &)> done)
{
    updateTenant(api, tenantId, {{QStringLiteral("enabled"), enabled}}, version, std::move(done));
}

void setTenantCustomerId(ApiClient &api, const QString &tenantId, const QString &customerId,
                         qint64 version, std::function<void(const Result<Tenant> &)> done)
{
    updateTenant(api, tenantId, {{QStringLiteral("customer_id"), customerId}}, version,
                 std::move(done));
}

void deleteTenant(ApiClient &api, const QString &tenantId, qint64 version,
                  std::function<void(const Status &)> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("version"), QString::number(version));
    sendForStatus(api, "DELETE", tenantPath(tenantId), query, std::nullopt, std::move(done));
}

void enableOfferingItems(ApiClient &api, const QString &tenantId, const QList<OfferingItem> &items,
                         std::function<void(const Status &)> done)
{
    setOfferingItems(api, tenantId, items, {}, std::move(done));
}

void setOfferingItems(ApiClient &api, const QString &tenantId, const QList<OfferingItem> &enable,
                      const QList<OfferingItem> &disable, std::function<void(const Status &)> done)
{
    QJsonArray list;
    for (const auto &[items, status] : {std::pair{&enable, 1}, std::pair{&disable, 0}}) {
        for (const OfferingItem &item : *items) {
            // The document's item: application, name, status and storage; no edition (an
            // item's name is its edition's own).
            QJsonObject entry{{QStringLiteral("application_id"), item.applicationId},
                              {QStringLiteral("name"), item.name},
                              {QStringLiteral("status"), status}};
            if (!item.infraId.isEmpty())
                entry.insert(QStringLiteral("infra_id"), item.infraId);
            list.append(entry);
        }
    }
    const QJsonObject body{{QStringLiteral("offering_items"), list}};
    sendForStatus(api, "PUT", tenantPath(tenantId) + QStringLiteral("/offering_items"), {},
                  QJsonDocument(body), std::move(done));
}

void fetchTenantOfferingItems(ApiClient &api, const QString &tenantId,
                              std::function<void(const Result<QList<OfferingItem>> &)> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("edition"), QStringLiteral("*"));
    fetchList<OfferingItem>(api, tenantPath(tenantId) + QStringLiteral("/offering_items"), query,
                            parseOfferingItem, std::move(done));
}

void setTierLevel(ApiClient &api, const QString &tenantId, int levelValue,
                  std::function<void(const Status &)> done)
{
    sendForStatus(api, "PUT", tierSettingPath(tenantId), {},
                  QJsonDocument(QJsonObject{{QStringLiteral("value"), levelValue}}),
                  std::move(done));
}

void fetchTierLevel(ApiClient &api, const QString &tenantId,
                    std::function<void(const Result<std::optional<int>> &)> done)
{
    const QString path = tierSettingPath(tenantId);
    api.send("GET", path, {}, std::nullopt,
             [path, done](const Result<ApiResponse> &response) {
                 if (!response)
                     return done(response.error());
                 if (response->httpStatus == 404) // this Acronis keeps no tier there
                     return done(std::optional<int>());
                 done(parseTierSetting(response->body.object(), endpointOf("GET", path)));
             },
             {404});
}

void isLoginFree(ApiClient &api, const QString &login,
                 std::function<void(const Result<bool> &)> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("username"),
                       QString::fromLatin1(QUrl::toPercentEncoding(login)));
    api.send("GET", QStringLiteral("/users/check_login"), query, std::nullopt,
             [done](const Result<ApiResponse> &response) {
                 if (!response)
                     return done(response.error());
                 done(response->httpStatus != 409);
             },
             {409});
}

void fetchTenantUsers(ApiClient &api, const QString &tenantId,
                      std::function<void(const Result<QList<User>> &)> done)
{
    const QString path = tenantPath(tenantId) + QStringLiteral("/users");
    api.get(path, {}, [&api, path, done](const Result<ApiResponse> &response) {
        if (!response)
            return done(response.error());
        JsonReader json(response->body.object(), endpointOf("GET", path));
        const QJsonArray ids = json.array(QStringLiteral("items"));
        if (!json.ok())
            return done(json.error());
        if (ids.isEmpty())
            return done(QList<User>());
        auto users = std::make_shared<QList<User>>();
        auto pending = std::make_shared<qsizetype>(ids.size());
        auto failed = std::make_shared<bool>(false);
        for (const QJsonValue id : ids) {
            getObject<User>(api, QStringLiteral("/users/") + segment(id.toString()), parseUser,
                            [users, pending, failed, done](const Result<User> &user) {
                                if (*failed)
                                    return;
                                if (!user) {
                                    *failed = true;
                                    return done(user.error());
                                }
                                users->append(*user);
                                if (--*pending == 0)
                                    done(*users);
                            });
        }
    });
}

void createUser(ApiClient &api, const QString &tenantId, const QString &login, const QString &email,
                const QString &language, std::function<void(const Result<User> &)> done)
{
    const QJsonObject body{
            {QStringLiteral("tenant_id"), tenantId},
            {QStringLiteral("login"), login},
            {QStringLiteral("language"), language},
            {QStringLiteral("contact"), QJsonObject{{QStringLiteral("email"), email}}}};
    sendForObject<User>(api, "POST", QStringLiteral("/users"), QJsonDocument(body), parseUser,
                        std::move(done));
}

void grantPartnerAdmin(ApiClient &api, const QString &userId, const QString &tenantId,
                       std::function<void(const Status &)> done)
{
    const QString nil = QStringLiteral("00000000-0000-0000-0000-000000000000");
    const QJsonObject policy{{QStringLiteral("id"), nil},
                             {QStringLiteral("issuer_id"), nil},
                             {QStringLiteral("role_id"), QStringLiteral("partner_admin")},
                             {QStringLiteral("tenant_id"), tenantId},
                             {QStringLiteral("trustee_id"), userId},
                             {QStringLiteral("trustee_type"), QStringLiteral("user")},
                             {QStringLiteral("version"), 0}};
    const QJsonObject body{{QStringLiteral("items"), QJsonArray{policy}}};
    sendForStatus(api, "PUT",
                  QStringLiteral("/users/") + segment(userId) + QStringLiteral("/access_policies"),
                  {}, QJsonDocument(body), std::move(done));
}

void sendActivationEmail(ApiClient &api, const QString &userId,
                         std::function<void(const Status &)> done)
{
    // The document's operation takes no request body.
    sendForStatus(api, "POST",
                  QStringLiteral("/users/") + segment(userId) +
                          QStringLiteral("/send-activation-email"),
                  {}, std::nullopt, std::move(done));
}

} // namespace csp::acronis::account
