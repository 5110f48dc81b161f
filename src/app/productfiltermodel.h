#pragma once

#include <QSortFilterProxyModel>

namespace csp {

class ProductTableModel;

// The products page's filters (instance, application, edition, retired, search text) and
// sorting by the underlying values.
class ProductFilterModel : public QSortFilterProxyModel
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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void changed();

    ProductTableModel *m_products = nullptr;
    QString m_instanceId;
    QString m_application;
    QString m_edition;
    bool m_showRetired = false;
    QString m_search; // lower case
};

} // namespace csp
