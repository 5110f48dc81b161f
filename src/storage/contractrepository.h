#pragma once

#include "core/contract.h"
#include "core/result.h"
#include "database.h"

#include <QHash>
#include <QSet>

#include <memory>
#include <optional>

namespace csp {

// The CSP contracts: each instance's commitment tiers (with every commitment kept with its
// time), each provider's tier from a month on.
class ContractRepository
{
    Q_DECLARE_TR_FUNCTIONS(ContractRepository)

public:
    explicit ContractRepository(std::shared_ptr<Database> database);

    // In the order they were added (the defaults first).
    Result<QList<ContractTier>> tiers(const QString &instanceId) const;
    // Every instance's tiers, by instance id, in one read.
    Result<QHash<QString, QList<ContractTier>>> allTiers() const;
    Result<std::optional<ContractTier>> tier(const QString &instanceId, const QString &key) const;
    // Adds or changes a tier at `now`; a changed commitment takes effect at `effectiveFrom`
    // (empty: `now`), earlier times keeping theirs. Caller's transaction.
    Status saveTier(const QString &instanceId, const ContractTier &tier, const QString &now,
                    const QString &effectiveFrom = {});
    // Each tier's minimum commitment in effect just before `before` (UTC ISO 8601); a tier
    // whose first commitment came later has that one, and is not in `setByThen` (if given).
    Result<QHash<QString, Decimal>> commitmentsBefore(const QString &instanceId,
                                                      const QString &before,
                                                      QSet<QString> *setByThen = nullptr) const;

    // The provider's tiers from their months on, oldest first.
    Result<QList<TierPeriod>> tierPeriods(const QString &providerId) const;
    // Its tier from `fromMonth` on (a later record for the same month replaces an earlier one).
    Status setTierFrom(const QString &providerId, const QString &tierKey, QDate fromMonth);

private:
    std::shared_ptr<Database> m_database;
};

// The default tiers of a new instance, with commitments at 0 from `since`; used by the instance
// repository and by the migration that introduced contracts.
Status insertDefaultTiers(const Database &database, QSqlDatabase db, const QString &instanceId,
                          const QString &since);

} // namespace csp
