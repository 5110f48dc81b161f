// The usage side of the fake: live counters and the usage report.
#include "fakeacronis.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QLocale>
#include <QUrlQuery>

#include <zlib.h>

namespace csp::test {

namespace {

// A .csv.gz file, as Acronis stores a report (the document: "compressed size").
QByteArray gzip(const QByteArray &data)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) !=
        Z_OK)
        qFatal("deflateInit2 failed");
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))) + 32, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    if (deflate(&stream, Z_FINISH) != Z_STREAM_END)
        qFatal("deflate failed");
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

QString reportUuid(const char *prefix, int serial)
{
    return QStringLiteral("%1-0000-4000-8000-%2")
            .arg(QLatin1String(prefix))
            .arg(serial, 12, 10, QLatin1Char('0'));
}

} // namespace

void FakeAcronis::generateUsages(const QStringList &tenantIds, int linesPerTenant)
{
    const QJsonArray items = m_catalogue;
    for (const QString &tenantId : tenantIds) {
        QJsonArray usages;
        for (int i = 0; i < linesPerTenant && !items.isEmpty(); ++i) {
            const QJsonObject item = items.at(i % items.size()).toObject();
            QJsonObject usage{
                    {QStringLiteral("tenant_uuid"), tenantId},
                    {QStringLiteral("application_id"), item.value(u"application_id")},
                    {QStringLiteral("name"), item.value(u"name")},
                    {QStringLiteral("edition"), item.value(u"edition")},
                    {QStringLiteral("usage_name"), item.value(u"usage_name")},
                    {QStringLiteral("type"), item.value(u"type")},
                    {QStringLiteral("measurement_unit"), item.value(u"measurement_unit")},
                    {QStringLiteral("range_start"), QStringLiteral("2026-11-01T00:00:00")},
                    {QStringLiteral("value"), (i + 1) * 1000},
                    {QStringLiteral("absolute_value"), (i + 1) * 1000}};
            if (item.contains(u"infra_id"))
                usage.insert(QStringLiteral("infra_id"), item.value(u"infra_id"));
            usages.append(usage);
        }
        m_usages.insert(tenantId, usages);
    }
    m_bodies.clear();
}

// GET /tenants/usages?tenants=…: a batch that holds a tenant the server will not show (one that
// is gone) is refused whole, with 403 as the document has it (or 404, the older reading).
FakeAcronis::Reply FakeAcronis::usagesBatch(const QHttpServerRequest &request) const
{
    const QString list =
            request.query().queryItemValue(QStringLiteral("tenants"), QUrl::FullyDecoded);
    const QString key = QStringLiteral("usages|") + list;
    if (const auto cached = m_bodies.constFind(key); cached != m_bodies.constEnd())
        return Reply(200, *cached);
    QJsonArray items;
    for (const QString &tenant : list.split(u',', Qt::SkipEmptyParts)) {
        if (!m_tenants.contains(tenant))
            return error(m_goneTenantStatus, m_goneTenantStatus == 403 ? 403 : 1005,
                         QStringLiteral("Access denied to tenant ") + tenant);
        items.append(QJsonObject{{QStringLiteral("tenant"), tenant},
                                 {QStringLiteral("usages"), m_usages.value(tenant)}});
    }
    const Reply reply = json(200, {{QStringLiteral("items"), items}});
    m_bodies.insert(key, reply.body);
    return reply;
}

FakeAcronis::Reply FakeAcronis::createReport(const QJsonObject &body)
{
    m_lastReportRequest = body;
    m_polls = 0;
    const QString id = reportUuid("479040dc", int(m_reports.size()) + 1 + m_created++);
    const qint64 version = 1717000000000 + m_created;
    m_reports.insert(id, version);
    QJsonObject parameters = body.value(u"parameters").toObject();
    if (!parameters.contains(u"formats"))
        parameters.insert(QStringLiteral("formats"), QJsonArray{QStringLiteral("csv_v2_0")});
    QJsonObject schedule = body.value(u"schedule").toObject();
    schedule.insert(QStringLiteral("enabled"), schedule.value(u"enabled").toBool(true));
    return json(200,
                {{QStringLiteral("id"), id},
                 {QStringLiteral("version"), version},
                 {QStringLiteral("result_action"), body.value(u"result_action")},
                 {QStringLiteral("recipients"), body.value(u"recipients")},
                 {QStringLiteral("parameters"), parameters},
                 {QStringLiteral("schedule"), schedule},
                 {QStringLiteral("generation_date"),
                  QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate)}});
}

