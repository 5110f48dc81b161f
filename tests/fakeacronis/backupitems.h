#pragma once

#include <QJsonObject>
#include <QString>

// Bodies the fake serves for offering items and prices of the Backup application, for tests that
// build a catalogue of their own.
namespace csp::test {

inline const QString BackupApplicationId = QStringLiteral("6e6d758d-8e74-3ae3-ac84-50eb0dff12eb");
inline const QString EuStorageId = QStringLiteral("019097a6-114f-4418-bd54-e01ef049f209");

// An offering item of the per-workload edition; `name` starts with "pw_base_".
inline QJsonObject backupItem(const char *name, const char *type, const char *unit,
                              const QString &infra = {})
{
    QJsonObject item{{QStringLiteral("application_id"), BackupApplicationId},
                     {QStringLiteral("name"), QLatin1String(name)},
                     {QStringLiteral("edition"), QStringLiteral("pck_per_workload")},
                     {QStringLiteral("usage_name"), QLatin1String(name).mid(8)},
                     {QStringLiteral("status"), 1},
                     {QStringLiteral("type"), QLatin1String(type)},
                     {QStringLiteral("measurement_unit"), QLatin1String(unit)}};
    if (!infra.isEmpty())
        item.insert(QStringLiteral("infra_id"), infra);
    return item;
}

// A row of the usage report: `total` of the item (per-workload edition) for one partner tenant,
// at the storage `infra` for a storage item.
inline QJsonObject backupReportRow(const QString &tenant, const char *item, qint64 total,
                                   const QString &infra = {})
{
    QJsonObject row{{QStringLiteral("tenant.id"), tenant},
                    {QStringLiteral("tenant.kind"), QStringLiteral("partner")},
                    {QStringLiteral("application.id"), BackupApplicationId},
                    {QStringLiteral("name"), QLatin1String(item)},
                    {QStringLiteral("edition"), QStringLiteral("pck_per_workload")},
                    {QStringLiteral("usage.effective.total"), total}};
    if (!infra.isEmpty())
        row.insert(QStringLiteral("infra.id"), infra);
    return row;
}

// A price-list entry of an item, as a decimal string (the list's currency is the distributor's:
// FakeAcronis::setPricingCurrency).
inline QJsonObject backupPrice(const char *name, const char *value, const QString &infra = {})
{
    QJsonObject object{{QStringLiteral("application_id"), BackupApplicationId},
                       {QStringLiteral("name"), QLatin1String(name)},
                       {QStringLiteral("price"), QLatin1String(value)},
                       {QStringLiteral("version"), 1}};
    if (!infra.isEmpty())
        object.insert(QStringLiteral("infra_id"), infra);
    return object;
}

} // namespace csp::test
