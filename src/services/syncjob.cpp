#include "syncjob.h"

#include "catalogueupdate.h"

#include "acronis/records.h"
#include "core/timetext.h"
#include "secrets/secretstore.h"
#include "storage/database.h"
#include "storage/syncrunrepository.h"

#include "acronis/accountapi.h"
#include "instanceapi.h"
#include "instancelock.h"
#include "storage/productrepository.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace csp {

namespace {

// The storage reads of a run: those of the stored products' storages, asked for at once, and
// those of the storages only the catalogue names.
struct StorageReads
{
    QStringList asked;
    int outstanding = 0;
    bool catalogueSeen = false;
};

} // namespace

QString syncLockPath(const Database &database, const QString &instanceId)
{
    return instanceLockPath(database, QStringLiteral("sync"), instanceId);
}

SyncJob::SyncJob(std::shared_ptr<Database> database, SecretStore &secrets,
                 QNetworkAccessManager &network, ApiOptions options, QObject *parent)
    : QObject(parent)
    , m_session(std::move(database), secrets, network, std::move(options))
{ }

SyncJob::~SyncJob() = default;

void SyncJob::step(const QString &text)
{
    emit progress(text, ++m_step, StepCount);
}

void SyncJob::start(const Instance &instance, bool dryRun)
{
    m_running = true;
    ++m_generation;
    m_step = 0;
    m_instance = instance;
    m_outcome = SyncOutcome();
    m_outcome.instanceName = instance.systemName;
    m_outcome.dryRun = dryRun;
    m_run = SyncRun();

    // The keychain answers and the token is fetched while the lock is taken and the run
    // recorded: neither changes anything, and a run that may not go on drops their answer.
    m_session.open(
            instance, this, [this](const QString &text) { step(text); },
            [this](const Result<InstanceApi> &opened) {
                if (!m_running)
                    return;
                if (!opened)
                    return finish(opened.error());
                readCatalogue(opened->distributorTenantId);
            });
    if (!m_running)
        return; // the keychain answered at once, with a refusal
    step(tr("Making sure no other run of \"%1\" is in progress…").arg(instance.systemName));
    auto lock = lockInstance(
            *m_session.database(), QStringLiteral("sync"), instance.id,
            tr("Another Get Services Definition of \"%1\" is running").arg(instance.systemName));
    if (!lock)
        return finish(lock.error());
    m_lock = *lock;
    if (dryRun)
        return;
    SyncRunRepository(m_session.database()).closeInterrupted(instance.id, catalogueTimeNow());
    m_run.id = newUuid();
    m_run.instanceId = instance.id;
    m_run.instanceName = instance.systemName;
    m_run.startedAt = catalogueTimeNow();
    m_run.startedBy = m_startedBy;
    if (const Status started = SyncRunRepository(m_session.database()).start(m_run); !started) {
        m_run.id.clear();
        return finish(started.error());
    }
}

