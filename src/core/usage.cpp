#include "usage.h"

#include "csv.h"
#include "currency.h"
#include "money.h"

namespace csp {

namespace {

constexpr qint64 BytesPerGigabyte = 1024LL * 1024 * 1024;
constexpr qint64 SecondsPerHour = 3600;

} // namespace

std::optional<Decimal> soldQuantity(const QString &measurementUnit, qint64 value)
{
    if (measurementUnit == u"bytes")
        return Decimal::fromRatio(value, BytesPerGigabyte);
    if (measurementUnit == u"seconds")
        return Decimal::fromRatio(value, SecondsPerHour);
    return Decimal::fromRatio(value, 1);
}

Status UsageTotals::add(const UsageLine &line, const QString &owner)
{
    if (line.status != UsageLineStatus::Priced) {
        ++m_unpriced;
        return success();
    }
    auto total = std::find_if(m_totals.begin(), m_totals.end(),
                              [&](const CurrencyTotal &t) { return t.currency == line.currency; });
    if (total == m_totals.end()) {
        m_totals.append({line.currency, Decimal(), Decimal(), 0});
        total = m_totals.end() - 1;
    }
    const auto sell = total->sell.plus(*line.sellAmount);
    const auto cost = total->cost.plus(*line.costAmount);
    if (!sell || !cost)
        return Error{ErrorKind::Failed,
                     overflowMessage(QCoreApplication::translate("Usage", "The total of %1 in %2")
                                             .arg(owner, line.currency))};
    total->sell = *sell;
    total->cost = *cost;
    ++total->pricedLines;
    ++m_priced;
    return success();
}

CurrencyTotal UsageTotals::in(const QString &currency) const
{
    for (const CurrencyTotal &total : m_totals) {
        if (total.currency == currency)
            return total;
    }
    return {currency, Decimal(), Decimal(), 0};
}

UsageLine priceUsage(const UsageRecord &record, const QHash<ProductKey, ProductPrice> &products,
                     const QString &primaryCurrency)
{
    UsageLine line;
    line.tenantId = record.tenantId;
    line.key = record.key;
    line.measurementUnit = record.measurementUnit;
    if (record.fractionalValue) {
        const auto divisor = record.measurementUnit == u"seconds"
                ? Decimal::fromInteger(SecondsPerHour)
                : record.measurementUnit == u"bytes" ? Decimal::fromInteger(BytesPerGigabyte)
                                                     : Decimal::fromInteger(1);
        line.quantity = record.fractionalValue->dividedBy(divisor);
    } else {
        line.quantity = soldQuantity(record.measurementUnit, record.value);
    }
    const auto product = products.constFind(record.key);
    if (product == products.constEnd()) {
        line.currency = primaryCurrency;
        line.status = UsageLineStatus::NoProduct;
        return line;
    }
    line.productName = product->name;
    line.applicationName = product->applicationName;
    line.currency = product->currency.isEmpty() ? primaryCurrency : product->currency;
    line.sellPrice = product->sellPrice;
    line.costPrice = product->costPrice;
    if (!line.quantity) {
        line.status = UsageLineStatus::OutOfRange;
        return line;
    }
    if (!line.sellPrice || !line.costPrice) {
        line.status = UsageLineStatus::NoPrice;
        return line;
    }
    const auto sell = line.quantity->times(*line.sellPrice);
    const auto cost = line.quantity->times(*line.costPrice);
    if (!sell || !cost) {
        line.status = UsageLineStatus::OutOfRange;
        return line;
    }
    line.sellAmount = finalAmount(*sell, line.currency);
    line.costAmount = finalAmount(*cost, line.currency);
    line.status = UsageLineStatus::Priced;
    return line;
}

QString usageLineStatusKey(UsageLineStatus status)
{
    switch (status) {
    case UsageLineStatus::Priced:
        return QStringLiteral("priced");
    case UsageLineStatus::NoProduct:
        return QStringLiteral("no_product");
    case UsageLineStatus::NoPrice:
        return QStringLiteral("no_price");
    case UsageLineStatus::OutOfRange:
        return QStringLiteral("out_of_range");
    }
    return {};
}

QStringList usageColumns()
{
    return {QStringLiteral("customer_id"),   QStringLiteral("tenant_id"),
            QStringLiteral("offering_item"), QStringLiteral("edition"),
            QStringLiteral("infra_id"),      QStringLiteral("measurement_unit"),
            QStringLiteral("quantity"),      QStringLiteral("sell_price"),
            QStringLiteral("cost_price"),    QStringLiteral("sell_amount"),
            QStringLiteral("cost_amount"),   QStringLiteral("currency"),
            QStringLiteral("provider"),      QStringLiteral("product"),
            QStringLiteral("status")};
}

QList<std::optional<QString>> usageValues(const UsageLine &line)
{
    const auto text = [](const QString &value) {
        return value.isEmpty() ? std::nullopt : std::optional<QString>(value);
    };
    const auto exact = [](const std::optional<Decimal> &value) {
        return value ? std::optional<QString>(value->text()) : std::nullopt;
    };
    const auto money = [&line](const std::optional<Decimal> &value) {
        return value ? std::optional<QString>(moneyText(*value, line.currency)) : std::nullopt;
    };
    return {text(line.customerId),   text(line.tenantId),    text(line.key.offeringItem),
            text(line.key.edition),  text(line.key.infraId), text(line.measurementUnit),
            exact(line.quantity),    money(line.sellPrice),  money(line.costPrice),
            money(line.sellAmount),  money(line.costAmount), text(line.currency),
            text(line.providerName), text(line.productName), usageLineStatusKey(line.status)};
}

QString usageCsv(const QList<UsageLine> &lines)
{
    return csvTable(usageColumns(), lines, usageValues);
}

} // namespace csp
