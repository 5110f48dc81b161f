#pragma once

#include "core/catalogue.h"
#include "core/productrow.h"
#include "core/result.h"
#include "database.h"
#include "syncrunrepository.h"

#include <QSqlQuery>

#include <memory>

namespace csp {

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
    // apply in two steps: the rows, made on any thread (no database is needed), so that a sync
    // makes them while it writes those made before; then their write.
    struct Rows
    {
        QString instanceId; // empty: nothing changed
        QList<QVariantList> added;
        QList<QVariantList> updated;
        QList<QVariantList> changes;
        QList<QVariantList> prices;
    };
    static Rows rowsOf(const CatalogueDiff &diff, const QString &runId);
    Status write(const Rows &rows);
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
