#pragma once

#include "core/instance.h"
#include "core/result.h"
#include "core/syncrun.h"
#include "database.h"

#include <QList>

#include <memory>
#include <optional>

namespace csp {

// Instances in the catalogue database. Every method runs on the calling thread's connection.
class InstanceRepository
{
    Q_DECLARE_TR_FUNCTIONS(InstanceRepository)

public:
    explicit InstanceRepository(std::shared_ptr<Database> database);

    Result<QList<Instance>> list() const; // ordered by system name
    // The instance named `systemName` (any case); NotFound when there is none.
    Result<Instance> findByName(const QString &systemName) const;
    Result<Instance> findById(const QString &id) const;

    // Conflict when another instance has the same system name, case-insensitively.
    Status insert(const Instance &instance);
    // Refused (Conflict, naming who saved and when) unless `instance.version` is the stored
    // one: a save based on what another admin has changed since never overwrites it.
    Status update(const Instance &instance);
    // The tenant a connection test or sync found; not a save of the settings (no new version).
    Status setDistributorTenant(const QString &id, const QString &tenantId);
    Status setHasSecret(const QString &id, bool hasSecret);
    Status remove(const QString &id); // products and sync runs go with it
    // Conflict when another instance has the instance's system name, case-insensitively.
    Status checkNameFree(const Instance &instance) const;

    Result<int> productCount(const QString &instanceId) const;
    Result<std::optional<SyncSummary>> lastSync(const QString &instanceId) const;

    const Database &database() const { return *m_database; }

private:
    Error changedMeanwhile(const Instance &stored);
    Result<QList<Instance>> select(const QString &where, const QVariantList &values) const;

    std::shared_ptr<Database> m_database;
};

} // namespace csp
