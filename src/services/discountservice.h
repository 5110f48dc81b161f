#pragma once

#include "core/catalogue.h"
#include "core/decimal.h"
#include "core/instance.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QLocale>

#include <memory>

namespace csp {
class Database;
}

namespace csp {

// An override of an instance's discount, for one application or one offering item.
enum class DiscountScope { Application, OfferingItem };

QString discountScopeKey(DiscountScope scope); // "application", "offering_item"

struct DiscountOverride
{
    DiscountScope scope = DiscountScope::Application;
    QString key;   // the application id or the offering item
    QString label; // the application's name, or the product's name
    Decimal percent;
    QString since;    // UTC ISO 8601: in effect from then on
    int products = 0; // the instance's products it prices
};

// The discounts of an instance's agreement with Acronis that differ by product: set, listed
// and cleared from now on. Closed months keep the discounts of their month (PriceListService).
class DiscountService
{
    Q_DECLARE_TR_FUNCTIONS(DiscountService)

public:
    explicit DiscountService(std::shared_ptr<Database> database);

    // The overrides in effect now: offering items first, then applications, by label.
    Result<QList<DiscountOverride>> list(const Instance &instance) const;
    // `percentText` in `locale`, like the form's Distributor Discount (0 to 100, at most two
    // decimals). The application or item must be one of the instance's products.
    Result<DiscountOverride> set(const Instance &instance, const QString &percentText,
                                 DiscountScope scope, const QString &key,
                                 const QLocale &locale = QLocale::c());
    // NotFound when there is no such override.
    Status clear(const Instance &instance, DiscountScope scope, const QString &key);

private:
    Result<QList<DiscountOverride>> overridesOf(const Instance &instance,
                                                const QList<Product> &products) const;
    // The label of the application or offering item among `products` and how many it covers;
    // NotFound naming the instance when it covers none.
    static Result<std::pair<QString, int>> describe(const Instance &instance,
                                                    const QList<Product> &products,
                                                    DiscountScope scope, const QString &key);
    // In effect from `now` on, with its audit entry, in one transaction.
    Status write(const Instance &instance, DiscountScope scope, const QString &key,
                 const std::optional<Decimal> &percent, const QString &before, const QString &now);

    std::shared_ptr<Database> m_database;
};

} // namespace csp
