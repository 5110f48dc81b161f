#include "productchoicetree.h"

#include <QHeaderView>
#include <QMap>
#include <QStyle>

namespace csp {

ProductChoiceTree::ProductChoiceTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setAccessibleName(tr("Products to enable"));
    setColumnCount(3);
    setHeaderLabels({tr("Product"), tr("Storage"), tr("Offering item")});
    setRootIsDecorated(true);
    setUniformRowHeights(true);
}

int ProductChoiceTree::fill(const QList<ProductRow> &rows)
{
    // application -> (name, storage) -> the product's index in m_keys
    QMap<QString, QMap<std::pair<QString, QString>, qsizetype>> byApplication;
    m_keys.clear();
    for (const ProductRow &row : rows) {
        const Product &product = row.product;
        if (m_keys.contains(product.key))
            continue;
        byApplication[product.applicationName].insert({product.name, product.infraName},
                                                      m_keys.size());
        m_keys.append(product.key);
    }
    const QSignalBlocker blocker(this);
    clear();
    for (auto application = byApplication.cbegin(); application != byApplication.cend();
         ++application) {
        auto *group = new QTreeWidgetItem(this, {application.key()});
        group->setFlags(group->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        group->setCheckState(NameColumn, Qt::Unchecked);
        for (auto product = application->cbegin(); product != application->cend(); ++product) {
            const ProductKey &key = m_keys.at(product.value());
            auto *item = new QTreeWidgetItem(
                    group, {product.key().first, product.key().second, key.offeringItem});
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(NameColumn, Qt::Unchecked);
            item->setData(NameColumn, Qt::UserRole, product.value());
            item->setForeground(ItemColumn, palette().brush(QPalette::PlaceholderText));
        }
    }
    expandAll();
    for (int column = 0; column < columnCount(); ++column)
        resizeColumnToContents(column);
    return int(m_keys.size());
}

QList<QTreeWidgetItem *> ProductChoiceTree::productLines() const
{
    QList<QTreeWidgetItem *> lines;
    for (int group = 0; group < topLevelItemCount(); ++group) {
        const QTreeWidgetItem *application = topLevelItem(group);
        for (int row = 0; row < application->childCount(); ++row)
            lines.append(application->child(row));
    }
    return lines;
}

QList<ProductKey> ProductChoiceTree::checkedProducts() const
{
    QList<ProductKey> checked;
    for (const QTreeWidgetItem *line : productLines()) {
        if (line->checkState(NameColumn) == Qt::Checked)
            checked.append(m_keys.at(line->data(NameColumn, Qt::UserRole).toInt()));
    }
    return checked;
}

void ProductChoiceTree::setCheckedProducts(const QList<ProductKey> &products)
{
    for (QTreeWidgetItem *line : productLines()) {
        const ProductKey &key = m_keys.at(line->data(NameColumn, Qt::UserRole).toInt());
        line->setCheckState(NameColumn, products.contains(key) ? Qt::Checked : Qt::Unchecked);
    }
}

int ProductChoiceTree::rowHeight() const
{
    // A check box line is at least as high as the text or the indicator, with the style's
    // padding; the first line tells exactly once there is one.
    const int measured = topLevelItemCount() > 0 ? sizeHintForRow(0) : 0;
    return qMax(measured, fontMetrics().height() + 6);
}

QSize ProductChoiceTree::minimumSizeHint() const
{
    // With room for a horizontal scroll bar: long names must not cost a line.
    const int height = header()->sizeHint().height() + MinimumRows * rowHeight() +
            2 * frameWidth() + style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    return {QTreeWidget::minimumSizeHint().width(), height};
}

QSize ProductChoiceTree::sizeHint() const
{
    return QTreeWidget::sizeHint().expandedTo(minimumSizeHint());
}

} // namespace csp
