#include "contractrepository.h"

#include "core/month.h"
#include "core/timetext.h"

#include "auditrepository.h"

#include "core/instance.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace csp {

namespace {

const QString insertTier =
        QStringLiteral("INSERT INTO contract_tiers (instance_id, tier_key, name, tier_level_value, "
                       "minimum_commitment, promo, position) VALUES (?, ?, ?, ?, ?, ?, ?)");
const QString insertCommitment = QStringLiteral(
        "INSERT INTO tier_commitments (id, instance_id, tier_key, minimum_commitment, "
        "effective_from) VALUES (?, ?, ?, ?, ?)");

Status run(const Database &database, QSqlQuery &query, const QVariantList &values,
           const QString &doing)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // An empty name is "", not NULL: the built-in tiers have none of their own.
        const bool emptyText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.bindValue(i, emptyText ? QVariant(QStringLiteral("")) : value);
    }
    if (!query.exec())
        return database.errorFrom(query, doing);
    return success();
}

} // namespace

Status insertDefaultTiers(const Database &database, QSqlDatabase db, const QString &instanceId,
                          const QString &since)
{
    const QString doing = ContractRepository::tr("setting up the contract tiers");
    QSqlQuery tier(db);
    tier.prepare(insertTier);
    QSqlQuery commitment(db);
    commitment.prepare(insertCommitment);
    int position = 0;
    for (const ContractTier &each : ContractRules::defaultTiers()) {
        const QString amount = each.minimumCommitment.text();
        if (Status done = run(database, tier,
                              {instanceId, each.key, each.name, each.levelValue, amount, each.promo,
                               position++},
                              doing);
            !done)
            return done;
        if (Status done = run(database, commitment,
                              {newUuid(), instanceId, each.key, amount, since}, doing);
            !done)
            return done;
    }
    return success();
}

ContractRepository::ContractRepository(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

namespace {

ContractTier tierFrom(const QSqlQuery &query, int first)
{
    return {query.value(first).toString(), query.value(first + 1).toString(),
            query.value(first + 2).toInt(),
            Decimal::parse(query.value(first + 3).toString()).value_or(Decimal()),
            query.value(first + 4).toBool()};
}

} // namespace

Result<QList<ContractTier>> ContractRepository::tiers(const QString &instanceId) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    if (!m_database->dialect().execute(
                query,
                QStringLiteral("SELECT tier_key, name, tier_level_value, minimum_commitment, "
                               "promo FROM contract_tiers WHERE instance_id = ? "
                               "ORDER BY position, tier_key"),
                {instanceId}))
        return m_database->errorFrom(query, tr("reading the contract tiers"));
    QList<ContractTier> tiers;
    while (query.next())
        tiers.append(tierFrom(query, 0));
    return tiers;
}

Result<QHash<QString, QList<ContractTier>>> ContractRepository::allTiers() const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT instance_id, tier_key, name, tier_level_value, "
                                   "minimum_commitment, promo FROM contract_tiers "
                                   "ORDER BY instance_id, position, tier_key")))
        return m_database->errorFrom(query, tr("reading the contract tiers"));
    QHash<QString, QList<ContractTier>> all;
    while (query.next())
        all[query.value(0).toString()].append(tierFrom(query, 1));
    return all;
}

Result<std::optional<ContractTier>> ContractRepository::tier(const QString &instanceId,
                                                             const QString &key) const
{
    const auto all = tiers(instanceId);
    if (!all)
        return all.error();
    for (const ContractTier &tier : *all) {
        if (tier.key == key)
            return std::optional<ContractTier>(tier);
    }
    return std::optional<ContractTier>();
}

