#pragma once

#include "decimal.h"
#include "result.h"
#include "usage.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace csp {

// One commitment tier of an instance's CSP contracts: what `provider create --tier` takes, the
// platform's tier_level_value it is written as, and the minimum a provider pays each month.
struct ContractTier
{
    QString key;  // "none", "1" … "5", or one the admin added ("promo")
    QString name; // as the admin named it; empty: the built-in name ("Tier 3")
    int levelValue = -1;
    Decimal minimumCommitment; // in the instance's primary currency
    bool promo = false;
};

class ContractRules
{
    Q_DECLARE_TR_FUNCTIONS(ContractRules)

public:
    static constexpr int MaxRampUpMonths = 3;
    // What a new instance starts with: no commitment and Tier 1 … Tier 5, each at 0.
    static QList<ContractTier> defaultTiers();
    // The tier's name for people, in their language for the built-in ones.
    static QString displayName(const ContractTier &tier);
    // The values of tier_level_value that Acronis knows, and each as people say it: −1 "No
    // commitment", 0 "Tier 1" … 4 "Tier 5"; the others "Acronis level 6".
    static constexpr int MinLevelValue = -2;
    static constexpr int MaxLevelValue = 7;
    static QString levelName(int levelValue);
    // The tier in words for a choice: "Tier 3 – at least 500,00 € a month", or just its name.
    static QString describe(const ContractTier &tier, QStringView currency, const QLocale &locale);
    // A tier key: 1–16 of a–z, 0–9, "_" and "-". An empty optional when fine, else why.
    static std::optional<QString> checkTierKey(const QString &key);
    // A minimum commitment: a decimal of at least 0 with at most the currency's minor units.
    static Result<Decimal> parseCommitment(const QString &text, const QString &currency,
                                           const QLocale &locale = QLocale::c());
    static std::optional<QString> checkRampUp(int months);
};

// A provider's tier from a month on, until a later entry replaces it.
struct TierPeriod
{
    QString tierKey;
    QDate fromMonth; // the first day of the month
};

// A service provider's CSP contract.
struct Contract
{
    QDateTime start; // the tenant's creation at Acronis (UTC); invalid: not known
    int rampUpMonths = 0;
    QList<TierPeriod> tiers;

    // Whether the contract had started before `month` ended.
    bool startedBy(QDate month) const;
    // The first `rampUpMonths` calendar months of the contract, its start month counted as
    // the first, pay no commitment.
    bool inRampUp(QDate month) const;
    // The tier in effect at the end of `month`; empty when none was set by then.
    QString tierAt(QDate month) const;
};

// Where a provider's contract stands in a month: the tier in effect at the month's end with the
// commitment it had then, whether the contract had started and whether the month is ramp-up.
struct ContractStanding
{
    ContractTier tier;
    bool tierKnown = true;     // false: no tier of the instance; invoiced without a commitment
    bool commitmentSet = true; // false: none was set for the month (a later one stands in)
    bool started = false;
    bool rampUp = false;

    // The commitment the month's usage is set against: 0 when waived or not started.
    Decimal commitmentDue() const;
    // The month's consumption against the commitment, for people: "312.40 of 500.00 EUR",
    // "waived (ramp-up)", "no commitment", or "—" before the contract started.
    QString consumptionText(Decimal sell, QStringView currency, const QLocale &locale) const;
    // For sorting by how much of the commitment is used: sell / commitment, 0 without one.
    double consumedShare(Decimal sell) const;
};

// A provider's invoice for one closed month.
struct Invoice
{
    QString customerId;
    QString tenantId;
    QString name;
    QDate month;
    ContractTier tier; // in effect at the month's end
    Decimal usageSell; // the priced lines in `currency`, rounded per line
    Decimal usageCost;
    Decimal shortfall;     // commitment − usage sell when positive and not waived
    Decimal shortfallCost; // the shortfall at the instance's discount
    bool rampUp = false;
    Decimal totalSell;
    Decimal totalCost;
    QString currency;
    QList<UsageLine> lines;
    UsageTotals totals;    // every priced line, per currency (other currencies apart)
    int unpricedLines = 0; // listed, not counted
    QStringList warnings;  // lines in another currency, not set against the commitment
};

// Builds the invoice of one provider for `month` from its priced usage lines: the usage at sell
// and cost in the primary currency, the tier's minimum commitment and the shortfall (none in a
// ramp-up month), its cost at `discountPercent`, and the totals. Overflow is an error naming the
// provider. The caller checks that the contract had started.
Result<Invoice> buildInvoice(const Invoice &header, const QList<UsageLine> &lines,
                             Decimal discountPercent);

} // namespace csp