// GET /reports/{id}/stored: one stored file per format asked for, in_progress for the first
// `pollsBeforeSaved` polls.
FakeAcronis::Reply FakeAcronis::storedReports(const QString &reportId)
{
    if (!m_reports.contains(reportId))
        return error(403, 404, QStringLiteral("Report not found"));
    const bool saved = ++m_polls > m_pollsBeforeSaved;
    QJsonArray files;
    const QJsonArray formats = m_lastReportRequest.value(u"parameters")
                                       .toObject()
                                       .value(u"formats")
                                       .toArray(QJsonArray{QStringLiteral("csv_v2_0")});
    int serial = 0;
    for (const QJsonValue &format : formats) {
        const QByteArray body = format.toString() == u"csv_v2_0" ? reportCsv() : QByteArray();
        files.append(QJsonObject{
                {QStringLiteral("id"),
                 QStringLiteral("5703ed00-0000-4000-%1-%2")
                         .arg(8000 + ++serial)
                         .arg(reportId.right(12))},
                {QStringLiteral("report_format"), format},
                {QStringLiteral("size"), (m_reportGzip ? gzip(body) : body).size()},
                {QStringLiteral("created_at"), acronisTime(QDateTime::currentDateTimeUtc())},
                {QStringLiteral("status"),
                 saved ? QStringLiteral("saved") : QStringLiteral("in_progress")}});
    }
    return json(200, {{QStringLiteral("items"), files}});
}

FakeAcronis::Reply FakeAcronis::downloadReport(const QString &reportId, const QString &storedId)
{
    if (!m_reports.contains(reportId) || !storedId.endsWith(reportId.right(12)))
        return error(403, 404, QStringLiteral("Report not found"));
    if (m_polls <= m_pollsBeforeSaved)
        return error(403, 404, QStringLiteral("The report is not saved yet"));
    const QByteArray csv = reportCsv();
    return Reply(200, m_reportGzip ? gzip(csv) : csv, "application/octet-stream");
}

std::optional<FakeAcronis::Reply> FakeAcronis::routeUsage(const QString &operationId,
                                                          const QHash<QString, QString> &path,
                                                          const QHttpServerRequest &request)
{
    const QString reportId = path.value(QStringLiteral("report_id"));
    if (operationId == u"FetchTenantsUsagesBatch")
        return usagesBatch(request);
    if (operationId == u"CreateReport")
        return createReport(QJsonDocument::fromJson(request.body()).object());
    if (operationId == u"FetchStoredReports")
        return storedReports(reportId);
    if (operationId == u"DownloadStoredReport")
        return downloadReport(reportId, path.value(QStringLiteral("stored_report_id")));
    if (operationId == u"DeleteReport") {
        if (!m_reports.contains(reportId))
            return error(403, 404, QStringLiteral("Report not found"));
        if (request.query().queryItemValue(QStringLiteral("version")).toLongLong() !=
            m_reports.value(reportId))
            return error(403, 1001, QStringLiteral("Version mismatch"));
        m_reports.remove(reportId);
        return Reply(204);
    }
    return std::nullopt;
}

namespace {

// "tenant.id" as a flat key, or tenant → id nested, as text.
QString cell(const QJsonObject &row, const QString &name)
{
    QJsonValue value = row.contains(name) ? row.value(name) : QJsonValue(row);
    if (!row.contains(name)) {
        for (const QString &part : name.split(u'.'))
            value = value.toObject().value(part);
    }
    if (value.isDouble()) {
        const qint64 whole = value.toInteger(std::numeric_limits<qint64>::min());
        return whole != std::numeric_limits<qint64>::min()
                ? QString::number(whole)
                : QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    }
    return value.toString();
}

QByteArray csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text.toUtf8();
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

} // namespace

// The csv_v2_0 file: the columns Acronis' own parser reads, in its order, then a few more.
QByteArray FakeAcronis::reportCsv() const
{
    const QStringList columns{QStringLiteral("tenant.id"),
                              QStringLiteral("tenant.kind"),
                              QStringLiteral("application.id"),
                              QStringLiteral("name"),
                              QStringLiteral("edition"),
                              QStringLiteral("infra.id"),
                              QStringLiteral("infra.owner_id"),
                              QStringLiteral("infra.backend_type"),
                              QStringLiteral("usage.absolute.total"),
                              QStringLiteral("usage.delta.total"),
                              QStringLiteral("usage.effective.total"),
                              QStringLiteral("usage.effective.production"),
                              QStringLiteral("usage.effective.trial")};
    QByteArray csv = columns.join(u',').toUtf8() + "\r\n";
    for (const QJsonValue &value : m_reportRows) {
        const QJsonObject row = value.toObject();
        QList<QByteArray> fields;
        for (const QString &column : columns) {
            QString text = cell(row, column);
            if (column.startsWith(u"usage.") && text.isEmpty())
                text = cell(row, QStringLiteral("usage.effective.total"));
            fields.append(csvField(text));
        }
        csv += fields.join(',') + "\r\n";
    }
    return csv;
}

} // namespace csp::test
