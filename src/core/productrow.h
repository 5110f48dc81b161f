#pragma once

#include "core/catalogue.h"
#include "core/instance.h"

#include <optional>

namespace csp {

// A row of the products listing: the product and the instance it belongs to.
struct ProductRow
{
    Product product;
    QString instanceName;
    QString productType;
    Decimal discountPercent; // the most specific discount of the product now
    QString primaryCurrency;
    NamePolicy namePolicy = NamePolicy::Update;

    // Cost = sell × (100 − the product's discount now) / 100; nullopt without a price.
    std::optional<Decimal> costPrice() const
    {
        if (!product.sellPrice)
            return std::nullopt;
        return csp::costPrice(*product.sellPrice, discountPercent);
    }
};

struct ProductHistoryEntry
{
    QString changedAt;
    QString kind; // added, renamed, updated, retired, manual_rename, manual_price
    QString oldName;
    QString newName;
    QString fields;
    std::optional<Decimal> oldPrice; // for a change of the price
    std::optional<Decimal> newPrice;
};

struct ProductFilter
{
    QString productId;  // empty: all products
    QString instanceId; // empty: all instances
    QString search;     // in names, offering item and storage; case-insensitive
    bool includeRetired = false;
    bool ordered = true; // by instance and name; the window sorts for itself
    int firstRows = 0;   // > 0: only the first so many by name (a first screen)
};

} // namespace csp

Q_DECLARE_TYPEINFO(csp::ProductRow, Q_RELOCATABLE_TYPE);
