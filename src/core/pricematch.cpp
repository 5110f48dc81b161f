#include "pricematch.h"

#include <QHash>

#include <array>

namespace csp {

namespace {

// An application's name at a storage (none: empty). The texts are shared, not copied, and the
// hash is made of the texts' own, each computed once: a catalogue of 20,000 items looks up four
// keys an item, all of its application and most of its storage.
struct PriceKey
{
    QString applicationId;
    QString name;
    QString infraId;
    size_t hash = 0;

    bool operator==(const PriceKey &other) const
    {
        return hash == other.hash && applicationId == other.applicationId && name == other.name &&
                infraId == other.infraId;
    }
};

size_t qHash(const PriceKey &key, size_t seed)
{
    return ::qHash(key.hash, seed);
}

// The texts of a key and their hashes.
struct HashedText
{
    const QString &text;
    size_t hash;
};

HashedText hashed(const QString &text)
{
    return {text, ::qHash(text)};
}

PriceKey keyOf(const HashedText &applicationId, const HashedText &name, const HashedText &infraId)
{
    QtPrivate::QHashCombine combine;
    return {applicationId.text, name.text, infraId.text,
            combine(combine(combine(0, applicationId.hash), name.hash), infraId.hash)};
}

} // namespace

PriceMatch matchPrices(const QList<PricedItem> &items, const QList<ServedPriceEntry> &entries)
{
    PriceMatch match;
    QHash<PriceKey, qsizetype> byKey; // the first entry of each application, name and storage
    QList<bool> used(entries.size(), false);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const ServedPriceEntry &entry = entries.at(i);
        const PriceKey key =
                keyOf(hashed(entry.applicationId), hashed(entry.name), hashed(entry.infraId));
        if (byKey.contains(key)) {
            match.repeated.append(entry);
            used[i] = true; // reported as repeated, not as matching nothing
            continue;
        }
        byKey.insert(key, i);
    }
    match.prices.reserve(items.size());
    const QString none;
    const HashedText noStorage = hashed(none);
    for (const PricedItem &item : items) {
        const HashedText application = hashed(item.applicationId);
        const HashedText storage = hashed(item.infraId);
        const HashedText offeringItem = hashed(item.offeringItem);
        const HashedText usageName = hashed(item.usageName);
        const std::array<PriceKey, 4> candidates{keyOf(application, offeringItem, storage),
                                                 keyOf(application, offeringItem, noStorage),
                                                 keyOf(application, usageName, storage),
                                                 keyOf(application, usageName, noStorage)};
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
