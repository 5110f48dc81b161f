#include "reportrepository.h"

#include "core/month.h"
#include "core/timetext.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace csp {

ReportRepository::ReportRepository(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

Result<std::optional<ReportRepository::Report>> ReportRepository::find(const QString &instanceId,
                                                                       QDate month) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT report_id, report_version FROM usage_reports WHERE "
                                 "instance_id = ? AND month = ?"));
    query.addBindValue(instanceId);
    query.addBindValue(monthKey(month));
    if (!query.exec())
        return m_database->errorFrom(query, tr("reading the usage reports"));
    if (!query.next())
        return std::optional<Report>();
    return std::optional<Report>(Report{query.value(0).toString(), query.value(1).toLongLong()});
}

Status ReportRepository::remember(const QString &instanceId, QDate month, const Report &report)
{
    if (Status forgotten = forget(instanceId, month); !forgotten)
        return forgotten;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("INSERT INTO usage_reports (instance_id, month, report_id, "
                                 "report_version, created_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(instanceId);
    query.addBindValue(monthKey(month));
    query.addBindValue(report.id);
    query.addBindValue(report.version);
    query.addBindValue(catalogueTimeNow());
    if (!query.exec())
        return m_database->errorFrom(query, tr("recording the usage report"));
    return success();
}

Status ReportRepository::forget(const QString &instanceId, QDate month)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("DELETE FROM usage_reports WHERE instance_id = ? AND month = ?"));
    query.addBindValue(instanceId);
    query.addBindValue(monthKey(month));
    if (!query.exec())
        return m_database->errorFrom(query, tr("recording the usage report"));
    return success();
}

} // namespace csp
