#pragma once

#include "apiclient.h"
#include "records.h"

namespace csp::acronis {

// Typed calls of the Account Management API used by more than one service.
namespace account {

// GET /clients/{client_id}: the API client's own tenant (the distributor).
void fetchClientInfo(ApiClient &api, const QString &clientId,
                     std::function<void(const Result<ClientInfo> &)> done);

// GET /tenants/{id}.
void fetchTenant(ApiClient &api, const QString &tenantId,
                 std::function<void(const Result<Tenant> &)> done);

// The page size asked for where a list pages. Acronis publishes no largest `limit`; a server
// that gives fewer per page still pages by cursor, so asking for more only saves round trips.
inline constexpr int LargestPage = 1000;

// Every element of a list endpoint, following paging.cursors.after until the last page.
void fetchAllItems(ApiClient &api, const QString &path, const QUrlQuery &query,
                   std::function<void(const Result<QJsonArray> &)> done);

// GET /applications.
void fetchApplications(ApiClient &api,
                       std::function<void(const Result<QList<Application>> &)> done);

// GET /tenants/{id}/offering_items/available_for_child?kind=partner&edition=*: what the
// distributor may give to service providers.
void fetchPartnerCatalogue(ApiClient &api, const QString &tenantId,
                           std::function<void(const Result<QList<OfferingItem>> &)> done);

// GET /tenants/{id}/infra, then GET /infra?uuids=… (in batches): the storages and their names.
void fetchInfras(ApiClient &api, const QString &tenantId,
                 std::function<void(const Result<QList<Infra>> &)> done);

// GET /tenants/{id}/offering_items/pricing; nullopt when the gateway serves no price list (404).
void fetchPriceList(ApiClient &api, const QString &tenantId,
                    std::function<void(const Result<std::optional<QList<PriceItem>>> &)> done);

} // namespace account
} // namespace csp::acronis
