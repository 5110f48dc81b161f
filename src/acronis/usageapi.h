#pragma once

#include "apiclient.h"
#include "core/usage.h"

#include <QDate>

namespace csp::acronis {

// One stored file of a report: GET /reports/{id}/stored.
struct StoredReport
{
    QString id;     // empty when the server gives none (the document does not require it)
    QString format; // csv_v2_0, csv, json_v1, html
    QString status; // in_progress, saved, failed
};

// A report POST /reports made: its id, and the version DELETE /reports/{id} requires.
struct CreatedReport
{
    QString id;
    qint64 version = 0;
};

// Requests longer than this are refused by some proxies (8 KB is a common limit: an observation
// of web servers, not Acronis'; the document gives the tenants parameter no length).
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
// (no recipients) as csv_v2_0, the format whose columns Acronis' own parser reads.
void createUsageReport(ApiClient &api, const QString &distributorId, QDate first, QDate last,
                       std::function<void(const Result<CreatedReport> &)> done);

// DELETE /reports/{id}?version=N: the report and its stored files, once they are downloaded.
void deleteReport(ApiClient &api, const CreatedReport &report,
                  std::function<void(const Status &)> done);

void fetchStoredReports(ApiClient &api, const QString &reportId,
                        std::function<void(const Result<QList<StoredReport>> &)> done);

// GET /reports/{id}/stored/{stored_id} of a csv_v2_0 report (application/octet-stream), parsed
// into usage records: see parseStoredReport().
void downloadUsageReport(ApiClient &api, const QString &reportId, const StoredReport &stored,
                         std::function<void(const Result<QList<UsageRecord>> &)> done);

} // namespace account

// Parsers, for the calls above and their tests.
Result<QList<UsageRecord>> parseUsagesBatch(const QJsonDocument &body, const QString &endpoint);
// A stored csv_v2_0 report as it downloads: gzip-compressed (the document's "compressed size";
// Acronis' own module saves it as .csv.gz) or plain. Rows are read by the report's column names
// (tenant.id, application.id, name, edition, infra.id, usage.effective.total).
Result<QList<UsageRecord>> parseStoredReport(const QByteArray &body, const QString &endpoint);
Result<QList<UsageRecord>> parseUsageReportCsv(const QByteArray &body, const QString &endpoint);

} // namespace csp::acronis
