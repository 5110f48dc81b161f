#include "reconciliation.h"

#include "csv.h"
#include "money.h"
#include "month.h"

#include <QCoreApplication>
#include <QMap>

namespace csp {

namespace {

bool aboveZero(const std::optional<Decimal> &value)
{
    return value && *value > Decimal();
}

// reported > previous × (100 + percent) / 100, exactly.
bool jumped(Decimal previous, Decimal reported, Decimal percent)
{
    const auto factor = Decimal::fromInteger(100).plus(percent);
    const auto limit = factor ? previous.times(*factor) : std::nullopt;
    const auto scaled = reported.times(Decimal::fromInteger(100));
    return limit && scaled && *scaled > *limit;
}

class Rows
{
public:
    explicit Rows(const ReconcileInput &input)
        : m_input(input)
    {
        for (const Provider &provider : input.providers)
            m_providers.insert(provider.tenantId, &provider);
        if (input.partnerTenants) {
            for (const PartnerTenant &tenant : *input.partnerTenants)
                m_partnerNames.insert(tenant.id, tenant.name);
        }
    }

    const Provider *provider(const QString &tenantId) const { return m_providers.value(tenantId); }

    ReconcileRow &rowFor(const UsageLine &line)
    {
        const QString key = usageKey(line.tenantId, line.key);
        auto found = m_rows.find(key);
        if (found != m_rows.end())
            return *found;
        ReconcileRow row;
        row.tenantId = line.tenantId;
        row.key = line.key;
        row.productName = line.productName.isEmpty() ? line.key.offeringItem : line.productName;
        row.measurementUnit = line.measurementUnit;
        if (!line.key.infraId.isEmpty())
            row.location = m_input.locations.value(line.key.infraId, line.key.infraId);
        row.currency = line.currency;
        if (const Provider *owner = provider(line.tenantId)) {
            row.customerId = owner->customerId;
            row.name = owner->name;
        } else {
            row.name = m_partnerNames.value(line.tenantId, line.providerName);
        }
        if (const auto previous = m_input.previous.constFind(key);
            previous != m_input.previous.constEnd())
            row.previous = *previous;
        return *m_rows.insert(key, row);
    }

    QList<ReconcileRow> sorted() const
    {
        QList<ReconcileRow> rows = m_rows.values();
        std::sort(rows.begin(), rows.end(), [](const ReconcileRow &a, const ReconcileRow &b) {
            if (const int byName = QString::localeAwareCompare(a.name, b.name); byName != 0)
                return byName < 0;
            if (a.tenantId != b.tenantId)
                return a.tenantId < b.tenantId;
            if (a.productName != b.productName)
                return a.productName < b.productName;
            return a.location < b.location;
        });
        return rows;
    }

