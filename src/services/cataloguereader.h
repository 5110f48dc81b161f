#pragma once

#include "storage/auditrepository.h"

#include "core/result.h"
#include "storage/database.h"
#include "storage/instancerepository.h"
#include "storage/productrepository.h"
#include "storage/providerrepository.h"
#include "storage/syncrunrepository.h"

#include <memory>

namespace csp {

// What the window reads from the catalogue, in one place: each answer is the rows or the error
// that kept them (a page shows that error; an empty list always means there are none).
class CatalogueReader
{
public:
    explicit CatalogueReader(std::shared_ptr<Database> database);

    Result<QList<Instance>> instances() const;
    Result<Instance> instance(const QString &id) const;
    Result<QList<Provider>> providers(const QString &instanceId = {}) const;
    Result<QList<ProviderOperation>> operations(const QString &providerId) const;
    Result<QList<SyncRun>> syncRuns(const QString &instanceId) const;
    Result<QList<ProductRow>> products(const ProductFilter &filter) const;
    Result<QList<ProductHistoryEntry>> productHistory(const QString &productId) const;
    Result<QList<ProductHistoryEntry>> changesOfRun(const SyncRun &run) const;
    Result<QList<AuditEntry>> audit(const AuditFilter &filter) const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace csp
