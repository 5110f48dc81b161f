#pragma once

#include "core/instance.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QObject>

#include <chrono>
#include <memory>

namespace csp::acronis {
struct Tenant;
}

namespace csp {

class ProviderRun;
class ProviderImportWrite;
struct ImportTally;

// Records every partner tenant under the distributor as a provider, with its tier and the time
// it was made at Acronis (its contract's start). Nothing is committed before every read is in:
// the write begins while the last tiers are read (ProviderImportWrite), and commits after them.
class ProviderImport
{
    Q_DECLARE_TR_FUNCTIONS(csp::ProviderService) // its messages are the service's

public:
    explicit ProviderImport(ProviderRun &run);
    ~ProviderImport();

    void importAll(const Instance &instance);
    // Before the run is stopped: a write under way is rolled back, unless every read was in and
    // it was committing, in which case the import is reported as it ended.
    void stop();

private:
    struct TierReads;
    // A window of reads in flight rather than all at once: thousands of requests queued on one
    // HTTP/2 connection have been seen to stall, and a gateway's limits are not published.
    static constexpr int TierReadsInFlight = 100;
    // The write begins when this many tiers are left to read (about three round trips), so that
    // it overlaps them while holding the write lock only briefly; it gets the partners read in
    // parts of at least PartSize.
    static constexpr int WriteBeginsWithReadsLeft = 3 * TierReadsInFlight;
    static constexpr int PartSize = 50;
    // The write lock is not kept from other writers longer than that waiting for reads.
    static constexpr std::chrono::milliseconds WriteHoldLimit{1000};
    void readNextTier(std::shared_ptr<TierReads> reading);
    void advanceWrite(const std::shared_ptr<TierReads> &reading);
    void beginWrite(const std::shared_ptr<TierReads> &reading);
    void written(int generation);
    void fail(TierReads &reading, const Error &error);
    void report(const Result<ImportTally> &tally);

    ProviderRun &m_run;
    QObject m_context;                  // where the write's end is reported
    std::weak_ptr<TierReads> m_reading; // of the import under way
    std::unique_ptr<ProviderImportWrite> m_write;
    int m_writeGeneration = 0;
};

} // namespace csp
