#pragma once

#include "catalogue.h"
#include "decimal.h"

#include <QHash>

#include <optional>

namespace csp {

// The discounts that give a product's cost price: the instance's own, overridden per
// application or per offering item. The most specific one applies.
class DiscountPolicy
{
public:
    DiscountPolicy() = default;
    explicit DiscountPolicy(Decimal instanceDiscount)
        : m_instance(instanceDiscount)
    { }

    void setInstanceDiscount(Decimal percent) { m_instance = percent; }
    // nullopt: the override is cleared.
    void setApplicationDiscount(const QString &applicationId, std::optional<Decimal> percent)
    {
        set(m_byApplication, applicationId, percent);
    }
    void setOfferingItemDiscount(const QString &offeringItem, std::optional<Decimal> percent)
    {
        set(m_byOfferingItem, offeringItem, percent);
    }

    // An entry of the discount history: scope "instance", "application" or "offering_item"
    // with its key; nullopt clears an override (the instance's own is never cleared).
    void apply(QStringView scope, const QString &key, std::optional<Decimal> percent)
    {
        if (scope == u"application")
            setApplicationDiscount(key, percent);
        else if (scope == u"offering_item")
            setOfferingItemDiscount(key, percent);
        else if (scope == u"instance" && percent)
            m_instance = *percent;
    }

    Decimal instanceDiscount() const { return m_instance; }
    // The offering item's override, else the application's, else the instance's discount.
    Decimal discountFor(const ProductKey &key) const
    {
        if (const auto it = m_byOfferingItem.constFind(key.offeringItem);
            it != m_byOfferingItem.constEnd())
            return *it;
        if (const auto it = m_byApplication.constFind(key.applicationId);
            it != m_byApplication.constEnd())
            return *it;
        return m_instance;
    }
    std::optional<Decimal> costOf(const ProductKey &key, const std::optional<Decimal> &sell) const
    {
        return sell ? std::optional<Decimal>(costPrice(*sell, discountFor(key))) : std::nullopt;
    }

private:
    static void set(QHash<QString, Decimal> &overrides, const QString &key,
                    std::optional<Decimal> percent)
    {
        if (percent)
            overrides.insert(key, *percent);
        else
            overrides.remove(key);
    }

    Decimal m_instance;
    QHash<QString, Decimal> m_byApplication;
    QHash<QString, Decimal> m_byOfferingItem;
};

} // namespace csp
