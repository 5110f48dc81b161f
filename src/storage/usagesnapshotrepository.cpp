#include "usagesnapshotrepository.h"

#include "batchinsert.h"
#include "core/month.h"
#include "core/reconciliation.h"

#include <QSqlQuery>
#include <QVariant>

namespace csp {

namespace {

// "" rather than NULL: the key's columns are NOT NULL, and an editionless item has no edition.
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString sourceKey(SnapshotSource source)
{
    return source == SnapshotSource::Estimate ? QStringLiteral("estimate")
                                              : QStringLiteral("report");
}

} // namespace

UsageSnapshotRepository::UsageSnapshotRepository(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

Status UsageSnapshotRepository::insert(const QString &instanceId, QDate month,
                                       SnapshotSource source, const QList<UsageRecord> &records,
                                       const QString &takenAt)
{
    BatchInsert batch(*m_database, QStringLiteral("usage_snapshots"),
                      {QStringLiteral("instance_id"), QStringLiteral("month"),
                       QStringLiteral("source"), QStringLiteral("tenant_id"),
                       QStringLiteral("application_id"), QStringLiteral("offering_item"),
                       QStringLiteral("edition"), QStringLiteral("infra_id"),
                       QStringLiteral("unit"), QStringLiteral("value"), QStringLiteral("fraction"),
                       QStringLiteral("taken_at")});
    for (const UsageRecord &record : records) {
        Status added =
                batch.add({instanceId, monthKey(month), sourceKey(source), record.tenantId,
                           nonNull(record.key.applicationId), nonNull(record.key.offeringItem),
                           nonNull(record.key.edition), nonNull(record.key.infraId),
                           nonNull(record.measurementUnit), record.value,
                           record.fractionalValue ? QVariant(record.fractionalValue->text())
                                                  : QVariant(QMetaType::fromType<QString>()),
                           takenAt});
        if (!added)
            return added;
    }
    return batch.flush();
}

Status UsageSnapshotRepository::recordEstimates(const QString &instanceId, QDate month,
                                                const QStringList &tenants,
                                                const QList<UsageRecord> &records,
                                                const QString &takenAt)
{
    const QString doing = tr("recording the usage estimate");
    Transaction transaction(*m_database, Transaction::Kind::Write);
    if (!transaction.began())
        return m_database->errorFrom(transaction.beginError(), doing);
    QSqlQuery remove(m_database->connection());
    remove.prepare(QStringLiteral("DELETE FROM usage_snapshots WHERE instance_id = ? AND "
                                  "month = ? AND source = 'estimate' AND tenant_id = ?"));
    for (const QString &tenant : tenants) {
        remove.addBindValue(instanceId);
        remove.addBindValue(monthKey(month));
        remove.addBindValue(tenant);
        if (!remove.exec())
            return m_database->errorFrom(remove, doing);
    }
    if (Status done = insert(instanceId, month, SnapshotSource::Estimate, records, takenAt); !done)
        return done;
    if (!transaction.commit())
        return m_database->errorFrom(transaction.commitError(), doing);
    return success();
}

Status UsageSnapshotRepository::recordReport(const QString &instanceId, QDate month,
                                             const QList<UsageRecord> &records,
                                             const QString &takenAt)
{
    const QString doing = tr("recording the usage report");
    Transaction transaction(*m_database, Transaction::Kind::Write);
    if (!transaction.began())
        return m_database->errorFrom(transaction.beginError(), doing);
    QSqlQuery remove(m_database->connection());
    remove.prepare(QStringLiteral("DELETE FROM usage_snapshots WHERE instance_id = ? AND "
                                  "month = ? AND source = 'report'"));
    remove.addBindValue(instanceId);
    remove.addBindValue(monthKey(month));
    if (!remove.exec())
        return m_database->errorFrom(remove, doing);
    if (Status done = insert(instanceId, month, SnapshotSource::Report, records, takenAt); !done)
        return done;
    if (!transaction.commit())
        return m_database->errorFrom(transaction.commitError(), doing);
    return success();
}

Result<UsageSnapshotRepository::Snapshot> UsageSnapshotRepository::read(const QString &instanceId,
                                                                        QDate month,
                                                                        SnapshotSource source) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT tenant_id, application_id, offering_item, edition, "
                                 "infra_id, unit, value, fraction, taken_at FROM usage_snapshots "
                                 "WHERE instance_id = ? AND month = ? AND source = ?"));
    query.addBindValue(instanceId);
    query.addBindValue(monthKey(month));
    query.addBindValue(sourceKey(source));
    if (!query.exec())
        return m_database->errorFrom(query, tr("reading the recorded usage"));
    Snapshot snapshot;
    while (query.next()) {
        UsageRecord record;
        record.tenantId = query.value(0).toString();
        record.key = {query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString(), query.value(4).toString()};
        record.measurementUnit = query.value(5).toString();
        record.value = query.value(6).toLongLong();
        if (!query.value(7).isNull())
            record.fractionalValue = Decimal::parse(query.value(7).toString());
        snapshot.takenAt.insert(record.tenantId, query.value(8).toString());
        snapshot.records.append(record);
    }
    return snapshot;
}

Result<QSet<QString>> UsageSnapshotRepository::usedBefore(const QString &instanceId,
                                                          QDate month) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT DISTINCT tenant_id, application_id, offering_item, "
                                 "edition, infra_id FROM usage_snapshots WHERE instance_id = ? "
                                 "AND month < ? AND (value > 0 OR fraction IS NOT NULL)"));
    query.addBindValue(instanceId);
    query.addBindValue(monthKey(month));
    if (!query.exec())
        return m_database->errorFrom(query, tr("reading the recorded usage"));
    QSet<QString> used;
    while (query.next())
        used.insert(usageKey(query.value(0).toString(),
                             {query.value(1).toString(), query.value(2).toString(),
                              query.value(3).toString(), query.value(4).toString()}));
    return used;
}

Result<bool> UsageSnapshotRepository::anyBefore(const QString &instanceId, QDate month) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT 1 FROM usage_snapshots WHERE instance_id = ? AND "
                                 "month < ? LIMIT 1"));
    query.addBindValue(instanceId);
    query.addBindValue(monthKey(month));
    if (!query.exec())
        return m_database->errorFrom(query, tr("reading the recorded usage"));
    return query.next();
}

} // namespace csp
