#include "auditrepository.h"

#include "core/timetext.h"

#include "core/appidentity.h"
#include "core/instance.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace csp {

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

AuditRepository::AuditRepository(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

Status AuditRepository::record(AuditEntry entry)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("INSERT INTO audit_log (id, at, user_at_host, action, "
                                 "instance_id, instance_name, subject, before_value, after_value) "
                                 "VALUES (?, ?, ?, ?, ?, COALESCE(?, (SELECT system_name FROM "
                                 "instances WHERE id = ?)), ?, ?, ?)"));
    for (const QVariant &value :
         {QVariant(newUuid()), QVariant(entry.at.isEmpty() ? catalogueTimeNow() : entry.at),
          QVariant(entry.user.isEmpty() ? thisUserAtHost() : entry.user), QVariant(entry.action),
          textOrNull(entry.instanceId), textOrNull(entry.instanceName),
          textOrNull(entry.instanceId), textOrNull(entry.subject), textOrNull(entry.before),
          textOrNull(entry.after)})
        query.addBindValue(value);
    if (!query.exec())
        return m_database->errorFrom(query, tr("recording the change in the audit trail"));
    return success();
}

Status AuditRepository::recordForProvider(const QString &providerId, const QString &action,
                                          const QString &after)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(
            "INSERT INTO audit_log (id, at, user_at_host, action, instance_id, instance_name, "
            "subject, before_value, after_value) SELECT ?, ?, ?, ?, i.id, i.system_name, "
            "p.name || ' (' || p.customer_id || ')', NULL, ? FROM providers p JOIN instances i "
            "ON i.id = p.instance_id WHERE p.id = ?"));
    for (const QVariant &value :
         {QVariant(newUuid()), QVariant(catalogueTimeNow()), QVariant(thisUserAtHost()),
          QVariant(action), textOrNull(after), QVariant(providerId)})
        query.addBindValue(value);
    if (!query.exec())
        return m_database->errorFrom(query, tr("recording the change in the audit trail"));
    return success();
}

Result<QList<AuditEntry>> AuditRepository::list(const AuditFilter &filter) const
{
    QString sql = QStringLiteral("SELECT at, user_at_host, action, instance_id, instance_name, "
                                 "subject, before_value, after_value FROM audit_log WHERE 1 = 1");
    QVariantList values;
    if (!filter.instanceName.isEmpty()) {
        // By the instance that has the name now (its earlier names included), or by the name
        // an entry was made under (an instance removed since).
        sql += QStringLiteral(" AND (instance_id IN (SELECT id FROM instances WHERE "
                              "system_name_key = ?) OR lower(instance_name) = ?)");
        values << systemNameKey(filter.instanceName) << filter.instanceName.toLower();
    }
    if (!filter.since.isEmpty()) {
        sql += QStringLiteral(" AND at >= ?");
        values << filter.since;
    }
    if (filter.action.endsWith(u'.')) {
        sql += QStringLiteral(" AND action LIKE ?");
        values << QString(filter.action + u'%');
    } else if (!filter.action.isEmpty()) {
        sql += QStringLiteral(" AND action = ?");
        values << filter.action;
    }
    sql += QStringLiteral(" ORDER BY at DESC, id DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT ") + QString::number(filter.limit);
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return m_database->errorFrom(query, tr("reading the audit trail"));
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry;
        entry.at = query.value(0).toString();
        entry.user = query.value(1).toString();
        entry.action = query.value(2).toString();
        entry.instanceId = query.value(3).toString();
        entry.instanceName = query.value(4).toString();
        entry.subject = query.value(5).toString();
        entry.before = query.value(6).toString();
        entry.after = query.value(7).toString();
        entries.append(entry);
    }
    return entries;
}

} // namespace csp
