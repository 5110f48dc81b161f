#include "syncjob.h"

#include "acronis/records.h"
#include "core/timetext.h"
#include "secrets/secretstore.h"
#include "storage/database.h"
#include "storage/syncrunrepository.h"

#include "acronis/accountapi.h"
#include "core/pricematch.h"
#include "instanceapi.h"
#include "instancelock.h"
#include "storage/productrepository.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>

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

// What the parallel reads bring back.
struct SyncJob::Reads
{
    QList<acronis::Application> applications;
    QList<acronis::OfferingItem> items;
    QList<acronis::Infra> infras;
    std::optional<QList<acronis::PriceItem>> prices;
    std::optional<acronis::TenantPricing> pricing; // the price list's currency
};

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
                const auto read = [&]() -> Result<Stored> {
                    ProductRepository products(database);
                    // The revision first: a write between the two reads then shows as a change.
                    const auto revision = products.revision(id);
                    if (!revision)
                        return revision.error();
                    auto stored = products.forInstance(id);
                    if (!stored)
                        return stored.error();
                    return Stored{*revision, std::move(stored).value()};
                };
                auto stored = read();
                database->releaseThisThreadsConnection();
                return stored;
            });
    // Five reads at once. The storages the stored products are on are asked for beside the
    // catalogue; only those the catalogue names besides them wait for it (a first run's all).
    constexpr int ReadCount = 5;
    auto reads = std::make_shared<Reads>();
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
    const auto keep = [arrived](auto &target) {
        return [&target, arrived](const auto &result) {
            if (result)
                target = *result;
            arrived(result ? std::nullopt : std::optional(result.error()));
        };
    };
    using namespace acronis;
    account::fetchApplications(m_session.api(), keep(reads->applications));
    const auto storages = std::make_shared<StorageReads>();
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
            [this, reads, storages, arrived](const Result<QList<OfferingItem>> &r) {
                if (!r)
                    return arrived(r.error());
                reads->items = *r;
                arrived(std::nullopt);
                if (!m_running)
                    return;
                storages->catalogueSeen = true;
                if (storages->outstanding == 0)
                    arrived(std::nullopt);
            },
            storagesNamed);
    account::fetchPriceList(m_session.api(), tenantId, keep(reads->prices));
    account::fetchTenantPricing(m_session.api(), tenantId, keep(reads->pricing));
}

Result<QList<ServedProduct>> SyncJob::servedProducts(const Reads &reads,
                                                     QStringList *warnings) const
{
    QHash<QString, QString> applicationNames;
    for (const auto &application : reads.applications)
        applicationNames.insert(application.id, application.name);
    QHash<QString, QString> infraNames;
    for (const auto &infra : reads.infras)
        infraNames.insert(infra.id, infra.name);
    QList<ServedPriceEntry> entries;
    for (const auto &item : reads.prices.value_or(QList<acronis::PriceItem>())) {
        const auto price = Decimal::parse(item.price);
        if (!price || price->isNegative())
            return Error{ErrorKind::Failed,
                         tr("The server answered something unexpected: the price list gives "
                            "\"%1\" as the price of %2, which is not a decimal of at least 0 "
                            "with at most %3 decimal places.")
                                 .arg(item.price, item.name)
                                 .arg(Decimal::Scale)};
        entries.append({item.applicationId, item.name, item.infraId, *price});
    }
    QList<const acronis::OfferingItem *> enabled;
    QList<PricedItem> priced;
    for (const auto &item : reads.items) {
        if (!item.enabled())
            continue; // not enabled for the distributor, so not for its service providers either
        enabled.append(&item);
        priced.append({item.applicationId, item.name, item.usageName, item.infraId});
    }
    const PriceMatch match = matchPrices(priced, entries);
    // The price list carries no currency: the tenant's pricing settings say it.
    const QString currency = reads.pricing ? reads.pricing->currency : QString();
    QList<ServedProduct> served;
    served.reserve(enabled.size());
    for (qsizetype i = 0; i < enabled.size(); ++i) {
        const acronis::OfferingItem &item = *enabled.at(i);
        ServedProduct product;
        product.key = {item.applicationId, item.name, item.edition, item.infraId};
        product.applicationName = applicationNames.value(item.applicationId, item.applicationId);
        product.usageName = item.usageName;
        product.itemType = item.type;
        product.measurementUnit = item.measurementUnit;
        product.infraName =
                item.infraId.isEmpty() ? QString() : infraNames.value(item.infraId, item.infraId);
        product.price = match.prices.at(i);
        if (product.price)
            product.priceCurrency = currency;
        served.append(product);
    }
    for (const ServedPriceEntry &entry : match.unmatched)
        warnings->append(unmatchedPriceWarning(entry, applicationNames, infraNames));
    for (const ServedPriceEntry &entry : match.repeated)
        warnings->append(tr("The price list gives \"%1\" more than once; %2 was not used.")
                                 .arg(entry.name, entry.price.text()));
    return served;
}

