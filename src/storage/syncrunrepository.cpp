#include "syncrunrepository.h"

#include "auditrepository.h"

#include <QSqlQuery>
#include <QVariant>

namespace csp {

SyncRunRepository::SyncRunRepository(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

Status SyncRunRepository::start(const SyncRun &run)
{
    QSqlQuery query(m_database->connection());
    query.prepare(
            QStringLiteral("INSERT INTO sync_runs (id, instance_id, kind, started_at, status, "
                           "started_by) VALUES (?, ?, ?, ?, 'running', ?)"));
    for (const QString &value : {run.id, run.instanceId, run.kind, run.startedAt})
        query.addBindValue(value);
    query.addBindValue(run.startedBy.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                               : QVariant(run.startedBy));
    if (!query.exec())
        return m_database->errorFrom(query, tr("recording the sync run"));
    return success();
}

Status SyncRunRepository::finish(const SyncRun &run)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(
            "UPDATE sync_runs SET finished_at = ?, status = ?, added = ?, updated = ?, "
            "renamed = ?, retired = ?, unchanged = ?, error = ?, warnings = ? WHERE id = ?"));
    query.addBindValue(run.finishedAt);
    query.addBindValue(syncStatusText(run.status));
    for (int count : {run.added, run.updated, run.renamed, run.retired, run.unchanged})
        query.addBindValue(count);
    query.addBindValue(run.error.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                           : QVariant(run.error));
    query.addBindValue(run.warnings.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                              : QVariant(run.warnings.join(u'\n')));
    query.addBindValue(run.id);
    if (!query.exec())
        return m_database->errorFrom(query, tr("recording the end of the sync run"));
    const QString outcome = run.status == SyncStatus::Succeeded
            ? QStringLiteral("succeeded: %1 added, %2 renamed, %3 updated, %4 retired")
                      .arg(run.added)
                      .arg(run.renamed)
                      .arg(run.updated)
                      .arg(run.retired)
            : syncStatusText(run.status) + QStringLiteral(": ") + run.error;
    return AuditRepository(m_database)
            .record({run.finishedAt,
                     {},
                     QLatin1String(AuditAction::Sync),
                     run.instanceId,
                     {},
                     run.startedBy.isEmpty()
                             ? QStringLiteral("get_services_definition")
                             : QStringLiteral("get_services_definition (%1)").arg(run.startedBy),
                     {},
                     outcome});
}

Status SyncRunRepository::closeInterrupted(const QString &instanceId, const QString &now)
{
    QSqlQuery query(m_database->connection());
    query.prepare(
            QStringLiteral("UPDATE sync_runs SET status = 'failed', finished_at = ?, error = ? "
                           "WHERE instance_id = ? AND status = 'running'"));
    query.addBindValue(now);
    query.addBindValue(tr("The run was interrupted (the program ended, or lost the database, "
                          "before it finished); the catalogue was left as it was."));
    query.addBindValue(instanceId);
    if (!query.exec())
        return m_database->errorFrom(query, tr("closing interrupted sync runs"));
    return success();
}

Result<QList<SyncRun>> SyncRunRepository::list(const QString &instanceId) const
{
    QString sql = QStringLiteral(
            "SELECT r.id, r.instance_id, i.system_name, r.kind, r.started_at, r.finished_at, "
            "r.status, r.added, r.updated, r.renamed, r.retired, r.unchanged, r.error, r.warnings, "
            "r.started_by FROM sync_runs r JOIN instances i ON i.id = r.instance_id");
    if (!instanceId.isEmpty())
        sql += QStringLiteral(" WHERE r.instance_id = ?");
    sql += QStringLiteral(" ORDER BY r.started_at DESC, r.id");
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    if (!m_database->dialect().execute(
                query, sql, instanceId.isEmpty() ? QVariantList() : QVariantList{instanceId}))
        return m_database->errorFrom(query, tr("reading the sync history"));
    QList<SyncRun> runs;
    while (query.next()) {
        SyncRun run;
        run.id = query.value(0).toString();
        run.instanceId = query.value(1).toString();
        run.instanceName = query.value(2).toString();
        run.kind = query.value(3).toString();
        run.startedAt = query.value(4).toString();
        run.finishedAt = query.value(5).toString();
        run.status = syncStatusFrom(query.value(6).toString());
        run.added = query.value(7).toInt();
        run.updated = query.value(8).toInt();
        run.renamed = query.value(9).toInt();
        run.retired = query.value(10).toInt();
        run.unchanged = query.value(11).toInt();
        run.error = query.value(12).toString();
        run.startedBy = query.value(14).toString();
        const QString warnings = query.value(13).toString();
        run.warnings = warnings.isEmpty() ? QStringList() : warnings.split(u'\n');
        runs.append(run);
    }
    return runs;
}

} // namespace csp
