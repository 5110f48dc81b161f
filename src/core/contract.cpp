#include "contract.h"

#include "currency.h"
#include "money.h"
#include "month.h"

#include <QRegularExpression>

namespace csp {

QList<ContractTier> ContractRules::defaultTiers()
{
    QList<ContractTier> tiers{{QStringLiteral("none"), {}, -1, {}, false}};
    for (int number = 1; number <= 5; ++number)
        tiers.append({QString::number(number), {}, number - 1, {}, false});
    return tiers;
}

QString ContractRules::displayName(const ContractTier &tier)
{
    if (!tier.name.isEmpty())
        return tier.name;
    if (tier.key == u"none")
        return tr("No commitment");
    bool number = false;
    const int n = tier.key.toInt(&number);
    return number ? tr("Tier %1").arg(n) : tier.key;
}

QString ContractRules::levelName(int levelValue)
{
    if (levelValue == -1)
        return tr("No commitment");
    if (levelValue >= 0 && levelValue <= 4)
        return tr("Tier %1").arg(levelValue + 1);
    return tr("Acronis level %1").arg(levelValue);
}

std::optional<QString> ContractRules::checkTierKey(const QString &key)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z0-9_-]{1,16}$"));
    if (shape.match(key).hasMatch())
        return std::nullopt;
    return tr("Tier: \"%1\" is not a tier name of 1 to 16 lower-case letters, digits, \"_\" or "
              "\"-\".")
            .arg(key);
}

Result<Decimal> ContractRules::parseCommitment(const QString &text, const QString &currency,
                                               const QLocale &locale)
{
    const int digits = Currencies::minorUnits(currency);
    Decimal::ParseFailure why{};
    const auto amount = Decimal::parse(text, locale, digits, &why);
    if (!amount)
        return Error{ErrorKind::InvalidInput,
                     decimalProblem(why, tr("Minimum commitment"), text, digits, locale)};
    if (amount->isNegative())
        return Error{ErrorKind::InvalidInput,
                     tr("Minimum commitment: \"%1\" is negative; it is at least 0.").arg(text)};
    return finalAmount(*amount, currency);
}

std::optional<QString> ContractRules::checkRampUp(int months)
{
    if (months >= 0 && months <= MaxRampUpMonths)
        return std::nullopt;
    return tr("Ramp-up: %1 is not 0 to %2 months.").arg(months).arg(MaxRampUpMonths);
}

bool Contract::startedBy(QDate month) const
{
    if (!start.isValid())
        return true; // a contract of unknown start (imported long ago) runs
    return start.toUTC().date() < firstOfMonth(month).addMonths(1);
}

bool Contract::inRampUp(QDate month) const
{
    if (!start.isValid() || rampUpMonths <= 0)
        return false;
    const QDate first = firstOfMonth(start.toUTC().date());
    return firstOfMonth(month) >= first && firstOfMonth(month) < first.addMonths(rampUpMonths);
}

QString Contract::tierAt(QDate month) const
{
    QString key;
    QDate latest;
    for (const TierPeriod &period : tiers) {
        if (period.fromMonth <= firstOfMonth(month) &&
            (latest.isNull() || period.fromMonth >= latest)) {
            latest = period.fromMonth;
            key = period.tierKey;
        }
    }
    return key;
}

Decimal ContractStanding::commitmentDue() const
{
    return started && !rampUp ? tier.minimumCommitment : Decimal();
}

QString ContractRules::describe(const ContractTier &tier, QStringView currency,
                                const QLocale &locale)
{
    if (tier.minimumCommitment.isZero())
        return displayName(tier);
    return tr("%1 \u2013 at least %2 a month")
            .arg(displayName(tier), moneyWithCurrency(tier.minimumCommitment, currency, locale));
}

QString ContractStanding::consumptionText(Decimal sell, QStringView currency,
                                          const QLocale &locale) const
{
    if (!started)
        return QStringLiteral("\u2014");
    if (rampUp && !tier.minimumCommitment.isZero())
        return ContractRules::tr("waived (ramp-up)");
    if (tier.minimumCommitment.isZero())
        return ContractRules::tr("no commitment");
    //: Usage against the minimum commitment: "312.40 of 500.00 EUR".
    return ContractRules::tr("%1 of %2")
            .arg(moneyText(sell, currency, locale),
                 moneyWithCurrency(tier.minimumCommitment, currency, locale));
}

double ContractStanding::consumedShare(Decimal sell) const
{
    const Decimal due = commitmentDue();
    if (due.isZero())
        return 0;
    return static_cast<double>(sell.units()) / static_cast<double>(due.units());
}

Result<Invoice> buildInvoice(const Invoice &header, const QList<UsageLine> &lines,
                             Decimal discountPercent)
{
    Invoice invoice = header;
    invoice.lines = lines;
    const QString owner = invoice.name.isEmpty() ? invoice.customerId : invoice.name;
    for (const UsageLine &line : lines) {
        if (const Status added = invoice.totals.add(line, owner); !added)
            return added.error();
    }
    invoice.unpricedLines = invoice.totals.unpricedLines();
    const CurrencyTotal usage = invoice.totals.in(invoice.currency);
    const int minorUnits = Currencies::minorUnits(invoice.currency);
    invoice.usageSell = usage.sell.rounded(minorUnits);
    invoice.usageCost = usage.cost.rounded(minorUnits);
    for (const CurrencyTotal &other : invoice.totals.byCurrency()) {
        if (other.currency != invoice.currency)
            invoice.warnings.append(
                    QCoreApplication::translate(
                            "Invoice",
                            "%1 line(s) of %2 are priced in %3 and are not set against "
                            "the commitment in %4: sell %5 %3, cost %6 %3.")
                            .arg(QString::number(other.pricedLines), owner, other.currency,
                                 invoice.currency, moneyText(other.sell, other.currency),
                                 moneyText(other.cost, other.currency)));
    }
    const Decimal commitment = finalAmount(invoice.tier.minimumCommitment, invoice.currency);
    const auto gap = commitment.minus(invoice.usageSell);
    if (!gap)
        return Error{
                ErrorKind::Failed,
                overflowMessage(
                        QCoreApplication::translate("Invoice", "The shortfall of %1").arg(owner))};
    invoice.shortfall =
            (!invoice.rampUp && gap->units() > 0 ? *gap : Decimal()).rounded(minorUnits);
    invoice.shortfallCost =
            finalAmount(costPrice(invoice.shortfall, discountPercent), invoice.currency);
    const auto sell = invoice.usageSell.plus(invoice.shortfall);
    const auto cost = invoice.usageCost.plus(invoice.shortfallCost);
    if (!sell || !cost)
        return Error{ErrorKind::Failed,
                     overflowMessage(
                             QCoreApplication::translate("Invoice", "The total of %1").arg(owner))};
    invoice.totalSell = *sell;
    invoice.totalCost = *cost;
    return invoice;
}

} // namespace csp