Status ContractRepository::saveTier(const QString &instanceId, const ContractTier &tier,
                                    const QString &now, const QString &effectiveFrom)
{
    const QString from = effectiveFrom.isEmpty() ? now : effectiveFrom;
    const QString doing = tr("saving the tier \"%1\"").arg(tier.key);
    const auto before = this->tier(instanceId, tier.key);
    if (!before)
        return before.error();
    QSqlQuery query(m_database->connection());
    if (*before) {
        query.prepare(QStringLiteral(
                "UPDATE contract_tiers SET name = ?, tier_level_value = ?, minimum_commitment = "
                "?, promo = ? WHERE instance_id = ? AND tier_key = ?"));
        if (Status done = run(*m_database, query,
                              {tier.name, tier.levelValue, tier.minimumCommitment.text(),
                               tier.promo, instanceId, tier.key},
                              doing);
            !done)
            return done;
    } else {
        const auto count = tiers(instanceId);
        if (!count)
            return count.error();
        query.prepare(insertTier);
        if (Status done = run(*m_database, query,
                              {instanceId, tier.key, tier.name, tier.levelValue,
                               tier.minimumCommitment.text(), tier.promo, int(count->size())},
                              doing);
            !done)
            return done;
    }
    const auto describe = [](const ContractTier &t) {
        return QStringLiteral("name=%1, tier_level_value=%2, minimum_commitment=%3, promo=%4")
                .arg(t.name)
                .arg(t.levelValue)
                .arg(t.minimumCommitment.text(),
                     t.promo ? QStringLiteral("true") : QStringLiteral("false"));
    };
    const QString was = *before ? describe(**before) : QString();
    if (was != describe(tier)) {
        if (Status audited = AuditRepository(m_database)
                                     .record({now,
                                              {},
                                              QLatin1String(AuditAction::TierSet),
                                              instanceId,
                                              {},
                                              tier.key,
                                              was,
                                              describe(tier)});
            !audited)
            return audited;
    }
    if (*before && (*before)->minimumCommitment.isIdenticalTo(tier.minimumCommitment) &&
        from == now)
        return success();
    // A commitment set from a month replaces what was recorded for that month and later, such
    // as the default tiers of an instance created during the month. One set at an instant
    // replaces what was set at the same instant (an instance imported with its tiers): the
    // history has one entry per instant, so which is in effect never depends on the order rows
    // come back in.
    QSqlQuery replaced(m_database->connection());
    replaced.prepare(effectiveFrom.isEmpty()
                             ? QStringLiteral("DELETE FROM tier_commitments WHERE instance_id = ? "
                                              "AND tier_key = ? AND effective_from = ?")
                             : QStringLiteral("DELETE FROM tier_commitments WHERE instance_id = ? "
                                              "AND tier_key = ? AND effective_from >= ?"));
    if (Status done = run(*m_database, replaced, {instanceId, tier.key, from}, doing); !done)
        return done;
    QSqlQuery history(m_database->connection());
    history.prepare(insertCommitment);
    return run(*m_database, history,
               {newUuid(), instanceId, tier.key, tier.minimumCommitment.text(), from}, doing);
}

Result<QHash<QString, Decimal>> ContractRepository::commitmentsBefore(
        const QString &instanceId, const QString &before, QSet<QString> *setByThen) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT tier_key, minimum_commitment, effective_from FROM "
                                 "tier_commitments WHERE instance_id = ? "
                                 "ORDER BY effective_from, id"));
    query.addBindValue(instanceId);
    if (!query.exec())
        return m_database->errorFrom(query, tr("reading the commitment history"));
    QHash<QString, Decimal> commitments;
    while (query.next()) {
        const QString key = query.value(0).toString();
        const bool inEffect = query.value(2).toString() < before;
        if (inEffect && setByThen)
            setByThen->insert(key);
        if (inEffect || !commitments.contains(key))
            commitments.insert(key, Decimal::parse(query.value(1).toString()).value_or(Decimal()));
    }
    return commitments;
}

Result<QList<TierPeriod>> ContractRepository::tierPeriods(const QString &providerId) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT tier_key, from_month FROM provider_tiers WHERE "
                                 "provider_id = ? ORDER BY from_month, recorded_at"));
    query.addBindValue(providerId);
    if (!query.exec())
        return m_database->errorFrom(query, tr("reading the provider's tiers"));
    QList<TierPeriod> periods;
    while (query.next()) {
        const QDate month =
                QDate::fromString(query.value(1).toString() + QStringLiteral("-01"), Qt::ISODate);
        if (!periods.isEmpty() && periods.last().fromMonth == month)
            periods.removeLast(); // the later record of the month replaces the earlier
        periods.append({query.value(0).toString(), month});
    }
    return periods;
}

Status ContractRepository::setTierFrom(const QString &providerId, const QString &tierKey,
                                       QDate fromMonth)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("INSERT INTO provider_tiers (id, provider_id, tier_key, "
                                 "from_month, recorded_at) VALUES (?, ?, ?, ?, ?)"));
    return run(*m_database, query,
               {newUuid(), providerId, tierKey, monthKey(fromMonth), catalogueTimeNow()},
               tr("recording the provider's tier"));
}

} // namespace csp
