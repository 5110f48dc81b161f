#pragma once

#include "decimal.h"
#include "provider.h"
#include "usage.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <optional>

namespace csp {

enum class ReconcileFlag {
    UsageJump,                     // more than the set percentage above the previous month
    FirstPaidUse,                  // a priced item used for the first time
    Unpriced,                      // a reported line without a price or product
    SuspendedOrCancelledWithUsage, // usage reported for a provider that is not active
    TenantWithoutProvider,         // a partner tenant at Acronis with no provider record
    ProviderWithoutTenant,         // a provider whose tenant is gone at Acronis
};

QString reconcileFlagKey(ReconcileFlag flag); // usage_jump, first_paid_use, …
QString reconcileFlagLabel(ReconcileFlag flag);

// "tenant|application|offering item|edition|storage": one counter of one tenant.
QString usageKey(const QString &tenantId, const ProductKey &key);

// A partner tenant directly under the distributor, as Acronis lists it now.
struct PartnerTenant
{
    QString id;
    QString name;
};

// One provider's (or tenant's) product in a month: the last estimate beside the report.
struct ReconcileRow
{
    QString customerId; // empty for a tenant without a provider record
    QString tenantId;
    QString name;
    ProductKey key;
    QString productName;
    QString measurementUnit;          // bytes, seconds, quantity (the usage's)
    QString location;                 // the storage's name, for storage items: one row per location
    std::optional<Decimal> estimated; // in the unit sold; nullopt: no estimate recorded
    QString estimatedAt;
    std::optional<Decimal> reported; // nullopt: not in the report
    std::optional<Decimal> previous; // the month before, when recorded
    Decimal difference;              // reported − estimated, a missing one counting as 0
    std::optional<Decimal> sellPrice;
    std::optional<Decimal> reportedAmount; // reported × sell price, at the minor unit
    std::optional<Decimal> estimatedAmount;
    QString currency;
    UsageLineStatus status = UsageLineStatus::NoProduct; // of the reported line
    QList<ReconcileFlag> flags;
};

// Something for a person to look at before invoicing, naming the provider or tenant.
struct ReconcileFinding
{
    ReconcileFlag flag;
    QString customerId;
    QString tenantId;
    QString name;
    QString product; // the product's name, for a flag of one row
    QString detail;  // what was found, in words
};

// A counter more than this many percent above the month before is flagged, unless the user
// chooses another percentage (the command line's --jump-percent, the window's Usage jump).
inline constexpr int DefaultJumpPercent = 50;
// The percentages that may be chosen: 0 (any growth) up to this.
inline constexpr int MaxJumpPercent = 1000;
constexpr bool isJumpPercent(const Decimal &percent)
{
    return !percent.isNegative() && percent <= Decimal::fromInteger(MaxJumpPercent);
}

struct ReconcileInput
{
    QDate month;
    QList<Provider> providers; // every recorded one, whatever its status
    // Partner tenants under the distributor now; nullopt when they could not be read.
    std::optional<QList<PartnerTenant>> partnerTenants;
    QList<UsageLine> reported;           // the month's report, priced as of its month
    QList<UsageLine> estimated;          // the month's last estimates, priced alike
    QHash<QString, QString> estimatedAt; // per tenant
    QHash<QString, Decimal> previous;    // usageKey → the month before, in the unit sold
    QSet<QString> usedBefore;            // usageKeys used in any earlier month
    bool earlierMonthsRecorded = false;  // without, a first use is only judged for new providers
    Decimal jumpPercent = Decimal::fromInteger(DefaultJumpPercent);
    QHash<QString, QString> locations; // storage id → name
};

struct Reconciliation
{
    QDate month;
    QList<ReconcileRow> rows; // by name, product and location
    QList<ReconcileFinding> findings;
};

// The columns of a row for JSON and CSV, and its values in that order (nullopt: none); the
// flags as their keys joined by ";". Quantities and prices exact, amounts at the minor unit.
QStringList reconcileColumns();
QList<std::optional<QString>> reconcileValues(const ReconcileRow &row);
QString reconcileCsv(const QList<ReconcileRow> &rows);

// Compares a closed month's report with its last estimates and the recorded history.
Reconciliation reconcileMonth(const ReconcileInput &input);

} // namespace csp
