#pragma once

#include "core/productrow.h"

#include <QTreeWidget>

namespace csp {

// Products to enable on a tenant, by name under their applications, each with its storage and
// offering item beside it: an item served on two storages is two lines, ticked one by one. An
// application's box checks or clears all of its products.
class ProductChoiceTree : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, StorageColumn, ItemColumn };
    static constexpr int MinimumRows = 10;

    explicit ProductChoiceTree(QWidget *parent = nullptr);

    // One line per product (an offering item on one storage). Returns how many.
    int fill(const QList<ProductRow> &rows);
    QList<ProductKey> checkedProducts() const;
    void setCheckedProducts(const QList<ProductKey> &products);
    // Room for the header and MinimumRows lines: choosing should not need a maximised window.
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

private:
    QList<QTreeWidgetItem *> productLines() const;
    int rowHeight() const;

    QList<ProductKey> m_keys; // a line's Qt::UserRole is its index here
};

} // namespace csp
