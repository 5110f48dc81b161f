#pragma once

#include "core/result.h"
#include "storage/productrepository.h"

#include <QCoreApplication>
#include <QLocale>

#include <memory>

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
    // A sell price typed by hand (in `locale`), for a product whose price Acronis does not serve.
    Outcome setManualPrice(const QString &productId, const QString &priceText,
                           const QLocale &locale = QLocale::c());

    ProductRepository &repository() { return m_products; }

private:
    Result<ProductRow> find(const QString &productId) const;

    std::shared_ptr<Database> m_database;
    ProductRepository m_products;
};

} // namespace csp
