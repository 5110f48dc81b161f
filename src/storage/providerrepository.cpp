#include "providerrepository.h"

#include "auditrepository.h"
#include "batchinsert.h"

#include "core/appidentity.h"
#include "core/audit.h"
#include "core/month.h"
#include "core/timetext.h"

#include "core/instance.h"

#include <QSqlQuery>
#include <QVariant>

namespace csp {

namespace {

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromTimestamp(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

const QString providerColumns = QStringLiteral(
        "id, instance_id, customer_id, tenant_id, name, status, tier, pricing_mode, admin_login, "
        "admin_email, language, items_enabled, tier_set, admin_user_id, access_policy_set, "
        "activation_sent, complete, created_at, changed_at, contract_start, ramp_up_months, "
        "name_key");

// The flags are INTEGER columns, which PostgreSQL does not fill from a boolean.
int flag(bool value)
{
    return value ? 1 : 0;
}

Provider providerFrom(const QSqlQuery &query)
{
    Provider provider;
    provider.id = query.value(0).toString();
    provider.instanceId = query.value(1).toString();
    provider.customerId = query.value(2).toString();
    provider.tenantId = query.value(3).toString();
    provider.name = query.value(4).toString();
    provider.status =
            providerStatusFromKey(query.value(5).toString()).value_or(ProviderStatus::Active);
    provider.tier = query.value(6).toString();
    provider.pricingMode = query.value(7).toString();
    provider.adminLogin = query.value(8).toString();
    provider.adminEmail = query.value(9).toString();
    provider.language = query.value(10).toString();
    ProvisioningProgress &progress = provider.progress;
    progress.itemsEnabled = query.value(11).toBool();
    progress.tierSet = query.value(12).toBool();
    progress.adminUserId = query.value(13).toString();
    progress.accessPolicySet = query.value(14).toBool();
    progress.activationSent = query.value(15).toBool();
    progress.complete = query.value(16).toBool();
    provider.createdAt = fromTimestamp(query.value(17).toString());
    provider.changedAt = fromTimestamp(query.value(18).toString());
    provider.contractStart = fromTimestamp(query.value(19).toString());
    provider.rampUpMonths = query.value(20).toInt();
    return provider;
}

} // namespace

ProviderRepository::ProviderRepository(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

QSqlQuery &ProviderRepository::prepared(Prepared &cache, const QString &sql)
{
    const QSqlDatabase db = m_database->connection();
    if (!cache.query || cache.connection != db.connectionName()) {
        cache.query.emplace(db);
        cache.query->prepare(sql);
        cache.connection = db.connectionName();
    }
    return *cache.query;
}

Status ProviderRepository::save(Provider &provider)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (provider.id.isEmpty())
        provider.id = newUuid();
    if (!provider.createdAt.isValid())
        provider.createdAt = now;
    provider.changedAt = now;
    // An upsert, not INSERT OR REPLACE: a replace would delete the row and, with it, the
    // provider's operations (ON DELETE CASCADE).
    static const QString upsert = QStringLiteral("INSERT INTO providers (") + providerColumns +
            QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET ") +
            upsertAssignments();
    QSqlQuery &query = prepared(m_upsert, upsert);
    for (const QVariant &value : valuesOf(provider))
        query.addBindValue(value);
    if (!query.exec())
        return m_database->errorFrom(query,
                                     tr("saving the service provider \"%1\"").arg(provider.name));
    return success();
}

QVariantList ProviderRepository::valuesOf(const Provider &provider)
{
    const ProvisioningProgress &progress = provider.progress;
    return QVariantList{provider.id,
                        provider.instanceId,
                        provider.customerId,
                        nullIfEmpty(provider.tenantId),
                        provider.name,
                        providerStatusKey(provider.status),
                        nullIfEmpty(provider.tier),
                        nullIfEmpty(provider.pricingMode),
                        nullIfEmpty(provider.adminLogin),
                        nullIfEmpty(provider.adminEmail),
                        nullIfEmpty(provider.language),
                        flag(progress.itemsEnabled),
                        flag(progress.tierSet),
                        nullIfEmpty(progress.adminUserId),
                        flag(progress.accessPolicySet),
                        flag(progress.activationSent),
                        flag(progress.complete),
                        timestamp(provider.createdAt),
                        timestamp(provider.changedAt),
                        provider.contractStart.isValid()
                                ? QVariant(timestamp(provider.contractStart))
                                : QVariant(QMetaType::fromType<QString>()),
                        provider.rampUpMonths,
                        systemNameKey(provider.name)};
}

QString ProviderRepository::upsertAssignments()
{
    QString assignments;
    for (const QString &column : providerColumns.split(QStringLiteral(", ")).mid(1))
        assignments += (assignments.isEmpty() ? QString() : QStringLiteral(", ")) + column +
                QStringLiteral(" = excluded.") + column;
    return assignments;
}

Status ProviderRepository::saveImported(QList<Imported> &imports, const QString &instanceName)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    BatchInsert providers(*m_database, QStringLiteral("providers"),
                          providerColumns.split(QStringLiteral(", ")),
                          QStringLiteral("ON CONFLICT (id) DO UPDATE SET ") + upsertAssignments());
    BatchInsert tiers(*m_database, QStringLiteral("provider_tiers"),
                      {QStringLiteral("id"), QStringLiteral("provider_id"),
                       QStringLiteral("tier_key"), QStringLiteral("from_month"),
                       QStringLiteral("recorded_at")});
    BatchInsert operations(*m_database, QStringLiteral("provider_operations"),
                           {QStringLiteral("provider_id"), QStringLiteral("operation"),
                            QStringLiteral("started_at"), QStringLiteral("finished_at"),
                            QStringLiteral("succeeded"), QStringLiteral("detail")});
    BatchInsert audit(*m_database, QStringLiteral("audit_log"),
                      {QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("user_at_host"),
                       QStringLiteral("action"), QStringLiteral("instance_id"),
                       QStringLiteral("instance_name"), QStringLiteral("subject"),
                       QStringLiteral("after_value")});
    const QString recordedAt = catalogueTimeNow();
    const QString user = thisUserAtHost();
    for (Imported &import : imports) {
        Provider &provider = import.provider;
        if (provider.id.isEmpty())
            provider.id = newUuid();
        if (!provider.createdAt.isValid())
            provider.createdAt = now;
        provider.changedAt = now;
        import.operation.providerId = provider.id;
        const ProviderOperation &operation = import.operation;
        Status written = providers.add(valuesOf(provider));
        if (written && !import.tierKey.isEmpty())
            written = tiers.add({newUuid(), provider.id, import.tierKey, monthKey(import.tierFrom),
                                 recordedAt});
        if (written)
            written = operations.add(
                    {operation.providerId, operation.operation, timestamp(operation.startedAt),
                     timestamp(operation.finishedAt), flag(operation.succeeded), operation.detail});
        if (written)
            written = audit.add(
                    {newUuid(), recordedAt, user,
                     QVariant(QString(QLatin1String(AuditAction::Provider) + operation.operation)),
                     provider.instanceId, instanceName,
                     QVariant(QString(provider.name + QStringLiteral(" (") + provider.customerId +
                                      u')')),
                     operation.detail});
        if (!written)
            return written;
    }
    // Providers first: the tiers and operations refer to them.
    for (BatchWrite *batch :
         std::initializer_list<BatchWrite *>{&providers, &tiers, &operations, &audit}) {
        if (Status flushed = batch->flush(); !flushed)
            return flushed;
    }
    return success();
}

Result<QList<Provider>> ProviderRepository::select(const QString &where,
                                                   const QStringList &values) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    QVariantList bound;
    for (const QString &value : values)
        bound.append(value);
    if (!m_database->dialect().execute(
                query,
                QStringLiteral("SELECT ") + providerColumns + QStringLiteral(" FROM providers") +
                        where + QStringLiteral(" ORDER BY instance_id, name_key, customer_id"),
                bound))
        return m_database->errorFrom(query, tr("reading the service providers"));
    QList<Provider> providers;
    while (query.next())
        providers.append(providerFrom(query));
    return providers;
}

