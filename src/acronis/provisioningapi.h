#pragma once

#include "apiclient.h"
#include "records.h"

namespace csp::acronis {

// What POST /tenants needs for a partner tenant.
struct NewPartnerTenant
{
    QString parentId;
    QString name;
    QString customerId;
    QString language;
    QString contactEmail;
};

// The calls that provision, change and remove service-provider (partner) tenants.
namespace account {

// GET /tenants?parent_id=…: every child tenant of `parentId`, all pages. `pageRead`, if given,
// learns each page's tenants as soon as the page is read, while the next is on its way; `done`
// gets them all, or the first problem.
void fetchChildTenants(ApiClient &api, const QString &parentId,
                       std::function<void(const Result<QList<Tenant>> &)> done,
                       std::function<void(const QList<Tenant> &)> pageRead = {});

// POST /tenants with kind partner.
void createPartnerTenant(ApiClient &api, const NewPartnerTenant &tenant,
                         std::function<void(const Result<Tenant> &)> done);

// PUT /tenants/{id} {"enabled", "version"}: suspend or resume.
// PUT /tenants/{id} {"customer_id", "version"}: the billing system's account id of the tenant.
void setTenantCustomerId(ApiClient &api, const QString &tenantId, const QString &customerId,
                         qint64 version, std::function<void(const Result<Tenant> &)> done);
void setTenantEnabled(ApiClient &api, const QString &tenantId, bool enabled, qint64 version,
                      std::function<void(const Result<Tenant> &)> done);

// DELETE /tenants/{id}?version=N (the tenant must be disabled).
void deleteTenant(ApiClient &api, const QString &tenantId, qint64 version,
                  std::function<void(const Status &)> done);

// PUT /tenants/{id}/offering_items: enables `items` (no quota given: unlimited, as the
// document's optional quota leaves it).
void enableOfferingItems(ApiClient &api, const QString &tenantId, const QList<OfferingItem> &items,
                         std::function<void(const Status &)> done);
// PUT /tenants/{id}/offering_items: enables `enable` and disables `disable` in one call; items in
// neither list stay as they are.
void setOfferingItems(ApiClient &api, const QString &tenantId, const QList<OfferingItem> &enable,
                      const QList<OfferingItem> &disable, std::function<void(const Status &)> done);
// GET /tenants/{id}/offering_items?edition=*: the tenant's items, enabled (status 1) or not.
void fetchTenantOfferingItems(ApiClient &api, const QString &tenantId,
                              std::function<void(const Result<QList<OfferingItem>> &)> done);

// PUT the platform application's tier_level_value setting of a partner tenant.
void setTierLevel(ApiClient &api, const QString &tenantId, int levelValue,
                  std::function<void(const Status &)> done);

// GET the tier_level_value setting of a partner tenant: its own value, or nullopt when it has
// none (null, or the setting is not there: 404).
void fetchTierLevel(ApiClient &api, const QString &tenantId,
                    std::function<void(const Result<std::optional<int>> &)> done);

// GET /users/check_login: true when the login is free (204), false when taken (409).
void isLoginFree(ApiClient &api, const QString &login,
                 std::function<void(const Result<bool> &)> done);

// GET /tenants/{id}/users, then each user.
void fetchTenantUsers(ApiClient &api, const QString &tenantId,
                      std::function<void(const Result<QList<User>> &)> done);

// POST /users.
void createUser(ApiClient &api, const QString &tenantId, const QString &login, const QString &email,
                const QString &language, std::function<void(const Result<User> &)> done);

// PUT /users/{id}/access_policies: the user administers the partner tenant. The body is the one
// Acronis' own provisioning tutorial sends; the document's schema reuses its list type and asks
// for more (tests/data/acronis-openapi/readings.json).
void grantPartnerAdmin(ApiClient &api, const QString &userId, const QString &tenantId,
                       std::function<void(const Status &)> done);

// POST /users/{id}/send-activation-email.
void sendActivationEmail(ApiClient &api, const QString &userId,
                         std::function<void(const Status &)> done);

} // namespace account

// The platform application, which owns the tier settings.
inline constexpr char16_t PlatformApplicationId[] = u"7459244f-68f3-3bf4-9f53-5f63ecc1d91f";

} // namespace csp::acronis
