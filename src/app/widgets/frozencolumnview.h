#pragma once

#include <QTableView>

namespace csp {

// A table whose first column stays in place while the others scroll sideways (the name a row is
// known by stays beside its prices). A second view over the same model and selection shows that
// column on top of the table; the two scroll and sort together, and an edit in the column opens
// in the view on top, where it can be seen. Whole rows are selected.
class FrozenColumnView : public QTableView
{
    Q_OBJECT

public:
    // The frozen column is the model's first unless told otherwise (a form gives only the parent).
    explicit FrozenColumnView(QWidget *parent = nullptr, int frozenColumn = 0);

    void setModel(QAbstractItemModel *model) override;
    void setSelectionModel(QItemSelectionModel *selectionModel) override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QTableView *frozenView() const { return m_frozen; }
    int frozenColumn() const { return m_column; }
    // After the header's state was restored: the frozen column is first again and shown.
    void keepFrozenColumnFirst();

protected:
    void resizeEvent(QResizeEvent *event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;
    void updateGeometries() override;

private:
    void showOnlyTheFrozenColumn();
    void placeFrozenView();

    int m_column;
    QTableView *m_frozen;
};

} // namespace csp
