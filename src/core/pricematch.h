#pragma once

#include "decimal.h"

#include <QList>
#include <QString>

#include <optional>

namespace csp {

// One entry of the gateway's price list. Acronis' document calls its name a "Usage name (type)"
// and gives it no edition, while older gateways and Acronis' own module name offering items:
// an entry may name either, and a storage's entry its infra.
struct ServedPriceEntry
{
    QString applicationId;
    QString name;
    QString infraId; // empty: for no one storage
    Decimal price;
};

// What an entry can name of an offering item.
struct PricedItem
{
    QString applicationId;
    QString offeringItem;
    QString usageName;
    QString infraId; // empty: not a storage item
};

struct PriceMatch
{
    QList<std::optional<Decimal>> prices; // one per item, in the items' order
    QList<ServedPriceEntry> unmatched;    // entries that priced no item
    QList<ServedPriceEntry> repeated;     // entries of a name and storage given before: unused
};

// Each item's price, from the most specific entry of its application that names it: its
// offering item at its storage, its offering item at no storage, its usage name at its storage,
// its usage name at no storage. An entry of a storage prices items of that storage only.
PriceMatch matchPrices(const QList<PricedItem> &items, const QList<ServedPriceEntry> &entries);

} // namespace csp
