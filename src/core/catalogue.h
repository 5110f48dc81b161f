#pragma once

#include "decimal.h"
#include "instance.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace csp {

// What identifies a product within its instance: one offering item of one application, edition
// and storage.
struct ProductKey
{
    QString applicationId;
    QString offeringItem;
    QString edition; // empty: editionless
    QString infraId; // empty: not a storage item

    bool operator==(const ProductKey &) const = default;
};

size_t qHash(const ProductKey &key, size_t seed = 0);

// One item as the gateway serves it now, with the labels and price that go with it.
struct ServedProduct
{
    ProductKey key;
    QString applicationName;
    QString usageName;
    QString itemType;        // count, feature, infra
    QString measurementUnit; // quantity, bytes, seconds, n/a
    QString infraName;
    std::optional<Decimal> price;
    QString priceCurrency;
};

enum class PriceSource { None, Served, Manual };

// A product as the catalogue keeps it.
struct Product
{
    QString id;
    QString instanceId;
    ProductKey key;
    QString applicationName;
    QString usageName;
    QString itemType;
    QString measurementUnit;
    QString infraName;
    QString name;        // the name the billing platform uses
    QString acronisName; // the name derived from what Acronis serves now
    std::optional<Decimal> sellPrice;
    QString priceCurrency;
    PriceSource priceSource = PriceSource::None;
    bool retired = false;
    QString firstSeenAt;
    QString changedAt;
    // Raised by every write of the product; a hand edit based on an older one is refused.
    qint64 version = 0;
    QString changedBy; // user@host of the last write
};

QString priceSourceKey(PriceSource source);
PriceSource priceSourceFromKey(QStringView key);

// The product name derived from what Acronis serves: "Protection Per Workload – Workstations",
// "Protection Per Gigabyte – Cloud storage (Acronis Cloud EU)".
QString deriveProductName(const QString &applicationName, const QString &edition,
                          const QString &offeringItem, const QString &usageName,
                          const QString &infraName);
QString editionLabel(const QString &edition);

// What products sort by and are searched in, alike on every engine and in every language:
// the names case-folded (SQLite's own case rules know only ASCII).
QString productNameKey(const QString &name);
QString productSearchKey(const QString &name, const QString &acronisName,
                         const QString &offeringItem, const QString &infraName);
// What is typed into a product search, folded as productSearchKey is: the command line's
// catalogue search and the window's product filter both match with it.
QString productSearchQuery(const QString &typed);

// The unit a product is sold in, for people: "GB" for bytes, "hours" for seconds, "items" for
// quantities, "—" for features.
QString soldUnitLabel(const QString &measurementUnit);
// A quantity with its unit, the unit's word agreeing with the number: "1 item", "3 items",
// "250 GB", "1.5 hours" (the figure exact, in `locale`); the figure alone for a feature.
QString quantityWithUnit(Decimal quantity, const QString &measurementUnit, const QLocale &locale);
// What one unit is called, for "at 0.0410 EUR per GB": "GB", "hour", "item"; empty for a feature.
QString unitOfOne(const QString &measurementUnit);

// The stored products of an instance and the catalogue's revision when they were read (raised
// by every write, so that a comparison knows whether it is still current).
struct StoredCatalogue
{
    qint64 revision = 0;
    QList<Product> products;
};

enum class ChangeKind { Added, Renamed, Updated, Retired, Unchanged };
QString changeKindKey(ChangeKind kind);
// The kind a key of changeKindKey() names; Unchanged for any other text.
ChangeKind changeKindFromKey(QStringView key);

struct ProductChange
{
    ChangeKind kind = ChangeKind::Unchanged;
    Product product;                 // as it is after the run
    QString oldName;                 // for a rename
    QStringList fields;              // what changed, for an update: "unit", "price", "status", …
    std::optional<Decimal> oldPrice; // the sell price before, when "price" changed
    bool priceChanged() const;       // price, its currency or its source
};

struct CatalogueDiff
{
    QList<ProductChange> changes; // every product, unchanged ones included
    QStringList warnings;

    // The changes and warnings of `more` after these.
    void append(CatalogueDiff &&more);
    int count(ChangeKind kind) const;
    bool hasChanges() const;
    // The changes without the unchanged products, in the order people read them: added,
    // renamed, updated, retired, each kind by product name (the preview and the CLI alike).
    // They point into `changes`: valid while the diff is, unchanged.
    QList<const ProductChange *> changesToReview() const;
};

// Compares what the gateway serves with the stored products of one instance, in parts when the
// served products arrive in parts: compare() gives the changes of one part, finish() those of
// the stored products that no part served (retired) and the currency warnings. `stored` and
// `instance` must outlive the comparison.
class CatalogueComparison
{
public:
    CatalogueComparison(const QList<Product> &stored, const Instance &instance, QString now);
    CatalogueDiff compare(const QList<ServedProduct> &served);
    CatalogueDiff compare(std::span<const ServedProduct> served);
    CatalogueDiff finish();

private:
    const QList<Product> &m_stored;
    const Instance &m_instance;
    const QString m_now;
    QHash<ProductKey, const Product *> m_byKey;
    QSet<ProductKey> m_seen;
    QSet<QString> m_foreignCurrencies;
};

// Compares what the gateway serves with the stored products of one instance. New items are
// added; items no longer served are retired (never deleted); names follow `policy`; served
// prices replace served prices, a price set by hand stays unless the gateway now serves one.
// `now` stamps what changes. A served currency other than `primaryCurrency` is a warning.
CatalogueDiff diffCatalogue(const QList<Product> &stored, const QList<ServedProduct> &served,
                            const Instance &instance, const QString &now);

} // namespace csp

// Moved in memory without copying when a list grows.
Q_DECLARE_TYPEINFO(csp::ProductKey, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(csp::Product, Q_RELOCATABLE_TYPE);
