#include "usage.h"

#include "csv.h"
#include "currency.h"

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

void UsageTotals::add(const UsageLine &line)
{
    if (line.status != UsageLineStatus::Priced) {
        ++unpricedLines;
        return;
    }
    ++pricedLines;
    sell = sell + *line.sellAmount;
    cost = cost + *line.costAmount;
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
    const int minorUnits = Currencies::minorUnits(line.currency);
    const auto sell = line.quantity->checkedMultipliedBy(*line.sellPrice);
    const auto cost = line.quantity->checkedMultipliedBy(*line.costPrice);
    if (!sell || !cost) {
        line.status = UsageLineStatus::OutOfRange;
        return line;
    }
    line.sellAmount = sell->rounded(minorUnits);
    line.costAmount = cost->rounded(minorUnits);
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
        return value ? std::optional<QString>(value->toString()) : std::nullopt;
    };
    const int minorUnits = Currencies::minorUnits(line.currency);
    const auto money = [minorUnits](const std::optional<Decimal> &value) {
        return value ? std::optional<QString>(value->toString(minorUnits)) : std::nullopt;
    };
    return {text(line.customerId),   text(line.tenantId),    text(line.key.offeringItem),
            text(line.key.edition),  text(line.key.infraId), text(line.measurementUnit),
            exact(line.quantity),    exact(line.sellPrice),  exact(line.costPrice),
            money(line.sellAmount),  money(line.costAmount), text(line.currency),
            text(line.providerName), text(line.productName), usageLineStatusKey(line.status)};
}

QString usageCsv(const QList<UsageLine> &lines)
{
    QString csv = csvRecord(usageColumns());
    for (const UsageLine &line : lines) {
        QStringList fields;
        for (const auto &value : usageValues(line))
            fields.append(value.value_or(QString()));
        csv += csvRecord(fields);
    }
    return csv;
}

} // namespace csp
