#pragma once

#include "core/audit.h"
#include "core/result.h"
#include "database.h"

#include <memory>

namespace csp {

// The audit trail. Entries are only ever added (the database refuses to change or delete
// them, migration 11); writes run inside the caller's transaction, so that a change and its
// entry are kept or lost together.
class AuditRepository
{
    Q_DECLARE_TR_FUNCTIONS(AuditRepository)

public:
    explicit AuditRepository(std::shared_ptr<Database> database);

    // Fills in the time, this user@host and the instance's name when they are empty.
    Status record(AuditEntry entry);
    // A provider operation, named by the provider's name and customer id.
    Status recordForProvider(const QString &providerId, const QString &action,
                             const QString &after);
    // Newest first.
    Result<QList<AuditEntry>> list(const AuditFilter &filter) const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace csp
