#include "discountservice.h"

#include "core/timetext.h"
#include "storage/database.h"

#include "core/audit.h"
#include "core/instancerules.h"
#include "storage/auditrepository.h"
#include "storage/pricehistoryrepository.h"
#include "storage/productrepository.h"

#include <QDateTime>

namespace csp {

namespace {

std::optional<DiscountScope> scopeFromKey(const QString &key)
{
    if (key == u"application")
        return DiscountScope::Application;
    if (key == u"offering_item")
        return DiscountScope::OfferingItem;
    return std::nullopt;
}

} // namespace

QString discountScopeKey(DiscountScope scope)
{
    return scope == DiscountScope::Application ? QStringLiteral("application")
                                               : QStringLiteral("offering_item");
}

DiscountService::DiscountService(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

Result<QList<DiscountOverride>> DiscountService::list(const Instance &instance) const
{
    const auto products = ProductRepository(m_database).forInstance(instance.id);
    if (!products)
        return products.error();
    return overridesOf(instance, *products);
}

Result<QList<DiscountOverride>> DiscountService::overridesOf(const Instance &instance,
                                                             const QList<Product> &products) const
{
    const auto entries = PriceHistoryRepository(m_database).currentDiscounts(instance.id);
    if (!entries)
        return entries.error();
    QList<DiscountOverride> overrides;
    for (const DiscountEntry &entry : *entries) {
        const auto scope = scopeFromKey(entry.scope);
        if (!scope || !entry.percent)
            continue; // the instance's own, or an override cleared since
        DiscountOverride item{*scope,         entry.scopeKey,      entry.scopeKey,
                              *entry.percent, entry.effectiveFrom, 0};
        // An item no longer in the catalogue keeps its key as its label.
        if (const auto described = describe(instance, products, *scope, entry.scopeKey))
            std::tie(item.label, item.products) = *described;
        overrides.append(item);
    }
    std::sort(overrides.begin(), overrides.end(), [](const auto &a, const auto &b) {
        if (a.scope != b.scope)
            return a.scope == DiscountScope::OfferingItem;
        return QString::localeAwareCompare(a.label, b.label) < 0;
    });
    return overrides;
}

Result<std::pair<QString, int>> DiscountService::describe(const Instance &instance,
                                                          const QList<Product> &products,
                                                          DiscountScope scope, const QString &key)
{
    QString label;
    int count = 0;
    for (const Product &product : products) {
        const bool covered = scope == DiscountScope::Application ? product.key.applicationId == key
                                                                 : product.key.offeringItem == key;
        if (!covered)
            continue;
        if (label.isEmpty() || (!product.retired && count == 0))
            label = scope == DiscountScope::Application ? product.applicationName : product.name;
        ++count;
    }
    if (count == 0)
        return Error{ErrorKind::NotFound,
                     scope == DiscountScope::Application
                             ? tr("No product of \"%1\" belongs to the application \"%2\"; "
                                  "the product list of \"%1\" names each product's application.")
                                       .arg(instance.systemName, key)
                             : tr("\"%1\" has no product with the offering item \"%2\"; "
                                  "the product list of \"%1\" names each product's offering "
                                  "item.")
                                       .arg(instance.systemName, key)};
    return std::pair<QString, int>(label, count);
}

Result<DiscountOverride> DiscountService::set(const Instance &instance, const QString &percentText,
                                              DiscountScope scope, const QString &key,
                                              const QLocale &locale)
{
    const auto percent = InstanceRules::checkDiscount(percentText, locale);
    if (!percent.ok())
        return Error{ErrorKind::InvalidInput, percent.error};
    const auto products = ProductRepository(m_database).forInstance(instance.id);
    if (!products)
        return products.error();
    const auto described = describe(instance, *products, scope, key);
    if (!described)
        return described.error();
    const auto current = overridesOf(instance, *products);
    if (!current)
        return current.error();
    QString before;
    for (const DiscountOverride &item : *current) {
        if (item.scope == scope && item.key == key) {
            if (item.percent.isIdenticalTo(*percent.value))
                return item; // the same discount again: nothing to record
            before = item.percent.toString();
        }
    }
    const QString since = catalogueTimeNow();
    if (Status written = write(instance, scope, key, percent.value, before, since); !written)
        return written.error();
    return DiscountOverride{scope, key, described->first, *percent.value, since, described->second};
}

Status DiscountService::clear(const Instance &instance, DiscountScope scope, const QString &key)
{
    const auto current = list(instance);
    if (!current)
        return current.error();
    const auto found = std::find_if(current->begin(), current->end(), [&](const auto &item) {
        return item.scope == scope && item.key == key;
    });
    if (found == current->end())
        return Error{ErrorKind::NotFound,
                     tr("\"%1\" has no discount of its own for \"%2\"; the discounts of "
                        "\"%1\" list the ones it has.")
                             .arg(instance.systemName, key)};
    return write(instance, scope, key, std::nullopt, found->percent.toString(), catalogueTimeNow());
}

Status DiscountService::write(const Instance &instance, DiscountScope scope, const QString &key,
                              const std::optional<Decimal> &percent, const QString &before,
                              const QString &now)
{
    const QString doing = tr("saving the discount");
    Transaction transaction(*m_database, Transaction::Kind::Write);
    if (!transaction.began())
        return m_database->errorFrom(transaction.beginError(), doing);
    Status done =
            PriceHistoryRepository(m_database)
                    .recordDiscount(instance.id, {discountScopeKey(scope), key, percent, now});
    if (done)
        done = AuditRepository(m_database)
                       .record({now,
                                {},
                                QLatin1String(percent ? AuditAction::DiscountSet
                                                      : AuditAction::DiscountClear),
                                instance.id,
                                instance.systemName,
                                discountScopeKey(scope) + u' ' + key,
                                before,
                                percent ? percent->toString() : QString()});
    if (!done)
        return done;
    if (!transaction.commit())
        return m_database->errorFrom(transaction.commitError(), doing);
    return success();
}

} // namespace csp
