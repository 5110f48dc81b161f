#include "pricehistoryrepository.h"

#include "batchinsert.h"

#include <QSqlQuery>
#include <QVariant>

namespace csp {

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant decimalOrNull(const std::optional<Decimal> &value)
{
    return value ? QVariant(value->text()) : QVariant(QMetaType::fromType<QString>());
}

std::optional<Decimal> decimalFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : Decimal::parse(value.toString());
}

} // namespace

PriceHistoryRepository::PriceHistoryRepository(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

Status PriceHistoryRepository::recordPrices(const QString &instanceId,
                                            const QList<PriceEntry> &entries)
{
    return writePriceRows(priceRows(instanceId, entries));
}

QList<QVariantList> PriceHistoryRepository::priceRows(const QString &instanceId,
                                                      const QList<PriceEntry> &entries)
{
    QList<QVariantList> rows;
    rows.reserve(entries.size());
    for (const PriceEntry &entry : entries)
        rows.append({newUuid(), instanceId, entry.productId, decimalOrNull(entry.sellPrice),
                     textOrNull(entry.currency),
                     entry.source == PriceSource::None ? QStringLiteral("none")
                                                       : priceSourceKey(entry.source),
                     textOrNull(entry.runId), entry.effectiveFrom});
    return rows;
}

Status PriceHistoryRepository::writePriceRows(const QList<QVariantList> &rows)
{
    if (rows.isEmpty())
        return success();
    BatchInsert insert(*m_database, QStringLiteral("product_prices"),
                       {QStringLiteral("id"), QStringLiteral("instance_id"),
                        QStringLiteral("product_id"), QStringLiteral("sell_price"),
                        QStringLiteral("currency"), QStringLiteral("source"),
                        QStringLiteral("run_id"), QStringLiteral("effective_from")});
    for (const QVariantList &row : rows) {
        if (Status added = insert.add(row); !added)
            return added;
    }
    return insert.flush();
}

Status PriceHistoryRepository::recordDiscount(const QString &instanceId, const DiscountEntry &entry)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(
            "INSERT INTO discount_history (id, instance_id, scope, scope_key, percent, "
            "effective_from) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {QVariant(newUuid()), QVariant(instanceId), QVariant(entry.scope),
          // "" rather than NULL for the instance's own discount, which has no key.
          QVariant(entry.scopeKey.isNull() ? QStringLiteral("") : entry.scopeKey),
          decimalOrNull(entry.percent), QVariant(entry.effectiveFrom)})
        query.addBindValue(value);
    if (!query.exec())
        return m_database->errorFrom(query, tr("recording the discount"));
    return success();
}

Result<QHash<QString, PriceEntry>> PriceHistoryRepository::prices(const QString &instanceId,
                                                                  const QString &before,
                                                                  bool earliest) const
{
    QString sql = QStringLiteral("SELECT product_id, sell_price, currency, source, run_id, "
                                 "effective_from FROM product_prices WHERE instance_id = ?");
    if (!earliest)
        sql += QStringLiteral(" AND effective_from < ?");
    // Oldest first, so that the last entry read for a product is the one in effect; the id
    // orders entries of one instant.
    sql += QStringLiteral(" ORDER BY effective_from, id");
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(instanceId);
    if (!earliest)
        query.addBindValue(before);
    if (!query.exec())
        return m_database->errorFrom(query, tr("reading the price history"));
    QHash<QString, PriceEntry> entries;
    while (query.next()) {
        const QString productId = query.value(0).toString();
        if (earliest && entries.contains(productId))
            continue;
        PriceEntry entry;
        entry.productId = productId;
        entry.sellPrice = decimalFrom(query.value(1));
        entry.currency = query.value(2).toString();
        entry.source = priceSourceFromKey(query.value(3).toString());
        entry.runId = query.value(4).toString();
        entry.effectiveFrom = query.value(5).toString();
        entries.insert(productId, entry);
    }
    return entries;
}

Result<QHash<QString, PriceEntry>> PriceHistoryRepository::pricesBefore(const QString &instanceId,
                                                                        const QString &before) const
{
    return prices(instanceId, before, false);
}