void SyncJob::readCatalogue(const QString &tenantId)
{
    step(tr("Reading the catalogue, applications, storages and prices…"));
    m_phase.start();
    m_stored =
            std::async(std::launch::async, [database = m_session.database(), id = m_instance.id] {
                const auto read = [&]() -> Result<StoredCatalogue> {
                    ProductRepository products(database);
                    // The revision first: a write between the two reads then shows as a change.
                    const auto revision = products.revision(id);
                    if (!revision)
                        return revision.error();
                    auto stored = products.forInstance(id);
                    if (!stored)
                        return stored.error();
                    return StoredCatalogue{*revision, std::move(stored).value()};
                };
                auto stored = read();
                database->releaseThisThreadsConnection();
                return stored;
            });
    // Five reads at once. The storages the stored products are on are asked for beside the
    // catalogue; only those the catalogue names besides them wait for it (a first run's all).
    constexpr int ReadCount = 5;
    auto reads = std::make_shared<CatalogueReads>();
    auto pending = std::make_shared<int>(ReadCount);
    auto failed = std::make_shared<bool>(false);
    auto arrived = [this, reads, pending, failed](const std::optional<Error> &error) {
        if (*failed || !m_running)
            return; // failed already, or the run ended (its lock was refused, it was cancelled)
        if (error) {
            *failed = true;
            m_session.cancel(); // the others are not needed any more
            return finish(*error);
        }
        step(tr("Received %1 of %2 answers…").arg(ReadCount + 1 - *pending).arg(ReadCount));
        if (--*pending == 0)
            compareAndApply(*reads);
    };
    using namespace acronis;
    const auto storages = std::make_shared<StorageReads>();
    // The four reads besides the storages: once they are in, what is known is written while
    // the storages only the catalogue names are still being read.
    auto others = std::make_shared<int>(ReadCount - 1);
    auto otherArrived = [this, reads, storages, others,
                         arrived](const std::optional<Error> &error) {
        arrived(error);
        if (error || --*others > 0 || storages->outstanding == 0 || !m_running)
            return;
        // What is known is compared and written meanwhile, unless the storages' answer came in
        // while this one was parsed (a large catalogue): it is next in line, and all is known.
        QMetaObject::invokeMethod(
                this,
                [this, reads, storages, generation = m_generation] {
                    if (generation == m_generation && m_running && storages->outstanding > 0)
                        startUpdate(*reads);
                },
                Qt::QueuedConnection);
    };
    const auto keep = [otherArrived](auto &target) {
        return [&target, otherArrived](const auto &result) {
            if (result)
                target = *result;
            otherArrived(result ? std::nullopt : std::optional(result.error()));
        };
    };
    account::fetchApplications(m_session.api(), keep(reads->applications));
    storages->asked = ProductRepository(m_session.database()).infraIds(m_instance.id).valueOr({});
    const auto storagesRead = [this, reads, storages, arrived](const Result<QList<Infra>> &infras) {
        if (infras)
            reads->infras.append(*infras);
        if (!infras || (--storages->outstanding == 0 && storages->catalogueSeen))
            arrived(infras ? std::nullopt : std::optional(infras.error()));
    };
    if (!storages->asked.isEmpty()) {
        storages->outstanding = 1;
        account::fetchInfras(m_session.api(), storages->asked, storagesRead);
    }
    // The storages the catalogue names besides those are asked for as soon as its answer is in,
    // while its items are parsed.
    const auto storagesNamed = [this, storages, storagesRead](const QStringList &named) {
        if (!m_running)
            return;
        QStringList more;
        for (const QString &id : named) {
            if (!storages->asked.contains(id))
                more.append(id);
        }
        if (!more.isEmpty()) {
            ++storages->outstanding;
            account::fetchInfras(m_session.api(), more, storagesRead);
        }
    };
    account::fetchPartnerCatalogue(
            m_session.api(), tenantId,
            [this, reads, storages, arrived, otherArrived](const Result<QList<OfferingItem>> &r) {
                if (!r)
                    return otherArrived(r.error());
                reads->items = *r;
                storages->catalogueSeen = true;
                const bool storagesAllRead = storages->outstanding == 0;
                otherArrived(std::nullopt);
                if (storagesAllRead && m_running)
                    arrived(std::nullopt);
            },
            storagesNamed);
    account::fetchPriceList(m_session.api(), tenantId, keep(reads->prices));
    account::fetchTenantPricing(m_session.api(), tenantId, keep(reads->pricing));
}

void SyncJob::startUpdate(const CatalogueReads &known)
{
    if (m_outcome.dryRun)
        return;
    const int generation = m_generation;
    m_update = std::make_unique<CatalogueUpdate>(
            m_session.database(), m_instance, m_run, catalogueTimeNow(), std::move(m_stored), known,
            [this, generation] {
                QMetaObject::invokeMethod(
                        this,
                        [this, generation] {
                            if (generation == m_generation && m_update)
                                updateDone();
                        },
                        Qt::QueuedConnection);
            });
}

