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

// The page size asked for of GET /tenants, the one list the document lets a client page through
// (its `limit` defaults to 5000 and has no maximum; a server may give fewer per page).
inline constexpr int LargestPage = 1000;

// Every page of GET /tenants with `query`, following paging.cursors.after until the last page.
// A later page is asked for by its cursor alone: it "encodes all the filtering and sorting
// arguments… only cursor should be provided" (the document). `eachPage` handles each page's
// items in order as it comes; `done` is told once: after the last page, or at the first problem
// (an answer's or a handler's), after which no page is handled.
void fetchAllTenantPages(ApiClient &api, const QUrlQuery &query,
                         std::function<Status(const QJsonArray &)> eachPage,
                         std::function<void(const Status &)> done);

// The `items` of a list the document gives no cursor parameter. An answer that is only part of
// the list (it carries a cursor) fails, naming the endpoint, rather than pass for all of it.
// `peek`, if given, sees the answer's bytes before they are parsed.
void fetchWholeList(ApiClient &api, const QString &path, const QUrlQuery &query,
                    std::function<void(const Result<QJsonArray> &)> done,
                    std::function<void(const QByteArray &)> peek = {});

// GET /applications.
void fetchApplications(ApiClient &api,
                       std::function<void(const Result<QList<Application>> &)> done);

// GET /tenants/{id}/offering_items/available_for_child?kind=partner&edition=*: what the
// distributor may give to service providers. `storagesNamed` (if given) learns the infra ids the
// answer names as soon as it is in, before its items are read: their storages can be asked for
// while the items are parsed.
void fetchPartnerCatalogue(ApiClient &api, const QString &tenantId,
                           std::function<void(const Result<QList<OfferingItem>> &)> done,
                           std::function<void(const QStringList &infraIds)> storagesNamed = {});

// GET /infra?uuids=… (batches of at most 100 ids, in parallel): the storages of `infraIds`
// (the catalogue's infra items name them) and their names.
void fetchInfras(ApiClient &api, const QStringList &infraIds,
                 std::function<void(const Result<QList<Infra>> &)> done);

// GET /tenants/{id}/offering_items/pricing; nullopt when the gateway serves no price list (404).
void fetchPriceList(ApiClient &api, const QString &tenantId,
                    std::function<void(const Result<std::optional<QList<PriceItem>>> &)> done);

// GET /tenants/{id}/pricing: the currency the price list is in; nullopt when the gateway has no
// pricing settings for the tenant (404).
void fetchTenantPricing(ApiClient &api, const QString &tenantId,
                        std::function<void(const Result<std::optional<TenantPricing>> &)> done);

} // namespace account
} // namespace csp::acronis
