#include "pricematch.h"

#include <QHash>

#include <array>

namespace csp {

namespace {

// An application's name at a storage (none: empty). The texts are shared, not copied: a
// catalogue of 3,000 items looks up four keys each.
struct PriceKey
{
    QString applicationId;
    QString name;
    QString infraId;

    friend bool operator==(const PriceKey &, const PriceKey &) = default;
};

size_t qHash(const PriceKey &key, size_t seed)
{
    return qHashMulti(seed, key.applicationId, key.name, key.infraId);
}

PriceKey keyOf(const QString &applicationId, const QString &name, const QString &infraId)
{
    return {applicationId, name, infraId};
}

} // namespace

PriceMatch matchPrices(const QList<PricedItem> &items, const QList<ServedPriceEntry> &entries)
{
    PriceMatch match;
    QHash<PriceKey, qsizetype> byKey; // the first entry of each application, name and storage
    QList<bool> used(entries.size(), false);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const ServedPriceEntry &entry = entries.at(i);
        const PriceKey key = keyOf(entry.applicationId, entry.name, entry.infraId);
        if (byKey.contains(key)) {
            match.repeated.append(entry);
            used[i] = true; // reported as repeated, not as matching nothing
            continue;
        }
        byKey.insert(key, i);
    }
    match.prices.reserve(items.size());
    for (const PricedItem &item : items) {
        const std::array<PriceKey, 4> candidates{
                keyOf(item.applicationId, item.offeringItem, item.infraId),
                keyOf(item.applicationId, item.offeringItem, {}),
                keyOf(item.applicationId, item.usageName, item.infraId),
                keyOf(item.applicationId, item.usageName, {})};
        std::optional<Decimal> price;
        for (const PriceKey &candidate : candidates) {
            const auto found = byKey.constFind(candidate);
            if (found == byKey.constEnd())
                continue;
            price = entries.at(*found).price;
            used[*found] = true;
            break;
        }
        match.prices.append(price);
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (!used.at(i))
            match.unmatched.append(entries.at(i));
    }
    return match;
}

} // namespace csp
