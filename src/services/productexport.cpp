#include "productexport.h"

#include "core/csv.h"
#include "core/currency.h"
#include "core/money.h"

#include <algorithm>
#include <numeric>

namespace csp {

QStringList productColumns()
{
    return {QStringLiteral("instance"),
            QStringLiteral("product_type"),
            QStringLiteral("application_id"),
            QStringLiteral("application"),
            QStringLiteral("edition"),
            QStringLiteral("offering_item"),
            QStringLiteral("usage_name"),
            QStringLiteral("type"),
            QStringLiteral("measurement_unit"),
            QStringLiteral("infra_id"),
            QStringLiteral("name"),
            QStringLiteral("acronis_name"),
            QStringLiteral("sell_price"),
            QStringLiteral("cost_price"),
            QStringLiteral("currency"),
            QStringLiteral("status")};
}

QList<std::optional<QString>> productValues(const ProductRow &row)
{
    const Product &p = row.product;
    const QString currency = priceCurrency(p.priceCurrency, row.primaryCurrency);
    const auto text = [](const QString &value) {
        return value.isEmpty() ? std::nullopt : std::optional<QString>(value);
    };
    const auto money = [&currency](const std::optional<Decimal> &value) {
        return value ? std::optional<QString>(moneyText(*value, currency)) : std::nullopt;
    };
    return {row.instanceName,
            row.productType,
            p.key.applicationId,
            p.applicationName,
            text(p.key.edition),
            p.key.offeringItem,
            p.usageName,
            p.itemType,
            p.measurementUnit,
            text(p.key.infraId),
            p.name,
            p.acronisName,
            money(p.sellPrice),
            money(row.costPrice()),
            currency,
            p.retired ? QStringLiteral("retired") : QStringLiteral("active")};
}

void sortForExport(QList<ProductRow> &rows)
{
    // Sorting positions and then moving each row once is several times faster than moving the
    // rows (twenty strings each) through every step of the merge.
    QList<qsizetype> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&rows](qsizetype left, qsizetype right) {
        const ProductRow &a = rows[left];
        const ProductRow &b = rows[right];
        if (a.product.instanceId != b.product.instanceId) {
            const int byInstance =
                    QString::compare(a.instanceName, b.instanceName, Qt::CaseInsensitive);
            if (byInstance != 0)
                return byInstance < 0;
        }
        if (a.product.name != b.product.name)
            return a.product.name < b.product.name;
        return a.product.id < b.product.id;
    });
    QList<ProductRow> sorted;
    sorted.reserve(rows.size());
    for (const qsizetype index : std::as_const(order))
        sorted.append(std::move(rows[index]));
    rows = std::move(sorted);
}

QString productsCsv(const QList<ProductRow> &rows)
{
    QString csv = csvRecord(productColumns());
    for (const ProductRow &row : rows) {
        QStringList fields;
        for (const auto &value : productValues(row))
            fields.append(value.value_or(QString()));
        csv += csvRecord(fields);
    }
    return csv;
}

} // namespace csp
