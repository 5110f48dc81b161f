#pragma once

#include "core/productrow.h"

#include <QDialog>

namespace csp {

class ProductChoiceTree;

// Change Products: the products enabled on a service provider's tenant, checked as they are at
// Acronis now; what is unchecked is disabled there.
class ChangeItemsDialog : public QDialog
{
    Q_OBJECT

public:
    ChangeItemsDialog(const QString &providerName, const QList<ProductRow> &products,
                      const QList<ProductKey> &enabledProducts, QWidget *parent = nullptr);

    QList<ProductKey> checkedProducts() const;

private:
    ProductChoiceTree *m_tree = nullptr;
};

} // namespace csp
