#pragma once

#include "core/moneycolumn.h"
#include "core/productrow.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QCollatorSortKey>
#include <QIcon>

#include <functional>
#include <optional>
#include <vector>

namespace csp {

// Every product of every instance, as rows in memory (loaded from the catalogue at once: 100,000
// rows take a fraction of a second and ~100 MB). Sorting uses UnderlyingDataRole, so prices sort
// as numbers, times as times and text with the user's collation.
class ProductTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // In the order they are shown: the name, then the money, then what describes the product;
    // the ones after Status are rarely needed and start hidden (isShownAtFirst).
    enum Column {
        Name,
        SellPrice,
        CostPrice,
        Margin,
        MarginPercent,
        Currency,
        Application,
        Edition,
        Unit,
        Storage,
        Status,
        OfferingItem,
        ProductType,
        AcronisName,
        FirstSeen,
        LastChanged,
        ColumnCount
    };
    enum Role { UnderlyingDataRole = Qt::UserRole + 1, ProductIdRole, InstanceIdRole };

    // What an edit in the Name or Sell price column did.
    struct EditResult
    {
        QString error;                   // why nothing changed
        bool stale = false;              // another program changed the product since it was read
        QString notice;                  // what the admin should know about the change
        std::optional<ProductRow> saved; // the row as stored now
    };
    using Editor =
            std::function<EditResult(const ProductRow &row, Column column, const QString &text)>;

    explicit ProductTableModel(QObject *parent = nullptr);

    void setRows(QList<ProductRow> rows);
    void setEditor(Editor editor) { m_editor = std::move(editor); }
    const ProductRow &row(int index) const { return m_rows.at(index); }
    // Whether the search text (lower case, UTF-8) is in the row's names, offering item or storage.
    bool matches(int index, const QByteArray &lowerUtf8) const;
    // Collation keys of one text column, for fast sorting; building them for a column drops
    // those of the others (they take memory: ~100 bytes a row).
    void buildSortKeys(Column column) const;
    const QCollatorSortKey &sortKey(int index, Column column) const;
    static bool isText(Column column);
    static bool isMoney(Column column);
    static QIcon setByHandIcon();
    static bool isShownAtFirst(Column column) { return column <= Status; }
    // Replaces one row after an edit, e.g. with what was read back from the catalogue.
    void replaceRow(int index, const ProductRow &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // The text of a cell as shown, as given to its editor, and its value for sorting.
    QString displayText(int row, Column column) const;
    QString editText(int row, Column column) const;
    QVariant underlying(int row, Column column) const;

    // Values computed once per row, so that showing and sorting need no parsing.
    struct Derived
    {
        qint64 firstSeenMs = 0;
        qint64 changedMs = 0;
        std::optional<Decimal> cost;
        std::optional<Decimal> margin;
        std::optional<Decimal> marginPercent;
        QString currency;
    };
    // The digits of the three money columns, each as its most precise figure needs (so that
    // the decimal points line up), over all rows, whatever the filter shows.
    struct MoneyColumns
    {
        MoneyColumn sell;
        MoneyColumn cost;
        MoneyColumn margin;
        void include(const ProductRow &row, const Derived &derived);
        const MoneyColumn &of(Column column) const;
    };
    // Rows with what the model computes of them, made on any thread; setLoaded() then takes
    // them without further work.
    struct Loaded
    {
        QList<ProductRow> rows;
        std::vector<Derived> derived;
        std::vector<QByteArray> search;
        MoneyColumns money;
    };
    static Loaded prepare(QList<ProductRow> rows);
    void setLoaded(Loaded loaded);

signals:
    void editFailed(const QString &message);
    // The edit was refused because the product changed since the rows were read.
    void editConflict(const QString &message);
    void editNotice(const QString &message);

private:
    static Derived derive(const ProductRow &row);
    static const QCollator &collator();
    QString toolTip(int index, Column column) const;

    QList<ProductRow> m_rows;
    std::vector<Derived> m_derived;
    std::vector<QByteArray> m_search;
    MoneyColumns m_money;
    mutable std::vector<QCollatorSortKey> m_keys; // of m_keyColumn, per row
    mutable int m_keyColumn = -1;
    Editor m_editor;
};

} // namespace csp
