#include "catalogueupdate.h"

#include "core/handoff.h"
#include "storage/database.h"
#include "storage/productrepository.h"
#include "storage/syncrunrepository.h"

#include <QCoreApplication>

namespace csp {

namespace {

QString writingTheCatalogue()
{
    return QCoreApplication::translate("csp::SyncJob", "writing the catalogue");
}

// A part of a comparison, and the rows that write it.
struct ComparedPart
{
    CatalogueDiff diff;
    ProductRepository::Rows rows;
};

// Compares `served` in parts on a helper thread, which also makes each part's rows, while this
// thread writes the parts done before: on two cores the comparison hides behind the write, and
// the write is SQLite's work alone. On SQLite small parts, the first smallest, so that the write
// starts soon and the last part's comparison is short; on a server, where each part's write is a
// few round trips, parts of 1,000.
Result<CatalogueDiff> compareWhileWriting(CatalogueComparison &comparison,
                                          const QList<ServedProduct> &served,
                                          ProductRepository &products, const QString &runId,
                                          bool onServer)
{
    const qsizetype firstPartSize = onServer ? 1000 : 50;
    const qsizetype partSize = onServer ? 1000 : 250;
    Handoff<ComparedPart> compared;
    auto comparing = std::async(std::launch::async, [&] {
        for (qsizetype start = 0; start < served.size() && !compared.stopped();) {
            const qsizetype count =
                    std::min(start == 0 ? firstPartSize : partSize, served.size() - start);
            CatalogueDiff part =
                    comparison.compare(std::span(served.constData() + start, size_t(count)));
            ProductRepository::Rows rows = ProductRepository::rowsOf(part, runId);
            compared.give({std::move(part), std::move(rows)});
            start += count;
        }
        compared.close();
    });
    CatalogueDiff diff;
    while (std::optional<ComparedPart> part = compared.take()) {
        if (const Status written = products.write(part->rows); !written) {
            compared.stop();
            comparing.wait();
            return written.error();
        }
        diff.append(std::move(part->diff));
    }
    return diff;
}

} // namespace

CatalogueUpdate::CatalogueUpdate(std::shared_ptr<Database> database, Instance instance,
                                 SyncRun startedRun, QString now,
                                 std::future<Result<StoredCatalogue>> stored,
                                 std::chrono::milliseconds holdLimit)
    : m_database(std::move(database))
    , m_instance(std::move(instance))
    , m_run(std::move(startedRun))
    , m_now(std::move(now))
    , m_holdLimit(holdLimit)
    , m_stored(std::move(stored))
{ }

CatalogueUpdate::CatalogueUpdate(std::shared_ptr<Database> database, Instance instance,
                                 SyncRun startedRun, QString now,
                                 std::future<Result<StoredCatalogue>> stored, CatalogueReads known,
                                 std::function<void()> done, std::chrono::milliseconds holdLimit)
    : CatalogueUpdate(std::move(database), std::move(instance), std::move(startedRun),
                      std::move(now), std::move(stored), holdLimit)
{
    m_result = std::async(std::launch::async,
                          [this, known = std::move(known), all = m_all.get_future(),
                           done = std::move(done)]() mutable {
                              auto result = run(known, std::move(all));
                              m_database->releaseThisThreadsConnection();
                              done();
                              return result;
                          });
}

Result<CatalogueDiff> CatalogueUpdate::writeAll(std::shared_ptr<Database> database,
                                                Instance instance, SyncRun startedRun, QString now,
                                                std::future<Result<StoredCatalogue>> stored,
                                                const CatalogueReads &reads)
{
    CatalogueUpdate update(std::move(database), std::move(instance), std::move(startedRun),
                           std::move(now), std::move(stored), std::chrono::milliseconds(0));
    auto all = update.m_all.get_future();
    update.complete(reads);
    return update.run(reads, std::move(all));
}

CatalogueUpdate::~CatalogueUpdate()
{
    abandon();
    if (m_result.valid())
        m_result.wait();
}

void CatalogueUpdate::complete(CatalogueReads all)
{
    if (!std::exchange(m_completed, true))
        m_all.set_value(std::move(all));
}

void CatalogueUpdate::abandon()
{
    if (!std::exchange(m_completed, true))
        m_all.set_value(std::nullopt);
}

Result<CatalogueDiff> CatalogueUpdate::result()
{
    return m_result.get();
}

Result<CatalogueDiff> CatalogueUpdate::run(const CatalogueReads &known,
                                           std::future<std::optional<CatalogueReads>> all)
{
    auto read = servedCatalogue(known);
    if (!read)
        return read.error();
    ServedCatalogue served = std::move(read).value();
    const auto stored = m_stored.get();
    if (!stored)
        return stored.error();
    bool early = all.wait_for(std::chrono::seconds(0)) != std::future_status::ready;
    for (;;) {
        // The write lock first, so that no edit can come between the comparison and the write.
        Transaction transaction(*m_database, Transaction::Kind::Bulk);
        if (!transaction.began())
            return m_database->errorFrom(transaction.beginError(), writingTheCatalogue());
        const auto current = base(*stored);
        if (!current)
            return current.error();
        ProductRepository products(m_database);
        CatalogueComparison comparison(current->products, m_instance, m_now);
        CatalogueDiff diff;
        if (early) {
            auto written = compareWhileWriting(comparison, served.onNamedStorages(), products,
                                               m_run.id, m_database->dialect().isPostgresql());
            if (!written)
                return written.error();
            diff = std::move(written).value();
            if (all.wait_for(m_holdLimit) == std::future_status::timeout) {
                // Not kept from other writers any longer: all of it again once the reads are in.
                transaction.rollback();
                all.wait();
                early = false;
                continue;
            }
        }
        const std::optional<CatalogueReads> reads = all.get();
        if (!reads)
            return Error{ErrorKind::Cancelled,
                         QCoreApplication::translate("csp::SyncJob",
                                                     "Get Services Definition was cancelled; the "
                                                     "catalogue was left as it was.")};
        served.nameStorages(reads->infras);
        auto rest = compareWhileWriting(comparison,
                                        early ? served.onUnnamedStorages() : served.products,
                                        products, m_run.id, m_database->dialect().isPostgresql());
        if (!rest)
            return rest.error();
        diff.append(std::move(rest).value());
        CatalogueDiff retired = comparison.finish();
        retired.warnings.append(priceWarnings(served, *reads));
        if (const Status applied = products.apply(retired, m_run.id); !applied)
            return applied.error();
        diff.append(std::move(retired));
        if (const Status recorded = SyncRunRepository(m_database).finish(finishedRun(diff));
            !recorded)
            return recorded.error();
        if (!transaction.commit())
            return m_database->errorFrom(transaction.commitError(), writingTheCatalogue());
        return diff;
    }
}

// What to compare with: the catalogue as read, unless it was renamed, priced by hand or synced by
// someone else since, so that none of that is overwritten.
Result<StoredCatalogue> CatalogueUpdate::base(const StoredCatalogue &stored) const
{
    ProductRepository products(m_database);
    const auto revision = products.revision(m_instance.id);
    if (!revision)
        return revision.error();
    if (*revision == stored.revision)
        return stored;
    auto current = products.forInstance(m_instance.id);
    if (!current)
        return current.error();
    return StoredCatalogue{*revision, std::move(current).value()};
}

SyncRun CatalogueUpdate::finishedRun(const CatalogueDiff &diff) const
{
    SyncRun run = m_run;
    run.status = SyncStatus::Succeeded;
    run.finishedAt = m_now;
    run.added = diff.count(ChangeKind::Added);
    run.updated = diff.count(ChangeKind::Updated);
    run.renamed = diff.count(ChangeKind::Renamed);
    run.retired = diff.count(ChangeKind::Retired);
    run.unchanged = diff.count(ChangeKind::Unchanged);
    run.warnings = diff.warnings;
    return run;
}

} // namespace csp
