#pragma once

#include "core/productrow.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QLocale>

#include <memory>

namespace csp {
class Database;
}

namespace csp {

// Edits of products by hand, with the rules both programs follow.
class ProductService
{
    Q_DECLARE_TR_FUNCTIONS(ProductService)

public:
    explicit ProductService(std::shared_ptr<Database> database);

    struct Outcome
    {
        Status status = success();
        QString notice; // what the admin should know, e.g. that the next sync renames it back
    };

    // A new billing name for the product. With the "update" name policy the next Get Services
    // Definition puts the Acronis name back; the notice says so.
    Outcome rename(const QString &productId, const QString &newName);
    // The same for the product as the admin saw it: refused with a Conflict naming the change
    // when another program wrote it since (its version).
    Outcome rename(const Product &basedOn, const QString &newName);
    // Which product of an instance an offering item names, narrowed by edition and storage
    // where given (an empty edition or storage names the editionless or storage-less one). One
    // product, or InvalidInput naming the candidates when several match, NotFound when none.
    struct ItemSelector
    {
        QString instanceId;
        QString offeringItem;
        std::optional<QString> edition;
        std::optional<QString> infraId;
    };
    Result<ProductRow> findItem(const ItemSelector &selector) const;

    // A sell price typed by hand (in `locale`), for a product whose price Acronis does not
    // serve; in effect from now, in the product's history and the price history.
    Outcome setManualPrice(const ItemSelector &selector, const QString &priceText,
                           const QLocale &locale = QLocale::c());
    // The same for the product as the admin saw it, refused like rename when it is stale.
    Outcome setManualPrice(const Product &basedOn, const QString &priceText, const QLocale &locale);
    // The price rule of both programs: at least 0, at most four decimals (what Acronis accepts),
    // written in `locale`; InvalidInput naming the field and the rule otherwise.
    static Result<Decimal> parsePrice(const QString &text, const QLocale &locale,
                                      const QString &field);

private:
    Result<ProductRow> find(const QString &productId) const;
    Outcome renameRow(const ProductRow &row, const Product &basedOn, const QString &newName);
    Outcome setPriceOf(const ProductRow &row, const Product &basedOn, Decimal price,
                       const QLocale &locale);

    std::shared_ptr<Database> m_database;
};

} // namespace csp
