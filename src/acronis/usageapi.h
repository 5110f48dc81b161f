#pragma once

#include "apiclient.h"
#include "core/usage.h"

#include <QDate>

namespace csp::acronis {

// One stored file of a report: GET /reports/{id}/stored.
struct StoredReport
{
    QString id;
    QString format; // csv_v2_0, json_v2_0, …
    QString status; // in_progress, saved, failed
};

// Requests longer than this are refused by some proxies (8 KB is a common limit).
inline constexpr int MaxUrlBytes = 8000;

// The tenants of GET /tenants/usages, in batches of at most `maxPerBatch` whose URL (at
// `gateway`) stays under MaxUrlBytes.
QList<QStringList> usageBatches(const QString &gateway, const QStringList &tenantIds,
                                int maxPerBatch);

namespace account {

// GET /tenants/usages?tenants=a,b,…: the live counters (current billing period) of each tenant.
void fetchUsages(ApiClient &api, const QStringList &tenantIds,
                 std::function<void(const Result<QList<UsageRecord>> &)> done);

// POST /reports: a usage_summary of the distributor's direct partners for [first, last], saved
// as csv_v2_0 (the format whose columns are documented) and json_v2_0. Answers the report's id.
void createUsageReport(ApiClient &api, const QString &distributorId, QDate first, QDate last,
                       std::function<void(const Result<QString> &)> done);

// DELETE /reports/{id}: the report and its stored files, once they are downloaded.
void deleteReport(ApiClient &api, const QString &reportId,
                  std::function<void(const Status &)> done);

void fetchStoredReports(ApiClient &api, const QString &reportId,
                        std::function<void(const Result<QList<StoredReport>> &)> done);

// GET /reports/{id}/stored/{stored_id} of a csv_v2_0 (or, failing that, json_v2_0) report,
// parsed into usage records. Rows are read by the report's column names (tenant.id,
// application.id, name, edition, infra.id, usage.effective.total); JSON rows nested or flat.
void downloadUsageReport(ApiClient &api, const QString &reportId, const StoredReport &stored,
                         std::function<void(const Result<QList<UsageRecord>> &)> done);

} // namespace account

// Parsers, for the calls above and their tests.
Result<QList<UsageRecord>> parseUsagesBatch(const QJsonDocument &body, const QString &endpoint);
Result<QList<UsageRecord>> parseUsageReport(const QJsonDocument &body, const QString &endpoint);
Result<QList<UsageRecord>> parseUsageReportCsv(const QByteArray &body, const QString &endpoint);

} // namespace csp::acronis