QString SyncJob::unmatchedPriceWarning(const ServedPriceEntry &entry,
                                       const QHash<QString, QString> &applicationNames,
                                       const QHash<QString, QString> &infraNames)
{
    const QString application = applicationNames.value(entry.applicationId, entry.applicationId);
    return entry.infraId.isEmpty()
            ? tr("The price list prices \"%1\" of %2 at %3, which names no offering item or "
                 "usage of the catalogue; that price was not used.")
                      .arg(entry.name, application, entry.price.text())
            : tr("The price list prices \"%1\" of %2 on the storage %3 at %4, which names no "
                 "offering item or usage of the catalogue; that price was not used.")
                      .arg(entry.name, application, infraNames.value(entry.infraId, entry.infraId),
                           entry.price.text());
}

void SyncJob::compareAndApply(const Reads &reads)
{
    m_outcome.requests = m_session.api().requestsSent();
    m_outcome.maxParallelRequests = m_session.api().maxInFlight();
    m_outcome.readMs = m_phase.restart();
    QStringList priceWarnings;
    const auto served = servedProducts(reads, &priceWarnings);
    if (!served)
        return finish(served.error());
    step(tr("Comparing %n served item(s) with the catalogue…", nullptr, int(served->size())));
    ProductRepository products(m_session.database());
    const auto stored = m_stored.get();
    if (!stored)
        return finish(stored.error());
    // One instant for the changes, the price list they make and the run's end, so that a month
    // is priced by the run that finished before it ended and by nothing later.
    const QString now = catalogueTimeNow();
    m_outcome.diff = diffCatalogue(stored->products, *served, m_instance, now);
    m_outcome.diff.warnings.append(priceWarnings);
    m_outcome.compareMs = m_phase.restart();
    if (m_outcome.dryRun)
        return finish(std::nullopt);
    step(tr("Writing the changes…"));
    // Products and the run's record commit together: the catalogue is the old one or the new one.
    // The write lock is taken first, so no edit can come between the check below and the write.
    Transaction transaction(*m_session.database(), Transaction::Kind::Write);
    if (!transaction.began())
        return finish(m_session.database()->errorFrom(transaction.beginError(),
                                                      tr("writing the catalogue")));
    const auto fail = [&](const Error &error) {
        transaction.rollback(); // before the failure is recorded, outside the transaction
        finish(error);
    };
    // Renamed, priced by hand or synced by someone else since it was read: compare again with
    // what is there now, so that none of it is overwritten.
    const auto revision = products.revision(m_instance.id);
    if (!revision)
        return fail(revision.error());
    if (*revision != stored->revision) {
        const auto current = products.forInstance(m_instance.id);
        if (!current)
            return fail(current.error());
        m_outcome.diff = diffCatalogue(*current, *served, m_instance, now);
        m_outcome.diff.warnings.append(priceWarnings);
    }
    if (const Status applied = products.apply(m_outcome.diff, m_run.id); !applied)
        return fail(applied.error());
    m_run.status = SyncStatus::Succeeded;
    m_run.finishedAt = now;
    m_run.added = m_outcome.diff.count(ChangeKind::Added);
    m_run.updated = m_outcome.diff.count(ChangeKind::Updated);
    m_run.renamed = m_outcome.diff.count(ChangeKind::Renamed);
    m_run.retired = m_outcome.diff.count(ChangeKind::Retired);
    m_run.unchanged = m_outcome.diff.count(ChangeKind::Unchanged);
    m_run.warnings = m_outcome.diff.warnings;
    if (const Status recorded = SyncRunRepository(m_session.database()).finish(m_run); !recorded)
        return fail(recorded.error());
    if (!transaction.commit())
        return fail(m_session.database()->errorFrom(transaction.commitError(),
                                                    tr("writing the catalogue")));
    m_run.id.clear(); // recorded
    m_outcome.writeMs = m_phase.elapsed();
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

void SyncJob::finish(const std::optional<Error> &error)
{
    if (!m_running)
        return;
    m_running = false;
    if (error && m_session.isOpen())
        m_session.cancel(); // requests still in flight, e.g. when the lock was refused
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
