#pragma once

#include "core/instance.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>

namespace csp::acronis {
struct Tenant;
}

namespace csp {

class ProviderRun;

// Records every partner tenant under the distributor as a provider, with its tier and the time
// it was made at Acronis (its contract's start). Nothing is recorded before every read is in.
class ProviderImport
{
    Q_DECLARE_TR_FUNCTIONS(csp::ProviderService) // its messages are the service's

public:
    explicit ProviderImport(ProviderRun &run)
        : m_run(run)
    { }

    void importAll(const Instance &instance);

private:
    struct TierReads;
    // A window of reads in flight rather than all at once: thousands of requests queued on one
    // HTTP/2 connection have been seen to stall, and a gateway's limits are not published.
    static constexpr int TierReadsInFlight = 100;
    void readNextTier(std::shared_ptr<TierReads> reading);
    void importWhenAllRead(const TierReads &reading);
    void importTenants(const QList<acronis::Tenant> &tenants,
                       const QHash<QString, std::optional<int>> &levels);

    ProviderRun &m_run;
};

} // namespace csp