Result<QHash<QString, PriceEntry>> PriceHistoryRepository::earliestPrices(
        const QString &instanceId) const
{
    return prices(instanceId, {}, true);
}

Result<QList<DiscountEntry>> PriceHistoryRepository::discountsBefore(const QString &instanceId,
                                                                     const QString &before) const
{
    QString sql = QStringLiteral("SELECT scope, scope_key, percent, effective_from FROM "
                                 "discount_history WHERE instance_id = ?");
    if (!before.isEmpty())
        sql += QStringLiteral(" AND effective_from < ?");
    sql += QStringLiteral(" ORDER BY effective_from, id");
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(instanceId);
    if (!before.isEmpty())
        query.addBindValue(before);
    if (!query.exec())
        return m_database->errorFrom(query, tr("reading the discount history"));
    QList<DiscountEntry> entries;
    while (query.next()) {
        DiscountEntry entry{query.value(0).toString(), query.value(1).toString(),
                            decimalFrom(query.value(2)), query.value(3).toString()};
        auto same = std::find_if(entries.begin(), entries.end(), [&](const DiscountEntry &e) {
            return e.scope == entry.scope && e.scopeKey == entry.scopeKey;
        });
        if (same == entries.end())
            entries.append(entry);
        else if (!before.isEmpty())
            *same = entry; // a later one replaces it; without `before` the first one stays
    }
    return entries;
}

Result<QList<DiscountEntry>> PriceHistoryRepository::currentDiscounts(
        const QString &instanceId) const
{
    // Every time in the table sorts before this one.
    return discountsBefore(instanceId, QStringLiteral("9999"));
}

Result<QHash<QString, DiscountPolicy>> PriceHistoryRepository::currentPolicies(
        const QHash<QString, Decimal> &instanceDiscounts) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT instance_id, scope, scope_key, percent FROM "
                                   "discount_history WHERE scope <> 'instance' "
                                   "ORDER BY effective_from, id")))
        return m_database->errorFrom(query, tr("reading the discount history"));
    QHash<QString, DiscountPolicy> policies;
    for (auto it = instanceDiscounts.cbegin(); it != instanceDiscounts.cend(); ++it)
        policies.insert(it.key(), DiscountPolicy(it.value()));
    while (query.next()) {
        const auto policy = policies.find(query.value(0).toString());
        if (policy == policies.end())
            continue;
        // Oldest first: a later entry replaces an earlier one; a cleared one removes it.
        policy->apply(query.value(1).toString(), query.value(2).toString(),
                      decimalFrom(query.value(3)));
    }
    return policies;
}

Result<std::optional<PriceListRun>> PriceHistoryRepository::sync(const QString &sql,
                                                                 const QVariantList &values) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return m_database->errorFrom(query, tr("reading the sync history"));
    if (!query.next())
        return std::optional<PriceListRun>();
    return std::optional<PriceListRun>(
            PriceListRun{query.value(0).toString(), query.value(1).toString()});
}

Result<std::optional<PriceListRun>> PriceHistoryRepository::lastSyncBefore(
        const QString &instanceId, const QString &before) const
{
    return sync(QStringLiteral("SELECT id, finished_at FROM sync_runs WHERE instance_id = ? AND "
                               "status = 'succeeded' AND finished_at < ? "
                               "ORDER BY finished_at DESC, id LIMIT 1"),
                {instanceId, before});
}

Result<std::optional<PriceListRun>> PriceHistoryRepository::firstSync(
        const QString &instanceId) const
{
    return sync(QStringLiteral("SELECT id, finished_at FROM sync_runs WHERE instance_id = ? AND "
                               "status = 'succeeded' ORDER BY finished_at, id LIMIT 1"),
                {instanceId});
}

Result<std::optional<PriceListRun>> PriceHistoryRepository::latestSync(
        const QString &instanceId) const
{
    return sync(QStringLiteral("SELECT id, finished_at FROM sync_runs WHERE instance_id = ? AND "
                               "status = 'succeeded' ORDER BY finished_at DESC, id LIMIT 1"),
                {instanceId});
}

} // namespace csp
