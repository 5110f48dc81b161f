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

} // namespace account
} // namespace csp::acronis
