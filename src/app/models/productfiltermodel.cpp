#include "productfiltermodel.h"

#include "producttablemodel.h"

#include <algorithm>
#include <numeric>

namespace csp {

ProductFilterModel::ProductFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{ }

void ProductFilterModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    if (sourceModel())
        sourceModel()->disconnect(this);
    m_products = qobject_cast<ProductTableModel *>(model);
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &ProductFilterModel::rebuild);
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles) {
                    // An edited row stays where it is until the next sort or filter; just repaint
                    // it.
                    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                        const QModelIndex first =
                                mapFromSource(sourceModel()->index(row, topLeft.column()));
                        if (first.isValid())
                            emit dataChanged(first, index(first.row(), bottomRight.column()),
                                             roles);
                    }
                });
        connect(model, &QAbstractItemModel::headerDataChanged, this,
                &QAbstractItemModel::headerDataChanged);
    }
    sortSource();
    filterRows();
    endResetModel();
}

void ProductFilterModel::rebuild()
{
    beginResetModel();
    sortSource();
    filterRows();
    endResetModel();
}

void ProductFilterModel::refilter()
{
    beginResetModel();
    filterRows();
    endResetModel();
}

void ProductFilterModel::setInstanceId(const QString &id)
{
    if (std::exchange(m_instanceId, id) != id)
        refilter();
}

void ProductFilterModel::setApplication(const QString &name)
{
    if (std::exchange(m_application, name) != name)
        refilter();
}

void ProductFilterModel::setEdition(const QString &edition)
{
    if (std::exchange(m_edition, edition) != edition)
        refilter();
}

void ProductFilterModel::setShowRetired(bool show)
{
    if (std::exchange(m_showRetired, show) != show)
        refilter();
}

void ProductFilterModel::setSearchText(const QString &text)
{
    const QByteArray lower = text.trimmed().toLower().toUtf8();
    if (std::exchange(m_search, lower) != lower)
        refilter();
}

void ProductFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    for (const QModelIndex &index : before)
        sourceRows.append(m_shown.at(size_t(index.row())));
    m_sortColumn = column;
    m_sortOrder = order;
    sortSource();
    filterRows();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = m_proxyOf.at(size_t(sourceRows.at(i)));
        after.append(row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ProductFilterModel::sortSource()
{
    const int count = m_products ? m_products->rowCount() : 0;
    m_sorted.resize(size_t(count));
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
    if (!m_products || m_sortColumn < 0 || m_sortColumn >= ProductTableModel::ColumnCount)
        return;
    const auto column = ProductTableModel::Column(m_sortColumn);
    const auto sortBy = [this](auto less) {
        if (m_sortOrder == Qt::AscendingOrder)
            std::stable_sort(m_sorted.begin(), m_sorted.end(), less);
        else
            std::stable_sort(m_sorted.begin(), m_sorted.end(),
                             [&](int a, int b) { return less(b, a); });
    };
    if (ProductTableModel::isText(column)) {
        m_products->buildSortKeys(column); // once, up front, and only for this column
        return sortBy([&](int a, int b) {
            return m_products->sortKey(a, column).compare(m_products->sortKey(b, column)) < 0;
        });
    }
    // Numbers and times: read once into plain integers; no price sorts first.
    std::vector<qint64> values(static_cast<size_t>(count));
    std::vector<char> missing(static_cast<size_t>(count));
    for (int row = 0; row < count; ++row) {
        const QVariant value = m_products->underlying(row, column);
        missing[size_t(row)] = value.isNull();
        values[size_t(row)] = value.toLongLong();
    }
    sortBy([&](int a, int b) {
        if (missing[size_t(a)] || missing[size_t(b)])
            return missing[size_t(a)] && !missing[size_t(b)];
        return values[size_t(a)] < values[size_t(b)];
    });
}

void ProductFilterModel::filterRows()
{
    m_shown.clear();
    m_proxyOf.assign(m_sorted.size(), -1);
    for (int source : m_sorted) {
        if (accepts(source)) {
            m_proxyOf[size_t(source)] = int(m_shown.size());
            m_shown.push_back(source);
        }
    }
}

bool ProductFilterModel::accepts(int sourceRow) const
{
    const Product &product = m_products->row(sourceRow).product;
    if (!m_showRetired && product.retired)
        return false;
    if (!m_instanceId.isEmpty() && product.instanceId != m_instanceId)
        return false;
    if (!m_application.isEmpty() && product.applicationName != m_application)
        return false;
    if (!m_edition.isEmpty() && product.key.edition != m_edition)
        return false;
    return m_search.isEmpty() || m_products->matches(sourceRow, m_search);
}

QModelIndex ProductFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ProductFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int ProductFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ProductFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

QModelIndex ProductFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.row() >= int(m_shown.size()))
        return {};
    return sourceModel()->index(m_shown.at(size_t(proxyIndex.row())), proxyIndex.column());
}

QModelIndex ProductFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || size_t(sourceIndex.row()) >= m_proxyOf.size())
        return {};
    const int row = m_proxyOf.at(size_t(sourceIndex.row()));
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

} // namespace csp
