#pragma once

#include <QAbstractProxyModel>

#include <vector>

namespace csp {

class ProductTableModel;

// The products page's filters (instance, application, edition, retired, search text) and
// sorting. Rather than QSortFilterProxyModel's row-by-row updates, which stall a view of 100,000
// rows when a filter widens, it keeps the source rows in sorted order once and filters that
// order with a linear scan: a keystroke costs one pass and one model reset.
class ProductFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit ProductFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void setInstanceId(const QString &id);
    void setApplication(const QString &name);
    void setEdition(const QString &edition);
    void setShowRetired(bool show);
    void setSearchText(const QString &text);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    bool accepts(int sourceRow) const;
    void sortSource(); // orders every source row by the sort column
    void filterRows(); // keeps the accepted rows, in that order
    void refilter();
    void rebuild();

    ProductTableModel *m_products = nullptr;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_sorted;  // all source rows, in sort order
    std::vector<int> m_shown;   // proxy row → source row
    std::vector<int> m_proxyOf; // source row → proxy row, or -1
    QString m_instanceId;
    QString m_application;
    QString m_edition;
    bool m_showRetired = false;
    QByteArray m_search; // lower case, UTF-8
};

} // namespace csp
