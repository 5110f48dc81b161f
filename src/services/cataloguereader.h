#pragma once

#include "core/audit.h"
#include "core/instance.h"
#include "core/productrow.h"
#include "core/provider.h"
#include "core/result.h"
#include "core/syncrun.h"

#include <memory>
#include <optional>

namespace csp {
class Database;
}

namespace csp {

// What the window reads from the catalogue, in one place: each answer is the rows or the error
// that kept them (a page shows that error; an empty list always means there are none).
class CatalogueReader
{
public:
    explicit CatalogueReader(std::shared_ptr<Database> database);

    Result<QList<Instance>> instances() const;
    Result<Instance> instance(const QString &id) const;
    // The instance named `systemName` (any case); NotFound when there is none.
    Result<Instance> instanceNamed(const QString &systemName) const;
    Result<int> productCount(const QString &instanceId) const;
    Result<std::optional<SyncSummary>> lastSync(const QString &instanceId) const;
    Result<QList<Provider>> providers(const QString &instanceId = {}) const;
    Result<QList<ProviderOperation>> operations(const QString &providerId) const;
    Result<QList<SyncRun>> syncRuns(const QString &instanceId) const;
    Result<QList<ProductRow>> products(const ProductFilter &filter) const;
    Result<QList<ProductHistoryEntry>> productHistory(const QString &productId) const;
    Result<QList<ProductHistoryEntry>> changesOfRun(const SyncRun &run) const;
    Result<QList<AuditEntry>> audit(const AuditFilter &filter) const;

    // Closes the calling thread's connection: for a worker thread that is about to end.
    void releaseThisThreadsConnection() const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace csp
