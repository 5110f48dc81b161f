#include "productfiltermodel.h"

#include "producttablemodel.h"

namespace csp {

ProductFilterModel::ProductFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void ProductFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_products = qobject_cast<ProductTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void ProductFilterModel::changed()
{
    invalidateRowsFilter();
}

void ProductFilterModel::setInstanceId(const QString &id)
{
    if (std::exchange(m_instanceId, id) != id)
        changed();
}

void ProductFilterModel::setApplication(const QString &name)
{
    if (std::exchange(m_application, name) != name)
        changed();
}

void ProductFilterModel::setEdition(const QString &edition)
{
    if (std::exchange(m_edition, edition) != edition)
        changed();
}

void ProductFilterModel::setShowRetired(bool show)
{
    if (std::exchange(m_showRetired, show) != show)
        changed();
}

void ProductFilterModel::setSearchText(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (std::exchange(m_search, lower) != lower)
        changed();
}

bool ProductFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_products)
        return true;
    const ProductRow &row = m_products->row(sourceRow);
    const Product &product = row.product;
    if (!m_showRetired && product.retired)
        return false;
    if (!m_instanceId.isEmpty() && product.instanceId != m_instanceId)
        return false;
    if (!m_application.isEmpty() && product.applicationName != m_application)
        return false;
    if (!m_edition.isEmpty() && product.key.edition != m_edition)
        return false;
    return m_search.isEmpty() || m_products->searchText(sourceRow).contains(m_search);
}

bool ProductFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_products)
        return QSortFilterProxyModel::lessThan(left, right);
    const auto column = ProductTableModel::Column(left.column());
    if (ProductTableModel::isText(column))
        return m_products->sortKey(left.row(), column)
                       .compare(m_products->sortKey(right.row(), column)) < 0;
    const QVariant a = m_products->underlying(left.row(), column);
    const QVariant b = m_products->underlying(right.row(), column);
    if (a.isNull() || b.isNull())
        return a.isNull() && !b.isNull(); // no price sorts first
    return a.toLongLong() < b.toLongLong();
}

} // namespace csp