void SyncJob::compareAndApply(const CatalogueReads &reads)
{
    m_outcome.requests = m_session.api().requestsSent();
    m_outcome.maxParallelRequests = m_session.api().maxInFlight();
    m_outcome.readMs = m_phase.restart();
    const auto enabled =
            std::count_if(reads.items.cbegin(), reads.items.cend(),
                          [](const acronis::OfferingItem &item) { return item.enabled(); });
    step(tr("Comparing %n served item(s) with the catalogue…", nullptr, int(enabled)));
    if (!m_outcome.dryRun) {
        step(tr("Writing the changes…"));
        if (m_update)
            return m_update->complete(reads); // its worker has begun with what was known
        return written(CatalogueUpdate::writeAll(m_session.database(), m_instance, m_run,
                                                 catalogueTimeNow(), std::move(m_stored), reads));
    }
    const auto served = servedCatalogue(reads);
    if (!served)
        return finish(served.error());
    const auto stored = m_stored.get();
    if (!stored)
        return finish(stored.error());
    m_outcome.diff =
            diffCatalogue(stored->products, served->products, m_instance, catalogueTimeNow());
    m_outcome.diff.warnings.append(priceWarnings(*served, reads));
    m_outcome.afterReadMs = m_phase.elapsed();
    finish(std::nullopt);
}

void SyncJob::updateDone()
{
    auto diff = m_update->result();
    m_update.reset();
    written(diff);
}

void SyncJob::written(const Result<CatalogueDiff> &diff)
{
    if (!diff)
        return finish(diff.error());
    m_outcome.diff = *diff;
    m_run.id.clear(); // recorded with the changes
    m_outcome.afterReadMs = m_phase.elapsed();
    finish(std::nullopt);
}

void SyncJob::cancel()
{
    if (!m_running)
        return;
    // Recorded first, so that the calls the cancel ends find the run over already.
    finish(Error{ErrorKind::Cancelled,
                 tr("Get Services Definition was cancelled; the catalogue was left as it was.")});
    m_session.cancel();
}

void SyncJob::finish(const std::optional<Error> &ended)
{
    if (!m_running)
        return;
    m_running = false;
    if (ended && m_session.isOpen())
        m_session.cancel(); // requests still in flight, e.g. when the lock was refused
    std::optional<Error> error = ended;
    if (m_update) {
        // Abandoned unless it was done, and rolled back before the run is recorded; one that
        // committed before a cancel reached it is reported as what it is.
        m_update->abandon();
        if (const auto written = m_update->result(); written) {
            m_outcome.diff = *written;
            m_run.id.clear();
            error.reset();
        }
        m_update.reset();
    }
    if (m_stored.valid())
        m_stored.wait(); // the worker holds a connection to the database
    if (m_session.isOpen()) {
        m_outcome.requests = m_session.api().requestsSent();
        m_outcome.maxParallelRequests =
                qMax(m_outcome.maxParallelRequests, m_session.api().maxInFlight());
    }
    m_outcome.error = error;
    m_outcome.status = !error                     ? SyncStatus::Succeeded
            : error->kind == ErrorKind::Cancelled ? SyncStatus::Cancelled
                                                  : SyncStatus::Failed;
    if (error)
        m_outcome.diff = CatalogueDiff(); // nothing of a failed run was applied
    // Started and not yet recorded as finished. Without the database (its server went away),
    // the next run records it as interrupted.
    if (!m_run.id.isEmpty() && m_session.database()->isReachable()) {
        m_run.status = m_outcome.status;
        m_run.finishedAt = catalogueTimeNow();
        m_run.error = error ? error->message : QString();
        SyncRunRepository(m_session.database()).finish(m_run);
        m_run.id.clear();
    }
    m_lock.reset();
    emit finished(m_outcome);
}

} // namespace csp
