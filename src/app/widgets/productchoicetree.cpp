#include "productchoicetree.h"

#include <QMap>
#include <QSet>

namespace csp {

ProductChoiceTree::ProductChoiceTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setAccessibleName(tr("Products to enable"));
    setColumnCount(2);
    setHeaderLabels({tr("Product"), tr("Offering item")});
    setRootIsDecorated(true);
}

int ProductChoiceTree::fill(const QList<ProductRow> &rows)
{
    QMap<QString, QMap<QString, QString>> byApplication; // application -> name -> item
    QSet<QString> seen;
    for (const ProductRow &row : rows) {
        const Product &product = row.product;
        if (seen.contains(product.key.offeringItem))
            continue;
        seen.insert(product.key.offeringItem);
        byApplication[product.applicationName].insert(product.name, product.key.offeringItem);
    }
    const QSignalBlocker blocker(this);
    clear();
    for (auto application = byApplication.cbegin(); application != byApplication.cend();
         ++application) {
        auto *group = new QTreeWidgetItem(this, {application.key()});
        group->setFlags(group->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        group->setCheckState(0, Qt::Unchecked);
        for (auto product = application->cbegin(); product != application->cend(); ++product) {
            auto *item = new QTreeWidgetItem(group, {product.key(), product.value()});
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Unchecked);
            item->setData(0, Qt::UserRole, product.value());
            item->setForeground(1, palette().brush(QPalette::PlaceholderText));
        }
    }
    expandAll();
    resizeColumnToContents(0);
    return int(seen.size());
}

QStringList ProductChoiceTree::checkedItems() const
{
    QStringList items;
    for (int group = 0; group < topLevelItemCount(); ++group) {
        const QTreeWidgetItem *application = topLevelItem(group);
        for (int row = 0; row < application->childCount(); ++row) {
            if (application->child(row)->checkState(0) == Qt::Checked)
                items.append(application->child(row)->data(0, Qt::UserRole).toString());
        }
    }
    return items;
}

void ProductChoiceTree::setCheckedItems(const QStringList &offeringItems)
{
    for (int group = 0; group < topLevelItemCount(); ++group) {
        QTreeWidgetItem *application = topLevelItem(group);
        for (int row = 0; row < application->childCount(); ++row) {
            QTreeWidgetItem *item = application->child(row);
            item->setCheckState(0,
                                offeringItems.contains(item->data(0, Qt::UserRole).toString())
                                        ? Qt::Checked
                                        : Qt::Unchecked);
        }
    }
}

} // namespace csp
