#include "usageapi.h"

#include "core/csv.h"
#include "gzip.h"
#include "jsonrequests.h"

namespace csp::acronis {

namespace {

// A JSON number as an integral amount, or an exact decimal when Acronis reports a fraction.
bool readAmount(const QJsonValue &value, UsageRecord &record)
{
    if (!value.isDouble())
        return false;
    const qint64 integral = value.toInteger(std::numeric_limits<qint64>::min());
    if (integral != std::numeric_limits<qint64>::min()) {
        record.value = integral;
        return true;
    }
    // The shortest text that reads back as the same double: what the server wrote, as far as a
    // JSON parser keeps it ("0.1", not "0.10000000000000000555").
    record.fractionalValue = Decimal::parseRounded(
            QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest));
    return record.fractionalValue.has_value();
}

Result<UsageRecord> parseUsage(const QJsonObject &object, const QString &endpoint,
                               const QString &path, const QString &tenantId)
{
    JsonReader json(object, endpoint, path);
    UsageRecord record;
    // The batch groups usages by tenant; that grouping is what the caller asked for.
    record.tenantId = tenantId.isEmpty()
            ? json.optionalString(QStringLiteral("tenant_uuid")).value_or(QString())
            : tenantId;
    record.key.applicationId = json.string(QStringLiteral("application_id"));
    record.key.offeringItem = json.string(QStringLiteral("name"));
    record.key.edition = json.optionalString(QStringLiteral("edition")).value_or(QString());
    record.key.infraId = json.optionalString(QStringLiteral("infra_id")).value_or(QString());
    record.measurementUnit = json.string(QStringLiteral("measurement_unit"));
    if (json.ok() && !readAmount(object.value(u"value"), record))
        json.fail(QStringLiteral("value"), JsonReader::tr("is not a number"));
    if (!json.ok())
        return json.error();
    return record;
}

} // namespace

Result<QList<UsageRecord>> parseUsagesBatch(const QJsonDocument &body, const QString &endpoint)
{
    JsonReader json(body.object(), endpoint);
    if (!body.isObject())
        return unexpectedBody(endpoint, JsonReader::tr("something other than a JSON object"));
    const QJsonArray tenants = json.array(QStringLiteral("items"));
    if (!json.ok())
        return json.error();
    QList<UsageRecord> records;
    for (qsizetype i = 0; i < tenants.size(); ++i) {
        const QString path = QStringLiteral("items[%1]").arg(i);
        JsonReader tenant = json.child(tenants.at(i).toObject(), path);
        const QString tenantId = tenant.string(QStringLiteral("tenant"));
        const QJsonArray usages = tenant.array(QStringLiteral("usages"));
        if (!tenant.ok())
            return tenant.error();
        for (qsizetype j = 0; j < usages.size(); ++j) {
            auto record = parseUsage(usages.at(j).toObject(), endpoint,
                                     path + QStringLiteral(".usages[%1]").arg(j), tenantId);
            if (!record)
                return record.error();
            records.append(*record);
        }
    }
    return records;
}

Result<QList<UsageRecord>> parseStoredReport(const QByteArray &body, const QString &endpoint)
{
    // A report is a few megabytes at most; more than this unpacked is not a report.
    constexpr qint64 Limit = qint64(512) * 1024 * 1024;
    if (!isGzip(body))
        return parseUsageReportCsv(body, endpoint);
    const auto csv = gunzip(body, Limit);
    if (!csv)
        return unexpectedBody(endpoint,
                              JsonReader::tr("a gzip file that cannot be unpacked (damaged, cut "
                                             "short, or larger than %1 MB unpacked)")
                                      .arg(Limit / 1024 / 1024));
    return parseUsageReportCsv(*csv, endpoint);
}

namespace {

// An amount of a CSV cell: whole, or a fraction rounded at Decimal's scale.
bool readAmountText(const QString &text, UsageRecord &record)
{
    bool whole = false;
    const qint64 value = text.trimmed().toLongLong(&whole);
    if (whole) {
        record.value = value;
        return true;
    }
    record.fractionalValue = Decimal::parseRounded(text);
    return record.fractionalValue.has_value();
}

} // namespace

Result<QList<UsageRecord>> parseUsageReportCsv(const QByteArray &body, const QString &endpoint)
{
    QString problem;
    const auto table = parseCsvTable(QString::fromUtf8(body), &problem);
    if (!table)
        return unexpectedBody(endpoint,
                              JsonReader::tr("CSV that cannot be read (%1)").arg(problem));
    const auto columnOf = [&](const char *name) {
        return table->header.indexOf(QLatin1String(name));
    };
    const qsizetype tenant = columnOf("tenant.id"), application = columnOf("application.id"),
                    item = columnOf("name"), edition = columnOf("edition"),
                    infra = columnOf("infra.id"), quantity = columnOf("usage.effective.total");
    for (const auto &[index, name] :
         {std::pair{tenant, "tenant.id"}, std::pair{application, "application.id"},
          std::pair{item, "name"}, std::pair{quantity, "usage.effective.total"}}) {
        if (index < 0)
            return unexpectedBody(endpoint,
                                  JsonReader::tr("a CSV report without the column \"%1\"")
                                          .arg(QLatin1String(name)));
    }
    QList<UsageRecord> records;
    records.reserve(table->rows.size());
    for (qsizetype i = 0; i < table->rows.size(); ++i) {
        const QStringList &row = table->rows.at(i);
        const auto fail = [&](const char *column, const QString &what) {
            return unexpectedBody(
                    endpoint,
                    JsonReader::tr("a CSV report whose line %1 has %2 in "
                                   "\"%3\"")
                            .arg(QString::number(i + 2), what, QLatin1String(column)));
        };
        UsageRecord record;
        record.tenantId = row.at(tenant);
        record.key.applicationId = row.at(application);
        record.key.offeringItem = row.at(item);
        record.key.edition = edition >= 0 ? row.at(edition) : QString();
        record.key.infraId = infra >= 0 ? row.at(infra) : QString();
        if (record.tenantId.isEmpty())
            return fail("tenant.id", JsonReader::tr("nothing"));
        if (record.key.applicationId.isEmpty())
            return fail("application.id", JsonReader::tr("nothing"));
        if (record.key.offeringItem.isEmpty())
            return fail("name", JsonReader::tr("nothing"));
        if (!readAmountText(row.at(quantity), record))
            return fail("usage.effective.total",
                        JsonReader::tr("\"%1\", not a number").arg(row.at(quantity).left(40)));
        records.append(record);
    }
    return records;
}

