#include "instancerepository.h"

#include "contractrepository.h"
#include "core/timetext.h"
#include "pricehistoryrepository.h"

#include "core/appidentity.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace csp {

namespace {

const QString columns = QStringLiteral(
        "id, system_name, gateway, client_id, discount_percent, primary_currency, name_policy, "
        "has_secret, distributor_tenant_id, created_at, updated_at, version, updated_by");

// has_secret as this machine's keychain sees it: in a shared catalogue each admin's keychain
// holds its own copy (instance_secrets); the column of that name is no longer read.
QString selectedColumns()
{
    static const QString selected = QString(columns).replace(
            QStringLiteral("has_secret"),
            QStringLiteral("EXISTS (SELECT 1 FROM instance_secrets s WHERE s.instance_id = "
                           "instances.id AND s.keychain = '%1')")
                    .arg(thisKeychainId()));
    return selected;
}

Instance instanceFrom(const QSqlQuery &row)
{
    Instance instance;
    instance.id = row.value(0).toString();
    instance.systemName = row.value(1).toString();
    instance.gateway = row.value(2).toString();
    instance.clientId = row.value(3).toString();
    instance.discountPercent = Decimal::parse(row.value(4).toString()).value_or(Decimal());
    instance.primaryCurrency = row.value(5).toString();
    instance.namePolicy = namePolicyFromKey(row.value(6).toString()).value_or(NamePolicy::Update);
    instance.hasSecret = row.value(7).toBool();
    instance.distributorTenantId = row.value(8).toString();
    instance.createdAt = QDateTime::fromString(row.value(9).toString(), Qt::ISODateWithMs);
    instance.updatedAt = QDateTime::fromString(row.value(10).toString(), Qt::ISODateWithMs);
    instance.version = row.value(11).toLongLong();
    instance.updatedBy = row.value(12).toString();
    return instance;
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

InstanceRepository::InstanceRepository(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

Result<QList<Instance>> InstanceRepository::select(const QString &where,
                                                   const QVariantList &values) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    if (!m_database->dialect().execute(query,
                                       QStringLiteral("SELECT ") + selectedColumns() +
                                               QStringLiteral(" FROM instances ") + where,
                                       values))
        return m_database->errorFrom(query, tr("reading instances"));
    QList<Instance> instances;
    while (query.next())
        instances.append(instanceFrom(query));
    return instances;
}

Result<QList<Instance>> InstanceRepository::list() const
{
    return select(QStringLiteral("ORDER BY system_name_key"), {});
}

Result<Instance> InstanceRepository::findByName(const QString &systemName) const
{
    auto found = select(QStringLiteral("WHERE system_name_key = ?"),
                        {systemNameKey(systemName.trimmed())});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{ErrorKind::NotFound, tr("There is no instance named \"%1\".").arg(systemName)};
    return found->first();
}

Result<Instance> InstanceRepository::findById(const QString &id) const
{
    auto found = select(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{ErrorKind::NotFound, tr("There is no instance with id %1.").arg(id)};
    return found->first();
}

Status InstanceRepository::checkNameFree(const Instance &instance) const
{
    auto clash = select(QStringLiteral("WHERE system_name_key = ? AND id <> ?"),
                        {systemNameKey(instance.systemName), instance.id});
    if (!clash)
        return clash.error();
    if (!clash->isEmpty())
        return Error{ErrorKind::Conflict,
                     tr("System Name \"%1\" is already used by the instance \"%2\" (names are "
                        "compared without regard to case).")
                             .arg(instance.systemName, clash->first().systemName)};
    return success();
}

Status InstanceRepository::insert(const Instance &instance)
{
    if (Status free = checkNameFree(instance); !free)
        return free;
    QSqlQuery query(m_database->connection());
    query.prepare(
            QStringLiteral("INSERT INTO instances (") + columns +
            QStringLiteral(", system_name_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?)"));
    for (const QVariant &value :
         {QVariant(instance.id), QVariant(instance.systemName), QVariant(instance.gateway),
          QVariant(instance.clientId), QVariant(instance.discountPercent.text()),
          QVariant(instance.primaryCurrency), QVariant(namePolicyKey(instance.namePolicy)),
          QVariant(instance.hasSecret), nullIfEmpty(instance.distributorTenantId),
          QVariant(catalogueTime(instance.createdAt)), QVariant(catalogueTime(instance.updatedAt)),
          QVariant(instance.version), QVariant(thisUserAtHost()),
          QVariant(systemNameKey(instance.systemName))})
        query.addBindValue(value);
    if (!query.exec())
        return m_database->errorFrom(query,
                                     tr("saving the instance \"%1\"").arg(instance.systemName));
    if (Status tiers = insertDefaultTiers(*m_database, m_database->connection(), instance.id,
                                          catalogueTime(instance.createdAt));
        !tiers)
        return tiers;
    if (instance.hasSecret) {
        if (Status recorded = setHasSecret(instance.id, true); !recorded)
            return recorded;
    }
    return PriceHistoryRepository(m_database)
            .recordDiscount(instance.id,
                            {QStringLiteral("instance"), QString(), instance.discountPercent,
                             catalogueTime(instance.createdAt)});
}

Status InstanceRepository::update(const Instance &instance)
{
    if (Status free = checkNameFree(instance); !free)
        return free;
    const auto stored = findById(instance.id);
    if (!stored)
        return stored.error();
    if (instance.version != stored->version)
        return changedMeanwhile(*stored);
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(
            "UPDATE instances SET system_name = ?, system_name_key = ?, gateway = ?, "
            "client_id = ?, discount_percent = ?, primary_currency = ?, name_policy = ?, "
            "has_secret = ?, distributor_tenant_id = ?, updated_at = ?, version = version + 1, "
            "updated_by = ? WHERE id = ? AND version = ?"));
    for (const QVariant &value :
         {QVariant(instance.systemName), QVariant(systemNameKey(instance.systemName)),
          QVariant(instance.gateway), QVariant(instance.clientId),
          QVariant(instance.discountPercent.text()), QVariant(instance.primaryCurrency),
          QVariant(namePolicyKey(instance.namePolicy)), QVariant(instance.hasSecret),
          nullIfEmpty(instance.distributorTenantId), QVariant(catalogueTime(instance.updatedAt)),
          QVariant(thisUserAtHost()), QVariant(instance.id), QVariant(stored->version)})
        query.addBindValue(value);
    if (!query.exec())
        return m_database->errorFrom(query,
                                     tr("saving the instance \"%1\"").arg(instance.systemName));
    if (query.numRowsAffected() != 1) {
        const auto now = findById(instance.id); // saved by another program in between
        return now ? changedMeanwhile(*now) : now.error();
    }
    // Saved with this machine's secret: it has one now. Without, another machine's stays.
    if (instance.hasSecret && !stored->hasSecret) {
        if (Status recorded = setHasSecret(instance.id, true); !recorded)
            return recorded;
    }
    if (stored->discountPercent.isIdenticalTo(instance.discountPercent))
        return success();
    // Kept with its time, so that a closed month is priced with the discount of its month.
    return PriceHistoryRepository(m_database)
            .recordDiscount(instance.id,
                            {QStringLiteral("instance"), QString(), instance.discountPercent,
                             catalogueTime(instance.updatedAt)});
}

Error InstanceRepository::changedMeanwhile(const Instance &stored)
{
    return {ErrorKind::Conflict,
            tr("\"%1\" was changed by %2 at %3, after this edit began; nothing was saved. Reload "
               "it to see the change, then make yours again.")
                    .arg(stored.systemName,
                         stored.updatedBy.isEmpty() ? tr("another program") : stored.updatedBy,
                         timeText(stored.updatedAt))};
}

Status InstanceRepository::setDistributorTenant(const QString &id, const QString &tenantId)
{
    // Not a change of the settings: it does not count as a save (no version), so that a form
    // opened before a connection test still saves.
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("UPDATE instances SET distributor_tenant_id = ? WHERE id = ?"));
    query.addBindValue(nullIfEmpty(tenantId));
    query.addBindValue(id);
    if (!query.exec())
        return m_database->errorFrom(query, tr("recording the distributor tenant"));
    return success();
}

Status InstanceRepository::setHasSecret(const QString &id, bool hasSecret)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("DELETE FROM instance_secrets WHERE instance_id = ? AND "
                                 "keychain = ?"));
    query.addBindValue(id);
    query.addBindValue(thisKeychainId());
    if (!query.exec())
        return m_database->errorFrom(query, tr("recording the stored secret"));
    if (!hasSecret)
        return success();
    query.prepare(QStringLiteral("INSERT INTO instance_secrets (instance_id, keychain, stored_at) "
                                 "VALUES (?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(thisKeychainId());
    query.addBindValue(catalogueTime(QDateTime::currentDateTimeUtc()));
    if (!query.exec())
        return m_database->errorFrom(query, tr("recording the stored secret"));
    return success();
}

Status InstanceRepository::remove(const QString &id)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("DELETE FROM instances WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return m_database->errorFrom(query, tr("removing the instance"));
    if (query.numRowsAffected() != 1)
        return Error{ErrorKind::NotFound, tr("The instance no longer exists.")};
    return success();
}

Result<int> InstanceRepository::productCount(const QString &instanceId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM products WHERE instance_id = ?"));
    query.addBindValue(instanceId);
    if (!query.exec() || !query.next())
        return m_database->errorFrom(query, tr("counting products"));
    return query.value(0).toInt();
}

Result<std::optional<SyncSummary>> InstanceRepository::lastSync(const QString &instanceId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT finished_at, status FROM sync_runs WHERE instance_id = ? "
                                 "AND status <> 'running' "
                                 "ORDER BY started_at DESC LIMIT 1"));
    query.addBindValue(instanceId);
    if (!query.exec())
        return m_database->errorFrom(query, tr("reading the sync history"));
    if (!query.next())
        return std::optional<SyncSummary>();
    return std::optional<SyncSummary>(
            SyncSummary{query.value(0).toString(), syncStatusFrom(query.value(1).toString())});
}

} // namespace csp
