// The usage side of the fake: live counters and the usage report.
#include "fakeacronis.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
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
        return json(200,
                    {{QStringLiteral("id"), QStringLiteral("479040dc-0000-4000-8000-000000000001")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("parameters"), m_lastReportRequest.value(u"parameters")}});
    }
    if (method == u"GET" && segments.size() == 3 && segments[0] == u"reports" &&
        segments[2] == u"stored") {
        const bool saved = ++m_polls > m_pollsBeforeSaved;
        QJsonArray files{
                QJsonObject{{QStringLiteral("id"), QStringLiteral("stored-csv")},
                            {QStringLiteral("report_format"), QStringLiteral("csv_v2_0")},
                            {QStringLiteral("status"), QStringLiteral("saved")}},
                QJsonObject{{QStringLiteral("id"), QStringLiteral("stored-json")},
                            {QStringLiteral("report_format"), QStringLiteral("json_v2_0")},
                            {QStringLiteral("status"),
                             saved ? QStringLiteral("saved") : QStringLiteral("in_progress")}}};
        return json(200, {{QStringLiteral("items"), files}});
    }
    if (method == u"GET" && segments.size() == 4 && segments[0] == u"reports" &&
        segments[2] == u"stored") {
        if (segments[3] != u"stored-json" || m_polls <= m_pollsBeforeSaved)
            return error(404, 404, QStringLiteral("Not found"));
        return json(200, {{QStringLiteral("items"), m_reportRows}});
    }
    return std::nullopt;
}

} // namespace csp::test
