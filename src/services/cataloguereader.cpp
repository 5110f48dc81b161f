#include "cataloguereader.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/instancerepository.h"
#include "storage/productrepository.h"
#include "storage/providerrepository.h"
#include "storage/syncrunrepository.h"

namespace csp {

CatalogueReader::CatalogueReader(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

Result<QList<Instance>> CatalogueReader::instances() const
{
    return InstanceRepository(m_database).list();
}

Result<Instance> CatalogueReader::instance(const QString &id) const
{
    return InstanceRepository(m_database).findById(id);
}

Result<Instance> CatalogueReader::instanceNamed(const QString &systemName) const
{
    return InstanceRepository(m_database).findByName(systemName);
}

Result<int> CatalogueReader::productCount(const QString &instanceId) const
{
    return InstanceRepository(m_database).productCount(instanceId);
}

Result<std::optional<SyncSummary>> CatalogueReader::lastSync(const QString &instanceId) const
{
    return InstanceRepository(m_database).lastSync(instanceId);
}

void CatalogueReader::releaseThisThreadsConnection() const
{
    m_database->releaseThisThreadsConnection();
}

Result<QList<Provider>> CatalogueReader::providers(const QString &instanceId) const
{
    return ProviderRepository(m_database).list(instanceId);
}

Result<QList<ProviderOperation>> CatalogueReader::operations(const QString &providerId) const
{
    return ProviderRepository(m_database).operations(providerId);
}

Result<QList<SyncRun>> CatalogueReader::syncRuns(const QString &instanceId) const
{
    return SyncRunRepository(m_database).list(instanceId);
}

Result<QList<ProductRow>> CatalogueReader::products(const ProductFilter &filter) const
{
    return ProductRepository(m_database).list(filter);
}

Result<QList<ProductHistoryEntry>> CatalogueReader::productHistory(const QString &productId) const
{
    return ProductRepository(m_database).history(productId);
}

Result<QList<ProductHistoryEntry>> CatalogueReader::changesOfRun(const SyncRun &run) const
{
    return ProductRepository(m_database).changesOfRun(run);
}

Result<QList<AuditEntry>> CatalogueReader::audit(const AuditFilter &filter) const
{
    return AuditRepository(m_database).list(filter);
}

} // namespace csp
