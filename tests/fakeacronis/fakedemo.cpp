// The demo catalogue of the screenshots: the sample items priced as a European distributor's
// list might be, seven service providers with believable names, and usage that differs from one
// provider to the next (a few seats here, hundreds of workloads there).
#include "fakeacronis.h"

#include <QJsonArray>

namespace csp::test {

namespace {

constexpr qint64 GiB = 1024LL * 1024 * 1024;

struct DemoPartner
{
    const char *name;
    const char *customerId;
    bool enabled;
    int tierLevel; // -1: none of its own
    int workstations, servers, vms, seats, storageGiB, mailboxes;
};

const DemoPartner partners[] = {
        {"Alpenblick IT GmbH", "ERP-1001", true, 2, 140, 18, 42, 0, 6200, 180},
        {"Nordlicht Systemhaus AG", "ERP-1002", true, 3, 420, 36, 120, 0, 21500, 650},
        {"Backup Heroes GmbH", "ERP-1003", true, 1, 58, 6, 9, 25, 1900, 60},
        {"Cloud Keepers AG", "ERP-1004", true, -1, 12, 2, 0, 40, 380, 0},
        {"Donau Data Services KG", "ERP-1005", false, 1, 33, 4, 11, 0, 1250, 24},
        {"Hafenblick Consulting", "ERP-1006", true, 0, 7, 1, 0, 12, 160, 9},
        {"Rheinland Managed Services GmbH", "ERP-1007", true, 4, 260, 22, 75, 90, 14800, 300},
};

QString demoTenantId(int index)
{
    return QStringLiteral("dddddddd-0000-4000-8000-%1").arg(index + 1, 12, 10, QLatin1Char('0'));
}

} // namespace

void FakeAcronis::loadDemo(const QString &distributorId)
{
    loadSampleCatalogue();
    const QString backup = QStringLiteral("6e6d758d-8e74-3ae3-ac84-50eb0dff12eb");
    const QString files = QStringLiteral("dfd85a5f-a464-32ab-81fd-99bcc66a070f");
    const QString euCloud = QStringLiteral("019097a6-114f-4418-bd54-e01ef049f209");
    const QString frankfurt = QStringLiteral("fbc254b9-d8be-4daf-94f6-0253d23b63f0");
    const auto price = [](const QString &application, const char *name, const char *value,
                          const QString &infra = {}) {
        QJsonObject item{{QStringLiteral("application_id"), application},
                         {QStringLiteral("name"), QLatin1String(name)},
                         {QStringLiteral("price"), QLatin1String(value)},
                         {QStringLiteral("version"), 1}};
        if (!infra.isEmpty())
            item.insert(QStringLiteral("infra_id"), infra);
        return item;
    };
    m_prices = QJsonArray{
            price(backup, "pw_base_workstations", "4.50"),
            price(backup, "pw_base_servers", "19.00"),
            price(backup, "pw_base_storage", "0.0450", euCloud),
            price(backup, "pw_pack_adv_security", "2.40"),
            price(backup, "pg_base_workstations", "2.10"),
            price(backup, "pg_base_servers", "8.90"),
            price(backup, "pg_base_vms", "6.50"),
            price(backup, "pg_base_m365_seats", "1.35"),
            price(backup, "pg_base_storage", "0.0390", euCloud),
            price(files, "pu_base_fc_seats", "3.20"),
            price(files, "pu_base_fc_storage", "0.0310", frankfurt),
    };
    m_bodies.clear();
    // What Acronis charges the distributor this month (Pricelist API): at 18 % off but one SKU.
    const auto sku = [](const char *id, const char *list, const char *effective,
                        const char *discount, const char *name) {
        return QJsonObject{{QStringLiteral("sku"), QLatin1String(id)},
                           {QStringLiteral("list_price"), QLatin1String(list)},
                           {QStringLiteral("effective_price"), QLatin1String(effective)},
                           {QStringLiteral("sku_discount"), QStringLiteral("0")},
                           {QStringLiteral("pricelist_discount"), QLatin1String(discount)},
                           {QStringLiteral("category"), QStringLiteral("Cyber Protect")},
                           {QStringLiteral("sub_category"), QStringLiteral("Per workload")},
                           {QStringLiteral("name"), QLatin1String(name)},
                           {QStringLiteral("friendly_name"), QLatin1String(name)}};
    };
    m_priceLists = QJsonArray{QJsonObject{
            {QStringLiteral("month"),
             QDateTime::currentDateTimeUtc().date().toString(QStringLiteral("yyyy-MM"))},
            {QStringLiteral("currency"), QStringLiteral("EUR")},
            {QStringLiteral("commitment"), QStringLiteral("5000")},
            {QStringLiteral("pricelist_code"), QStringLiteral("DIST-EU-7")},
            {QStringLiteral("prices"),
             QJsonArray{sku("SKU-PW-WS", "4.50", "3.69", "18", "Workstations"),
                        sku("SKU-PW-SRV", "19.00", "15.58", "18", "Servers"),
                        sku("SKU-PG-VM", "6.50", "5.20", "20", "Virtual machines")}}}};
    QJsonArray report;
    for (int i = 0; i < int(std::size(partners)); ++i) {
        const DemoPartner &partner = partners[i];
        const QString id = demoTenantId(i);
        addTenant(QJsonObject{
                {QStringLiteral("id"), id},
                {QStringLiteral("version"), 1},
                {QStringLiteral("name"), QLatin1String(partner.name)},
                {QStringLiteral("customer_id"), QLatin1String(partner.customerId)},
                {QStringLiteral("kind"), QStringLiteral("partner")},
                {QStringLiteral("parent_id"), distributorId},
                {QStringLiteral("enabled"), partner.enabled},
                {QStringLiteral("language"), i % 2 ? QStringLiteral("de") : QStringLiteral("en")},
                {QStringLiteral("pricing_mode"), QStringLiteral("production")},
                {QStringLiteral("created_at"),
                 QStringLiteral("2025-%1-01T08:00:00").arg(i + 2, 2, 10, QLatin1Char('0'))}});
        if (partner.tierLevel >= 0)
            m_tierLevels.insert(id, partner.tierLevel);
        const auto usage = [&](const QString &application, const char *name, const char *edition,
                               qint64 value, const QString &infra = {}) {
            QJsonObject line{{QStringLiteral("tenant_uuid"), id},
                             {QStringLiteral("application_id"), application},
                             {QStringLiteral("name"), QLatin1String(name)},
                             {QStringLiteral("edition"), QLatin1String(edition)},
                             {QStringLiteral("range_start"), QStringLiteral("2026-11-01T00:00:00")},
                             {QStringLiteral("value"), value},
                             {QStringLiteral("absolute_value"), value}};
            if (!infra.isEmpty())
                line.insert(QStringLiteral("infra_id"), infra);
            for (const QJsonValue &offered : std::as_const(m_catalogue)) { // as the counters say it
                const QJsonObject item = offered.toObject();
                if (item.value(u"name").toString() == QLatin1String(name)) {
                    for (const char *field : {"usage_name", "type", "measurement_unit"})
                        line.insert(QLatin1String(field), item.value(QLatin1String(field)));
                    break;
                }
            }
            return line;
        };
        QJsonArray lines{
                usage(backup, "pw_base_workstations", "pck_per_workload", partner.workstations),
                usage(backup, "pw_base_servers", "pck_per_workload", partner.servers),
                usage(backup, "pg_base_vms", "pck_per_gigabyte", partner.vms),
                usage(backup, "pw_base_storage", "pck_per_workload", partner.storageGiB * GiB,
                      euCloud),
                usage(backup, "pw_pack_adv_security", "pck_per_workload",
                      partner.workstations / 3)};
        if (partner.seats > 0) {
            lines.append(usage(files, "pu_base_fc_seats", "fss_per_user", partner.seats));
            lines.append(usage(files, "pu_base_fc_storage", "fss_per_user",
                               qint64(partner.seats) * 15 * GiB, frankfurt));
        }
        if (partner.mailboxes > 0)
            lines.append(
                    usage(backup, "pg_base_m365_seats", "pck_per_gigabyte", partner.mailboxes));
        m_usages.insert(id, lines);
        // Last month's report: a little less than today's counters, as a month ago.
        for (const QJsonValue &value : std::as_const(lines)) {
            const QJsonObject line = value.toObject();
            report.append(
                    QJsonObject{{QStringLiteral("tenant.id"), id},
                                {QStringLiteral("tenant.kind"), QStringLiteral("partner")},
                                {QStringLiteral("application.id"), line.value(u"application_id")},
                                {QStringLiteral("name"), line.value(u"name")},
                                {QStringLiteral("edition"), line.value(u"edition")},
                                {QStringLiteral("infra.id"), line.value(u"infra_id").toString()},
                                {QStringLiteral("usage.effective.total"),
                                 line.value(u"value").toInteger() * 9 / 10}});
        }
    }
    setReportRows(report, 1);
}

} // namespace csp::test