Result<std::optional<Provider>> ProviderRepository::find(const QString &instanceId,
                                                         const QString &customerId) const
{
    auto found = select(QStringLiteral(" WHERE instance_id = ? AND customer_id = ?"),
                        {instanceId, customerId});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::nullopt : std::optional<Provider>(found->first());
}

Result<QList<Provider>> ProviderRepository::list(const QString &instanceId) const
{
    if (instanceId.isEmpty())
        return select({}, {});
    return select(QStringLiteral(" WHERE instance_id = ?"), {instanceId});
}

Status ProviderRepository::record(const ProviderOperation &operation)
{
    QSqlQuery &query = prepared(m_record,
                                QStringLiteral("INSERT INTO provider_operations (provider_id, "
                                               "operation, started_at, finished_at, succeeded, "
                                               "detail) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(operation.providerId);
    query.addBindValue(operation.operation);
    query.addBindValue(timestamp(operation.startedAt));
    query.addBindValue(timestamp(operation.finishedAt));
    query.addBindValue(flag(operation.succeeded));
    query.addBindValue(operation.detail);
    if (!query.exec())
        return m_database->errorFrom(query, tr("recording the operation"));
    // Stored text, as the operation's own detail is: the audit trail is read by scripts too.
    return AuditRepository(m_database)
            .recordForProvider(operation.providerId,
                               QLatin1String(AuditAction::Provider) + operation.operation,
                               operation.succeeded ? operation.detail
                                                   : QStringLiteral("failed: ") + operation.detail);
}

Result<QList<ProviderOperation>> ProviderRepository::operations(const QString &providerId) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT provider_id, operation, started_at, finished_at, "
                                 "succeeded, detail FROM provider_operations "
                                 "WHERE provider_id = ? ORDER BY id DESC"));
    query.addBindValue(providerId);
    if (!query.exec())
        return m_database->errorFrom(query, tr("reading the operations"));
    QList<ProviderOperation> operations;
    while (query.next()) {
        operations.append({query.value(0).toString(), query.value(1).toString(),
                           fromTimestamp(query.value(2).toString()),
                           fromTimestamp(query.value(3).toString()), query.value(4).toBool(),
                           query.value(5).toString()});
    }
    return operations;
}

} // namespace csp