namespace {

QUrl usagesUrl(const QString &gateway, const QStringList &tenantIds)
{
    QUrl url(gateway + QStringLiteral("/api/2/tenants/usages"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("tenants"), tenantIds.join(u','));
    url.setQuery(query);
    return url;
}

} // namespace

QList<QStringList> usageBatches(const QString &gateway, const QStringList &tenantIds,
                                int maxPerBatch)
{
    const qsizetype empty = usagesUrl(gateway, {}).toEncoded().size();
    QList<QStringList> batches;
    QStringList batch;
    qsizetype length = empty;
    for (const QString &id : tenantIds) {
        const qsizetype size = QUrl::toPercentEncoding(id).size();
        const bool full = batch.size() >= maxPerBatch || length + 1 + size > MaxUrlBytes;
        if (!batch.isEmpty() && full) {
            batches.append(std::exchange(batch, {}));
            length = empty;
        }
        length += (batch.isEmpty() ? 0 : 1) + size;
        batch.append(id);
    }
    if (!batch.isEmpty())
        batches.append(batch);
    return batches;
}

namespace account {

void fetchUsages(ApiClient &api, const QStringList &tenantIds,
                 std::function<void(const Result<QList<UsageRecord>> &)> done)
{
    const QString path = QStringLiteral("/tenants/usages");
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("tenants"), tenantIds.join(u','));
    api.get(path, query, [path, done](const Result<ApiResponse> &response) {
        if (!response)
            return done(response.error());
        done(parseUsagesBatch(response->body, endpointOf("GET", path)));
    });
}

void createUsageReport(ApiClient &api, const QString &distributorId, QDate first, QDate last,
                       std::function<void(const Result<CreatedReport> &)> done)
{
    const QJsonObject parameters{
            {QStringLiteral("kind"), QStringLiteral("usage_summary")},
            {QStringLiteral("tenant_id"), distributorId},
            {QStringLiteral("level"), QStringLiteral("direct_partners")},
            {QStringLiteral("period"),
             QJsonObject{{QStringLiteral("start"), first.toString(Qt::ISODate)},
                         {QStringLiteral("end"), last.toString(Qt::ISODate)}}},
            {QStringLiteral("formats"), QJsonArray{QStringLiteral("csv_v2_0")}},
            {QStringLiteral("hide_zero_usage"), true},
            {QStringLiteral("show_skus"), true}};
    // reportPost allows no other fields and requires `recipients`: none, as it is saved.
    const QJsonObject body{{QStringLiteral("recipients"), QJsonArray()},
                           {QStringLiteral("result_action"), QStringLiteral("save")},
                           {QStringLiteral("parameters"), parameters},
                           {QStringLiteral("schedule"),
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("once")}}}};
    sendForObject<CreatedReport>(
            api, "POST", QStringLiteral("/reports"), QJsonDocument(body),
            [](const QJsonObject &object, const QString &endpoint) -> Result<CreatedReport> {
                JsonReader json(object, endpoint);
                CreatedReport report{json.string(QStringLiteral("id")),
                                     json.integer(QStringLiteral("version"))};
                if (json.ok() && report.id.isEmpty())
                    json.fail(QStringLiteral("id"), JsonReader::tr("is empty"));
                if (!json.ok())
                    return json.error();
                return report;
            },
            std::move(done));
}

void fetchStoredReports(ApiClient &api, const QString &reportId,
                        std::function<void(const Result<QList<StoredReport>> &)> done)
{
    const QString path =
            QStringLiteral("/reports/") + segment(reportId) + QStringLiteral("/stored");
    fetchList<StoredReport>(
            api, path, {},
            [](const QJsonObject &object, const QString &endpoint,
               const QString &itemPath) -> Result<StoredReport> {
                JsonReader json(object, endpoint, itemPath);
                StoredReport stored{json.optionalString(QStringLiteral("id")).value_or(QString()),
                                    json.string(QStringLiteral("report_format")),
                                    json.string(QStringLiteral("status"))};
                if (!json.ok())
                    return json.error();
                return stored;
            },
            std::move(done));
}

void downloadUsageReport(ApiClient &api, const QString &reportId, const StoredReport &stored,
                         std::function<void(const Result<QList<UsageRecord>> &)> done)
{
    const QString path = QStringLiteral("/reports/") + segment(reportId) +
            QStringLiteral("/stored/") + segment(stored.id);
    api.getBytes(path, {}, [path, done](const Result<ApiResponse> &response) {
        if (!response)
            return done(response.error());
        done(parseStoredReport(response->bytes, endpointOf("GET", path)));
    });
}

void deleteReport(ApiClient &api, const CreatedReport &report,
                  std::function<void(const Status &)> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("version"), QString::number(report.version));
    api.send("DELETE", QStringLiteral("/reports/") + segment(report.id), query, std::nullopt,
             [done](const Result<ApiResponse> &response) {
                 done(response ? success() : Status(response.error()));
             });
}

} // namespace account
} // namespace csp::acronis