    bool isPartner(const QString &tenantId) const { return m_partnerNames.contains(tenantId); }

private:
    const ReconcileInput &m_input;
    QHash<QString, const Provider *> m_providers;
    QHash<QString, QString> m_partnerNames;
    QMap<QString, ReconcileRow> m_rows;
};

bool firstPaidUse(const ReconcileInput &input, const ReconcileRow &row, const Provider *owner)
{
    if (!owner || !aboveZero(row.reported) || !aboveZero(row.sellPrice) ||
        input.usedBefore.contains(usageKey(row.tenantId, row.key)))
        return false;
    // Without earlier months recorded, only a provider that started this month is judged.
    const QDate monthStart = firstOfMonth(input.month);
    const bool newProvider =
            owner->contractStart.isValid() && owner->contractStart.toUTC().date() >= monthStart;
    return input.earlierMonthsRecorded || newProvider;
}

// "Backup storage is used for the first time: 250 GB at 0.0410 EUR per GB."
QString firstUseText(const ReconcileRow &row)
{
    const QString quantity = quantityWithUnit(*row.reported, row.measurementUnit, QLocale::c());
    const QString unit = unitOfOne(row.measurementUnit);
    if (unit.isEmpty())
        return QCoreApplication::translate("Reconciliation",
                                           "%1 is used for the first time: %2 at %3 %4.")
                .arg(row.productName, quantity, moneyText(*row.sellPrice, row.currency),
                     row.currency);
    return QCoreApplication::translate("Reconciliation",
                                       "%1 is used for the first time: %2 at %3 %4 per %5.")
            .arg(row.productName, quantity, moneyText(*row.sellPrice, row.currency), row.currency,
                 unit);
}

void flagRow(const ReconcileInput &input, ReconcileRow &row, const Provider *owner,
             QList<ReconcileFinding> &findings)
{
    const auto add = [&](ReconcileFlag flag, const QString &detail) {
        row.flags.append(flag);
        findings.append({flag, row.customerId, row.tenantId, row.name, row.productName, detail});
    };
    if (aboveZero(row.reported) && row.status != UsageLineStatus::Priced)
        add(ReconcileFlag::Unpriced,
            QCoreApplication::translate("Reconciliation", "%1 %2 reported, without a price (%3).")
                    .arg(row.reported->text(), row.productName, usageLineStatusKey(row.status)));
    if (row.previous && aboveZero(row.previous) && row.reported &&
        jumped(*row.previous, *row.reported, input.jumpPercent))
        add(ReconcileFlag::UsageJump,
            QCoreApplication::translate("Reconciliation",
                                        "%1 from %2 the month before to %3 (more than %4 % up).")
                    .arg(row.productName, row.previous->text(), row.reported->text(),
                         input.jumpPercent.text()));
    if (firstPaidUse(input, row, owner))
        add(ReconcileFlag::FirstPaidUse, firstUseText(row));
}

} // namespace

QString reconcileFlagKey(ReconcileFlag flag)
{
    switch (flag) {
    case ReconcileFlag::UsageJump:
        return QStringLiteral("usage_jump");
    case ReconcileFlag::FirstPaidUse:
        return QStringLiteral("first_paid_use");
    case ReconcileFlag::Unpriced:
        return QStringLiteral("unpriced");
    case ReconcileFlag::SuspendedOrCancelledWithUsage:
        return QStringLiteral("suspended_or_cancelled_with_usage");
    case ReconcileFlag::TenantWithoutProvider:
        return QStringLiteral("tenant_without_provider");
    case ReconcileFlag::ProviderWithoutTenant:
        return QStringLiteral("provider_without_tenant");
    }
    return {};
}

QString reconcileFlagLabel(ReconcileFlag flag)
{
    switch (flag) {
    case ReconcileFlag::UsageJump:
        return QCoreApplication::translate("Reconciliation", "Usage jump");
    case ReconcileFlag::FirstPaidUse:
        return QCoreApplication::translate("Reconciliation", "First paid use");
    case ReconcileFlag::Unpriced:
        return QCoreApplication::translate("Reconciliation", "Unpriced");
    case ReconcileFlag::SuspendedOrCancelledWithUsage:
        return QCoreApplication::translate("Reconciliation", "Usage while suspended or cancelled");
    case ReconcileFlag::TenantWithoutProvider:
        return QCoreApplication::translate("Reconciliation", "Tenant without a provider record");
    case ReconcileFlag::ProviderWithoutTenant:
        return QCoreApplication::translate("Reconciliation", "Provider whose tenant is gone");
    }
    return {};
}

QString usageKey(const QString &tenantId, const ProductKey &key)
{
    return QStringList{tenantId, key.applicationId, key.offeringItem, key.edition, key.infraId}
            .join(u'|');
}

QStringList reconcileColumns()
{
    return {QStringLiteral("customer_id"),
            QStringLiteral("tenant_id"),
            QStringLiteral("name"),
            QStringLiteral("application_id"),
            QStringLiteral("offering_item"),
            QStringLiteral("edition"),
            QStringLiteral("infra_id"),
            QStringLiteral("location"),
            QStringLiteral("product"),
            QStringLiteral("estimated"),
            QStringLiteral("estimated_at"),
            QStringLiteral("reported"),
            QStringLiteral("difference"),
            QStringLiteral("previous_month"),
            QStringLiteral("sell_price"),
            QStringLiteral("estimated_amount"),
            QStringLiteral("reported_amount"),
            QStringLiteral("currency"),
            QStringLiteral("status"),
            QStringLiteral("flags")};
}

QList<std::optional<QString>> reconcileValues(const ReconcileRow &row)
{
    const auto text = [](const QString &value) {
        return value.isEmpty() ? std::nullopt : std::optional<QString>(value);
    };
    const auto exact = [](const std::optional<Decimal> &value) {
        return value ? std::optional<QString>(value->text()) : std::nullopt;
    };
    const auto money = [&row](const std::optional<Decimal> &value) {
        return value ? std::optional<QString>(moneyText(*value, row.currency)) : std::nullopt;
    };
    QStringList flags;
    for (const ReconcileFlag flag : row.flags)
        flags.append(reconcileFlagKey(flag));
    return {text(row.customerId),
            row.tenantId,
            text(row.name),
            row.key.applicationId,
            row.key.offeringItem,
            text(row.key.edition),
            text(row.key.infraId),
            text(row.location),
            row.productName,
            exact(row.estimated),
            text(row.estimatedAt),
            exact(row.reported),
            row.difference.text(),
            exact(row.previous),
            money(row.sellPrice),
            money(row.estimatedAmount),
            money(row.reportedAmount),
            text(row.currency),
            row.reported ? std::optional<QString>(usageLineStatusKey(row.status)) : std::nullopt,
            text(flags.join(u';'))};
}

QString reconcileCsv(const QList<ReconcileRow> &rows)
{
    return csvTable(reconcileColumns(), rows, reconcileValues);
}

Reconciliation reconcileMonth(const ReconcileInput &input)
{
    Rows rows(input);
    for (const UsageLine &line : input.reported) {
        ReconcileRow &row = rows.rowFor(line);
        row.reported = line.quantity;
        row.sellPrice = line.sellPrice;
        row.reportedAmount = line.sellAmount;
        row.status = line.status;
        row.currency = line.currency;
    }
    for (const UsageLine &line : input.estimated) {
        ReconcileRow &row = rows.rowFor(line);
        row.estimated = line.quantity;
        row.estimatedAmount = line.sellAmount;
        row.estimatedAt = input.estimatedAt.value(line.tenantId);
        if (!row.sellPrice)
            row.sellPrice = line.sellPrice;
    }
    Reconciliation result;
    result.month = input.month;
    result.rows = rows.sorted();
    QSet<QString> usedBy; // tenants with usage reported
    for (ReconcileRow &row : result.rows) {
        row.difference = row.reported.value_or(Decimal())
                                 .minus(row.estimated.value_or(Decimal()))
                                 .value_or(Decimal());
        if (row.difference.isZero())
            row.difference = Decimal(); // "0", not "0.0" from 337.5 − 337.5
        flagRow(input, row, rows.provider(row.tenantId), result.findings);
        if (aboveZero(row.reported))
            usedBy.insert(row.tenantId);
    }
    QSet<QString> recordedTenants;
    for (const Provider &provider : input.providers) {
        recordedTenants.insert(provider.tenantId);
        if (provider.status != ProviderStatus::Active && usedBy.contains(provider.tenantId))
            result.findings.append(
                    {ReconcileFlag::SuspendedOrCancelledWithUsage,
                     provider.customerId,
                     provider.tenantId,
                     provider.name,
                     {},
                     provider.status == ProviderStatus::Suspended
                             ? QCoreApplication::translate(
                                       "Reconciliation",
                                       "Usage was reported for %1 although it is suspended.")
                                       .arg(provider.name)
                             : QCoreApplication::translate(
                                       "Reconciliation",
                                       "Usage was reported for %1 although it is cancelled.")
                                       .arg(provider.name)});
        if (input.partnerTenants && isBillable(provider) && !rows.isPartner(provider.tenantId))
            result.findings.append({ReconcileFlag::ProviderWithoutTenant,
                                    provider.customerId,
                                    provider.tenantId,
                                    provider.name,
                                    {},
                                    QCoreApplication::translate(
                                            "Reconciliation",
                                            "Its tenant %1 is no longer under the distributor at "
                                            "Acronis.")
                                            .arg(provider.tenantId)});
    }
    QList<PartnerTenant> unknown;
    if (input.partnerTenants) {
        for (const PartnerTenant &tenant : *input.partnerTenants) {
            if (!recordedTenants.contains(tenant.id))
                unknown.append(tenant);
        }
    }
    for (const ReconcileRow &row : std::as_const(result.rows)) {
        const bool listed =
                std::any_of(unknown.begin(), unknown.end(),
                            [&](const PartnerTenant &t) { return t.id == row.tenantId; });
        if (!recordedTenants.contains(row.tenantId) && !listed)
            unknown.append({row.tenantId, row.name});
    }
    for (const PartnerTenant &tenant : std::as_const(unknown))
        result.findings.append({ReconcileFlag::TenantWithoutProvider,
                                {},
                                tenant.id,
                                tenant.name,
                                {},
                                usedBy.contains(tenant.id)
                                        ? QCoreApplication::translate(
                                                  "Reconciliation",
                                                  "A partner tenant at Acronis with usage and no "
                                                  "provider record: its usage is billed to no one.")
                                        : QCoreApplication::translate(
                                                  "Reconciliation",
                                                  "A partner tenant at Acronis with no provider "
                                                  "record.")});
    return result;
}

} // namespace csp
