#include "pricecheckrepository.h"

#include <QSqlQuery>
#include <QVariant>

namespace csp {

PriceCheckRepository::PriceCheckRepository(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

Result<std::optional<PriceCheckSummary>> PriceCheckRepository::last(const QString &instanceId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT month, checked_at, checked_by, skus, differing, "
                                 "currency, commitment, pricelist_code, error FROM price_checks "
                                 "WHERE instance_id = ?"));
    query.addBindValue(instanceId);
    if (!query.exec())
        return m_database->errorFrom(query, tr("reading the last price check"));
    if (!query.next())
        return std::optional<PriceCheckSummary>();
    return std::optional<PriceCheckSummary>(PriceCheckSummary{
            query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toInt(), query.value(4).toInt(), query.value(5).toString(),
            query.value(6).toString(), query.value(7).toString(), query.value(8).toString()});
}

Status PriceCheckRepository::record(const QString &instanceId, const PriceCheckSummary &outcome)
{
    Transaction transaction(*m_database, Transaction::Kind::Write);
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("DELETE FROM price_checks WHERE instance_id = ?"));
    query.addBindValue(instanceId);
    if (!query.exec())
        return m_database->errorFrom(query, tr("recording the price check"));
    query.prepare(QStringLiteral("INSERT INTO price_checks (instance_id, month, checked_at, "
                                 "checked_by, skus, differing, currency, commitment, "
                                 "pricelist_code, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(instanceId);
    query.addBindValue(outcome.month);
    query.addBindValue(outcome.checkedAt);
    query.addBindValue(outcome.checkedBy);
    query.addBindValue(outcome.skus);
    query.addBindValue(outcome.differing);
    // Empty: NULL, typed as text for PostgreSQL.
    for (const QString &text :
         {outcome.currency, outcome.commitment, outcome.pricelistCode, outcome.error})
        query.addBindValue(text.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                          : QVariant(text));
    if (!query.exec())
        return m_database->errorFrom(query, tr("recording the price check"));
    if (!transaction.commit())
        return m_database->errorFrom(transaction.commitError(), tr("recording the price check"));
    return success();
}

} // namespace csp
