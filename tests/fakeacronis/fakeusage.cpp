// The usage side of the fake: live counters and the usage report.
#include "fakeacronis.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QLocale>
#include <QUrlQuery>

namespace csp::test {

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
                    {QStringLiteral("range_start"), QStringLiteral("2026-11-01T00:00:00Z")},
                    {QStringLiteral("value"), (i + 1) * 1000},
                    {QStringLiteral("absolute_value"), (i + 1) * 1000}};
            if (item.contains(u"infra_id"))
                usage.insert(QStringLiteral("infra_id"), item.value(u"infra_id"));
            usages.append(usage);
        }
        m_usages.insert(tenantId, usages);
    }
    m_usageBodies.clear();
}

std::optional<FakeAcronis::Reply> FakeAcronis::routeUsage(const QString &method,
                                                          const QStringList &segments,
                                                          const QHttpServerRequest &request)
{
    if (method == u"GET" &&
        segments == QStringList{QStringLiteral("tenants"), QStringLiteral("usages")}) {
        const QString list =
                request.query().queryItemValue(QStringLiteral("tenants"), QUrl::FullyDecoded);
        QJsonArray items;
        for (const QString &tenant : list.split(u',', Qt::SkipEmptyParts)) {
            if (!m_tenants.contains(tenant))
                return error(404, 1005, QStringLiteral("Tenant not found: ") + tenant);
            items.append(QJsonObject{{QStringLiteral("tenant"), tenant},
                                     {QStringLiteral("usages"), m_usages.value(tenant)}});
        }
        const Reply reply = json(200, {{QStringLiteral("items"), items}});
        m_usageBodies.insert(list, reply.body);
        return reply;
    }
    if (method == u"GET" && segments.size() == 3 && segments[0] == u"tenants" &&
        segments[2] == u"usages")
        return json(200, {{QStringLiteral("items"), m_usages.value(segments[1])}});
    if (method == u"POST" && segments == QStringList{QStringLiteral("reports")}) {
        m_lastReportRequest = QJsonDocument::fromJson(request.body()).object();
        m_polls = 0;
        const QString id = QStringLiteral("479040dc-0000-4000-8000-%1")
                                   .arg(m_reports.size() + 1, 12, 10, QLatin1Char('0'));
        m_reports.append(id);
        return json(200,
                    {{QStringLiteral("id"), id},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("parameters"), m_lastReportRequest.value(u"parameters")}});
    }
    if (segments.size() >= 2 && segments[0] == u"reports" && !m_reports.contains(segments[1]))
        return error(404, 404, QStringLiteral("Report not found"));
    if (method == u"DELETE" && segments.size() == 2 && segments[0] == u"reports") {
        m_reports.removeAll(segments[1]);
        return Reply(204);
    }
    if (method == u"GET" && segments.size() == 3 && segments[0] == u"reports" &&
        segments[2] == u"stored") {
        const bool saved = ++m_polls > m_pollsBeforeSaved;
        QJsonArray files;
        for (const QString &format : m_reportFormats)
            files.append(
                    QJsonObject{{QStringLiteral("id"),
                                 format == u"csv_v2_0" ? QStringLiteral("stored-csv")
                                                       : QStringLiteral("stored-json")},
                                {QStringLiteral("report_format"), format},
                                {QStringLiteral("status"),
                                 saved ? QStringLiteral("saved") : QStringLiteral("in_progress")}});
        return json(200, {{QStringLiteral("items"), files}});
    }
    if (method == u"GET" && segments.size() == 4 && segments[0] == u"reports" &&
        segments[2] == u"stored") {
        if (m_polls <= m_pollsBeforeSaved)
            return error(404, 404, QStringLiteral("Not found"));
        if (segments[3] == u"stored-csv")
            return Reply(200, reportCsv(), "text/csv");
        if (segments[3] == u"stored-json")
            return json(200, {{QStringLiteral("items"), m_reportRows}});
        return error(404, 404, QStringLiteral("Not found"));
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
