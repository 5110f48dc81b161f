#pragma once

#include "core/apioptions.h"
#include "core/instance.h"
#include "provideroutcome.h"
#include "services/instancelock.h"
#include "services/instancesession.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <memory>

namespace csp {
class ProviderService;
}
namespace csp::acronis {
struct Tenant;
}

namespace csp {

// The one operation a ProviderService runs at a time: its instance, lock, API client and
// outcome, and what every operation does with them (take the lock, sign in, find the stored
// provider, record and announce the end). The operations (create, import, …) work on it.
class ProviderRun
{
    Q_DECLARE_TR_FUNCTIONS(csp::ProviderService) // its messages are the service's

public:
    ProviderRun(ProviderService &service, std::shared_ptr<Database> database, SecretStore &secrets,
                QNetworkAccessManager &network, ApiOptions options);

    // Takes the lock of the operation: of the customer id, or of the whole instance without one.
    bool begin(const Instance &instance, const QString &operation, const QString &customerId = {});
    // Signs in to the instance's gateway, then runs `next` with the distributor's tenant.
    void openApi(std::function<void(const QString &distributorTenantId)> next);
    // The stored, not cancelled provider with this customer id; fails the operation without one.
    std::optional<Provider> storedProvider(const QString &customerId);
    Status saveProvider();
    // "Tier: "x" is not one of none, 1, …" with the instance's tiers.
    Error unknownTier(const QString &key) const;

    // Reads the tenant, then runs `write` with it; a 409 (stale version) re-reads and retries once.
    using TenantWrite =
            std::function<void(const acronis::Tenant &, std::function<void(const Status &)>)>;
    void withFreshVersion(const QString &tenantId, TenantWrite write,
                          std::function<void(const Status &)> done, bool retried = false);

    void progress(const QString &step);
    void counted(int done, int total);
    void succeed(const QString &summary);
    void fail(const Error &error);
    // Stops the operation: what is in flight is cancelled.
    void abort();
    void cancelRequests();

    bool isRunning() const { return m_running; }
    const std::shared_ptr<Database> &database() const { return m_session.database(); }
    acronis::ApiClient &api() { return m_session.api(); }
    Instance &instance() { return m_instance; }
    ProviderOutcome &outcome() { return m_outcome; }
    Provider &provider() { return *m_outcome.provider; }
    QDateTime startedAt() const { return m_startedAt; }

private:
    void finish();

    ProviderService &m_service;
    InstanceSession m_session;
    HeldLock m_lock;
    Instance m_instance;
    ProviderOutcome m_outcome;
    QDateTime m_startedAt;
    bool m_running = false;
};

} // namespace csp
