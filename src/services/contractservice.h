#pragma once

#include "core/contract.h"
#include "core/instance.h"
#include "core/provider.h"
#include "core/result.h"

#include <QHash>
#include <QLocale>

#include <memory>
#include <optional>

namespace csp {
class Database;
}

namespace csp {

// What an admin asks `tier set` for: the tier's key and what to change; unset parts stay.
struct TierChange
{
    QString key;
    QString commitment; // as typed in `locale`; required for a new tier
    QLocale locale = QLocale::c();
    std::optional<QString> name;
    std::optional<int> levelValue;
    std::optional<bool> promo;
    std::optional<QDate> fromMonth; // the commitment from this month on; nullopt: from now
};

// The CSP contract tiers of an instance, with the rules both programs follow.
class ContractService
{
    Q_DECLARE_TR_FUNCTIONS(ContractService)

public:
    explicit ContractService(std::shared_ptr<Database> database);

    Result<QList<ContractTier>> tiers(const QString &instanceId) const;
    // The tiers with the commitment each had at the end of `month` (nullopt: now).
    Result<QList<ContractTier>> tiersIn(const QString &instanceId,
                                        std::optional<QDate> month) const;
    // Every instance's tiers, by instance id.
    Result<QHash<QString, QList<ContractTier>>> allTiers() const;
    // Adds or changes a tier; InvalidInput names the field and the rule.
    Result<ContractTier> setTier(const Instance &instance, const TierChange &change);
    // Several changes, all saved or none; the first refused one is the error.
    Result<QList<ContractTier>> setTiers(const Instance &instance,
                                         const QList<TierChange> &changes);
    // Each provider's standing in `month` (any day of it), by provider id.
    Result<QHash<QString, ContractStanding>> standingsIn(const QString &instanceId, QDate month,
                                                         const QList<Provider> &providers) const;

private:
    Result<ContractTier> applied(const Instance &instance, const TierChange &change) const;

    std::shared_ptr<Database> m_database;
};

} // namespace csp
