#pragma once

#include "core/catalogue.h"
#include "core/result.h"
#include "database.h"
#include "syncrunrepository.h"

#include <QSqlQuery>

#include <memory>

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

// Products in the catalogue database.
class ProductRepository
{
    Q_DECLARE_TR_FUNCTIONS(ProductRepository)

public:
    explicit ProductRepository(std::shared_ptr<Database> database);

    Result<QList<Product>> forInstance(const QString &instanceId) const;
    // How often the instance's products have been written; every write below raises it.
    Result<qint64> revision(const QString &instanceId) const;
    // The storages (infra ids) the instance's products are on.
    Result<QStringList> infraIds(const QString &instanceId) const;
    Result<QList<ProductRow>> list(const ProductFilter &filter) const;
    // Writes the added and changed products of `diff` and records each change but the additions
    // under `runId`; unchanged ones are not touched. The caller holds the transaction.
    Status apply(const CatalogueDiff &diff, const QString &runId);
    // Renames a product by hand (recorded in its history). `product` is what the edit was based
    // on: when it was written since (its version), nothing is saved and a Conflict names the
    // change.
    Status rename(const Product &product, const QString &newName, const QString &now);
    // What happened to a product after it was added, oldest first: renamed, updated, retired,
    // renamed by hand…
    Result<QList<ProductHistoryEntry>> history(const QString &productId) const;
    // What one Get Services Definition run did, product by product (newName: as the run left
    // it; for an added product, its name now).
    Result<QList<ProductHistoryEntry>> changesOfRun(const SyncRun &run) const;
    // Sets a sell price by hand for a product whose price the gateway does not serve, in effect
    // from `now`, recorded in the product's history and the price history; refused like
    // rename when `product` is older than the stored one.
    Status setManualPrice(const Product &product, Decimal price, const QString &currency,
                          const QString &now);

private:
    Status bumpRevision(const QString &instanceId);
    // Runs `query`, an update of `base` on the condition that its version is unchanged.
    Status checkedUpdate(QSqlQuery &query, const Product &base, const QString &doing) const;
    static Error changedMeanwhile(const Product &base, const Product &now);

    std::shared_ptr<Database> m_database;
};

} // namespace csp

Q_DECLARE_TYPEINFO(csp::ProductRow, Q_RELOCATABLE_TYPE);
