#include "audit.h"

#include "instance.h"

#include <QCoreApplication>
#include <QDateTime>

namespace csp {

namespace {

QList<std::pair<QString, QString>> settingsOf(const Instance &instance)
{
    return {{QStringLiteral("system_name"), instance.systemName},
            {QStringLiteral("gateway"), instance.gateway},
            {QStringLiteral("client_id"), instance.clientId},
            {QStringLiteral("discount_percent"), instance.discountPercent.toString()},
            {QStringLiteral("primary_currency"), instance.primaryCurrency},
            {QStringLiteral("name_policy"), namePolicyKey(instance.namePolicy)}};
}

} // namespace

QList<AuditEntry> instanceEditEntries(const Instance &before, const Instance &after)
{
    const auto old = settingsOf(before);
    const auto now = settingsOf(after);
    QList<AuditEntry> entries;
    for (qsizetype i = 0; i < now.size(); ++i) {
        if (old[i].second == now[i].second)
            continue;
        AuditEntry entry;
        entry.action = QLatin1String(AuditAction::InstanceEdit);
        entry.instanceId = after.id;
        entry.instanceName = after.systemName;
        entry.subject = now[i].first;
        entry.before = old[i].second;
        entry.after = now[i].second;
        entries.append(entry);
    }
    return entries;
}

QString instanceSettingsText(const Instance &instance)
{
    QStringList parts;
    for (const auto &[key, value] : settingsOf(instance))
        parts.append(key + u'=' + value);
    return parts.join(QStringLiteral(", "));
}

std::optional<QString> auditSince(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QDate day = QDate::fromString(trimmed, Qt::ISODate);
    if (day.isValid() && trimmed.size() == 10)
        return QDateTime(day, QTime(0, 0), Qt::UTC).toString(Qt::ISODateWithMs);
    const QDateTime instant = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!instant.isValid() || instant.timeSpec() == Qt::LocalTime)
        return std::nullopt; // without an offset it would depend on this machine's zone
    return instant.toUTC().toString(Qt::ISODateWithMs);
}

QString replacedSecretText()
{
    return QStringLiteral("replaced");
}

QStringList auditActionKeys()
{
    using namespace AuditAction;
    return {QLatin1String(InstanceAdd),    QLatin1String(InstanceEdit),
            QLatin1String(InstanceRemove), QLatin1String(InstanceImport),
            QLatin1String(SecretReplace),  QLatin1String(ProductPrice),
            QLatin1String(ProductRename),  QLatin1String(DiscountSet),
            QLatin1String(DiscountClear),  QLatin1String(TierSet),
            QLatin1String(Sync),           QLatin1String(Provider),
            QLatin1String(DatabaseCopy)};
}

QString auditActionLabel(const QString &action)
{
    using namespace AuditAction;
    if (action == QLatin1String(InstanceAdd))
        return QCoreApplication::translate("Audit", "Instance added");
    if (action == QLatin1String(InstanceEdit))
        return QCoreApplication::translate("Audit", "Instance edited");
    if (action == QLatin1String(InstanceRemove))
        return QCoreApplication::translate("Audit", "Instance removed");
    if (action == QLatin1String(InstanceImport))
        return QCoreApplication::translate("Audit", "Instance imported");
    if (action == QLatin1String(SecretReplace))
        return QCoreApplication::translate("Audit", "Client secret replaced");
    if (action == QLatin1String(ProductPrice))
        return QCoreApplication::translate("Audit", "Price set by hand");
    if (action == QLatin1String(ProductRename))
        return QCoreApplication::translate("Audit", "Product renamed");
    if (action == QLatin1String(DiscountSet))
        return QCoreApplication::translate("Audit", "Discount set");
    if (action == QLatin1String(DiscountClear))
        return QCoreApplication::translate("Audit", "Discount cleared");
    if (action == QLatin1String(TierSet))
        return QCoreApplication::translate("Audit", "Contract tier set");
    if (action == QLatin1String(Sync))
        return QCoreApplication::translate("Audit", "Get Services Definition");
    if (action == QLatin1String(DatabaseCopy))
        return QCoreApplication::translate("Audit", "Catalogue copied");
    if (action == QLatin1String(Provider))
        return QCoreApplication::translate("Audit", "Provider operations");
    if (action.startsWith(QLatin1String(Provider)))
        return QCoreApplication::translate("Audit", "Provider: %1")
                .arg(providerOperationLabel(action.mid(int(qstrlen(Provider)))));
    return action;
}

} // namespace csp
