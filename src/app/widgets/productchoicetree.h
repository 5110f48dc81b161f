#pragma once

#include "core/productrow.h"

#include <QTreeWidget>

namespace csp {

// Products to enable on a tenant, by name under their applications, each with its offering
// item beside it; an application's box checks or clears all of its products.
class ProductChoiceTree : public QTreeWidget
{
    Q_OBJECT

public:
    explicit ProductChoiceTree(QWidget *parent = nullptr);

    // One line per offering item (the first product of an item names it). Returns how many.
    int fill(const QList<ProductRow> &rows);
    QStringList checkedItems() const;
    void setCheckedItems(const QStringList &offeringItems);
};

} // namespace csp
