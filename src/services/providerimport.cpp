#include "providerimport.h"

#include "acronis/provisioningapi.h"
#include "acronis/records.h"
#include "providerimportwrite.h"
#include "providerrun.h"

#include <QHash>
#include <QLocale>
#include <QTimer>

namespace csp {

struct ProviderImport::TierReads
{
    QList<acronis::Tenant> partners; // those listed so far
    qsizetype next = 0;              // the next partner to read
    int inFlight = 0;
    bool allListed = false;
    QHash<QString, std::optional<int>> levels;
    qsizetype given = 0;     // partners handed to the write, in the order of the list
    bool writeAtEnd = false; // the write gave up holding the lock: all of it once read
    bool failed = false;
};

ProviderImport::ProviderImport(ProviderRun &run)
    : m_run(run)
{ }

ProviderImport::~ProviderImport() = default;

void ProviderImport::importAll(const Instance &instance)
{
    if (!m_run.begin(instance, QStringLiteral("import")))
        return;
    m_write.reset();
    m_run.openApi([this](const QString &distributorId) {
        m_run.progress(tr("Reading the partner tenants under the distributor…"));
        // Each page's partners have their tiers read while the next page is on its way.
        auto reading = std::make_shared<TierReads>();
        m_reading = reading;
        acronis::account::fetchChildTenants(
                m_run.api(), distributorId,
                [this, reading](const Result<QList<acronis::Tenant>> &tenants) {
                    if (reading->failed || !m_run.isRunning())
                        return;
                    if (!tenants)
                        return fail(*reading, tenants.error());
                    reading->allListed = true;
                    if (!reading->partners.isEmpty())
                        m_run.progress(tr("Reading the commitment tiers of %n partner(s)…", nullptr,
                                          int(reading->partners.size())));
                    advanceWrite(reading);
                },
                [this, reading](const QList<acronis::Tenant> &page) {
                    if (reading->failed || !m_run.isRunning())
                        return;
                    for (const acronis::Tenant &tenant : page) {
                        if (tenant.kind == u"partner")
                            reading->partners.append(tenant);
                    }
                    if (reading->partners.isEmpty())
                        return;
                    m_run.progress(tr("Reading the commitment tiers of the %n partner(s) listed "
                                      "so far…",
                                      nullptr, int(reading->partners.size())));
                    while (!reading->failed && m_run.isRunning() &&
                           reading->inFlight < TierReadsInFlight &&
                           reading->next < reading->partners.size())
                        readNextTier(reading);
                });
    });
}

void ProviderImport::readNextTier(std::shared_ptr<TierReads> reading)
{
    if (!m_run.isRunning())
        return; // stopped
    const acronis::Tenant &partner = reading->partners.at(reading->next++);
    ++reading->inFlight;
    acronis::account::fetchTierLevel(
            m_run.api(), partner.id,
            [this, reading, id = partner.id](const Result<std::optional<int>> &level) {
                --reading->inFlight;
                if (reading->failed || !m_run.isRunning())
                    return;
                if (!level)
                    return fail(*reading, level.error());
                reading->levels.insert(id, *level);
                const int done = int(reading->levels.size());
                const int known = int(reading->partners.size());
                m_run.counted(done, known);
                if (reading->allListed && done % std::max(1, known / 100) == 0)
                    m_run.progress(
                            tr("Read the commitment tiers of %1 of %n partner(s)…", nullptr, known)
                                    .arg(QLocale().toString(done)));
                if (reading->next < reading->partners.size())
                    readNextTier(reading);
                advanceWrite(reading);
            });
}

// Once every partner is listed and only the last reads are out, the write begins; it gets the
// partners read, in the order of the list, and finishes with the last of them.
void ProviderImport::advanceWrite(const std::shared_ptr<TierReads> &shared)
{
    TierReads &reading = *shared;
    if (!reading.allListed || reading.failed || !m_run.isRunning())
        return;
    const qsizetype total = reading.partners.size();
    const bool allRead = reading.levels.size() == total;
    if (!m_write && !reading.writeAtEnd && !allRead &&
        total - reading.levels.size() <= WriteBeginsWithReadsLeft)
        beginWrite(shared);
    if (!m_write && !allRead)
        return;
    // The partners read since the last part, up to the first still being read.
    qsizetype ready = reading.given;
    while (ready < total && reading.levels.contains(reading.partners.at(ready).id))
        ++ready;
    if (!allRead && ready - reading.given < PartSize)
        return; // kept for a larger part
    QList<PartnerRead> part;
    for (; reading.given < ready; ++reading.given) {
        const acronis::Tenant &partner = reading.partners.at(reading.given);
        part.append({partner, reading.levels.value(partner.id)});
    }
    if (!m_write) { // all read, nothing begun: all of it at once
        m_run.progress(tr("Recording %n service provider(s)…", nullptr, int(total)));
        return report(ProviderImportWrite::writeAll(m_run.database(), m_run.instance(),
                                                    m_run.startedAt(), std::move(part)));
    }
    m_write->add(std::move(part));
    if (allRead) {
        m_run.progress(tr("Recording %n service provider(s)…", nullptr, int(total)));
        m_write->finish();
    }
}

void ProviderImport::beginWrite(const std::shared_ptr<TierReads> &reading)
{
    const int generation = ++m_writeGeneration;
    m_write = std::make_unique<ProviderImportWrite>(
            m_run.database(), m_run.instance(), m_run.startedAt(), [this, generation] {
                QMetaObject::invokeMethod(
                        &m_context, [this, generation] { written(generation); },
                        Qt::QueuedConnection);
            });
    // Should the reads take longer (a gateway that slows down), the write lock is let go, and
    // all is written once they are in.
    QTimer::singleShot(WriteHoldLimit, &m_context, [this, generation, reading] {
        if (generation != m_writeGeneration || !m_write ||
            reading->given == reading->partners.size())
            return;      // over, or finishing
        m_write.reset(); // rolled back
        reading->given = 0;
        reading->writeAtEnd = true;
    });
}

void ProviderImport::written(int generation)
{
    if (generation != m_writeGeneration || !m_write || !m_run.isRunning())
        return;
    auto tally = m_write->result();
    m_write.reset();
    report(tally);
}

void ProviderImport::stop()
{
    if (!m_write)
        return;
    m_write->abandon();
    auto tally = m_write->result(); // rolled back, or committed before the stop reached it
    m_write.reset();
    if (tally)
        report(tally);
}

// The import ends with `error`: its write rolled back, and the reads still out ended with it, so
// that none of them reports to whatever runs next.
void ProviderImport::fail(TierReads &reading, const Error &error)
{
    reading.failed = true;
    m_write.reset();
    m_run.cancelRequests();
    m_run.fail(error);
}

void ProviderImport::report(const Result<ImportTally> &tally)
{
    if (!tally) {
        if (const auto reading = m_reading.lock())
            return fail(*reading, tally.error());
        return m_run.fail(tally.error());
    }
    ProviderOutcome &outcome = m_run.outcome();
    outcome.added = tally->added;
    outcome.updated = tally->updated;
    outcome.unchanged = tally->unchanged;
    QString summary = tr("Imported %1 new, updated %2 and left %3 unchanged service provider(s).")
                              .arg(outcome.added)
                              .arg(outcome.updated)
                              .arg(outcome.unchanged);
    if (!tally->unknownLevels.isEmpty())
        summary += u' ' +
                tr("Some partners have a tier_level_value (%1) that no contract tier of \"%2\" "
                   "has; add those tiers to the contract tiers and import again.")
                        .arg(tally->unknownLevels.join(QStringLiteral(", ")),
                             m_run.instance().systemName);
    m_run.succeed(summary);
}

} // namespace csp
