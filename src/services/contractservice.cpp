#include "contractservice.h"

#include "core/month.h"
#include "core/timetext.h"
#include "storage/database.h"

#include "pricelist.h"
#include "storage/contractrepository.h"
#include "storage/instancerepository.h"

#include <QDateTime>

namespace csp {

ContractService::ContractService(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

Result<QList<ContractTier>> ContractService::tiers(const QString &instanceId) const
{
    return ContractRepository(m_database).tiers(instanceId);
}

Result<QHash<QString, QList<ContractTier>>> ContractService::allTiers() const
{
    return ContractRepository(m_database).allTiers();
}

Result<ContractTier> ContractService::setTier(const Instance &instance, const TierChange &change)
{
    auto saved = setTiers(instance, {change});
    if (!saved)
        return saved.error();
    return saved->first();
}

Result<QList<ContractTier>> ContractService::setTiers(const Instance &instance,
                                                      const QList<TierChange> &changes)
{
    QList<ContractTier> changed;
    for (const TierChange &change : changes) {
        auto tier = applied(instance, change);
        if (!tier && changes.size() > 1) {
            const ContractTier named{change.key, {}, -1, {}, false};
            return Error{tier.error().kind,
                         tr("%1: %2").arg(ContractRules::displayName(named), tier.error().message)};
        }
        if (!tier)
            return tier.error();
        changed.append(std::move(tier).value());
    }
    Transaction transaction(*m_database, Transaction::Kind::Write);
    if (!transaction.began())
        return m_database->errorFrom(transaction.beginError(), tr("saving the tier"));
    const QString now = catalogueTimeNow();
    ContractRepository contracts(m_database);
    for (qsizetype i = 0; i < changed.size(); ++i) {
        const std::optional<QDate> from = changes.at(i).fromMonth;
        const QString effectiveFrom = from
                ? catalogueTime(
                          QDateTime(QDate(from->year(), from->month(), 1), QTime(0, 0), Qt::UTC))
                : now;
        if (const Status saved = contracts.saveTier(instance.id, changed.at(i), now, effectiveFrom);
            !saved)
            return saved.error();
    }
    if (!transaction.commit())
        return m_database->errorFrom(transaction.commitError(), tr("saving the tier"));
    return changed;
}

Result<QList<ContractTier>> ContractService::tiersIn(const QString &instanceId,
                                                     std::optional<QDate> month) const
{
    ContractRepository contracts(m_database);
    const auto stored = contracts.tiers(instanceId);
    if (!stored)
        return stored.error();
    const QString before = month ? PriceListService::monthEnd(*month) : catalogueTimeNow();
    const auto commitments = contracts.commitmentsBefore(instanceId, before);
    if (!commitments)
        return commitments.error();
    QList<ContractTier> tiers = *stored;
    for (ContractTier &tier : tiers)
        tier.minimumCommitment = commitments->value(tier.key, tier.minimumCommitment);
    return tiers;
}

Result<ContractTier> ContractService::applied(const Instance &instance,
                                              const TierChange &change) const
{
    if (const auto wrong = ContractRules::checkTierKey(change.key))
        return Error{ErrorKind::InvalidInput, *wrong};
    const auto existing = ContractRepository(m_database).tier(instance.id, change.key);
    if (!existing)
        return existing.error();
    ContractTier tier = existing->value_or(ContractTier{change.key, {}, -1, {}, false});
    if (!*existing && change.commitment.isEmpty())
        return Error{ErrorKind::InvalidInput, tr("Minimum commitment: a new tier needs one.")};
    if (!*existing && !change.levelValue)
        return Error{ErrorKind::InvalidInput,
                     tr("Tier level value: a new tier needs the value Acronis keeps for it "
                        "(−2 to 7).")};
    if (!change.commitment.isEmpty()) {
        const auto amount = ContractRules::parseCommitment(change.commitment,
                                                           instance.primaryCurrency, change.locale);
        if (!amount)
            return amount.error();
        tier.minimumCommitment = *amount;
    }
    if (change.levelValue) {
        if (*change.levelValue < ContractRules::MinLevelValue ||
            *change.levelValue > ContractRules::MaxLevelValue)
            return Error{ErrorKind::InvalidInput,
                         tr("Tier level value: %1 is not −2 to 7, the values Acronis knows.")
                                 .arg(*change.levelValue)};
        tier.levelValue = *change.levelValue;
    }
    if (change.name) {
        const QString name = change.name->trimmed();
        if (name.size() > 64)
            return Error{ErrorKind::InvalidInput,
                         tr("Name: at most 64 characters (got %1).").arg(name.size())};
        tier.name = name;
    }
    if (change.promo)
        tier.promo = *change.promo;
    return tier;
}

Result<QHash<QString, ContractStanding>> ContractService::standingsIn(
        const QString &instanceId, QDate month, const QList<Provider> &providers) const
{
    month = firstOfMonth(month);
    ContractRepository contracts(m_database);
    const auto tiers = contracts.tiers(instanceId);
    if (!tiers)
        return tiers.error();
    QSet<QString> setByThen;
    const auto commitments =
            contracts.commitmentsBefore(instanceId, PriceListService::monthEnd(month), &setByThen);
    if (!commitments)
        return commitments.error();
    QHash<QString, ContractStanding> standings;
    for (const Provider &provider : providers) {
        const auto periods = contracts.tierPeriods(provider.id);
        if (!periods)
            return periods.error();
        const Contract contract{provider.contractStart, provider.rampUpMonths, *periods};
        ContractStanding standing;
        standing.started = contract.startedBy(month);
        standing.rampUp = contract.inRampUp(month);
        QString key = contract.tierAt(month);
        if (key.isEmpty())
            key = provider.tier; // known, but not when it began: taken as it is now
        const auto tier = std::find_if(tiers->begin(), tiers->end(),
                                       [&](const ContractTier &t) { return t.key == key; });
        if (tier == tiers->end()) {
            standing.tierKnown = false;
            standing.tier =
                    ContractTier{key.isEmpty() ? QStringLiteral("none") : key, {}, -1, {}, false};
        } else {
            standing.tier = *tier;
            standing.tier.minimumCommitment =
                    commitments->value(tier->key, tier->minimumCommitment);
            standing.commitmentSet = setByThen.contains(tier->key);
        }
        standings.insert(provider.id, standing);
    }
    return standings;
}

} // namespace csp
