#include "frozencolumnview.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QSignalBlocker>

namespace csp {

FrozenColumnView::FrozenColumnView(QWidget *parent, int frozenColumn)
    : QTableView(parent)
    , m_column(frozenColumn)
    , m_frozen(new QTableView(this))
{
    m_frozen->setObjectName(QStringLiteral("frozenColumn"));
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->verticalHeader()->hide();
    m_frozen->horizontalHeader()->setSectionsMovable(false);
    m_frozen->horizontalHeader()->setSortIndicatorShown(true);
    m_frozen->horizontalHeader()->setSectionsClickable(true);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setFrameShape(QFrame::NoFrame);
    m_frozen->setWordWrap(false);
    viewport()->stackUnder(m_frozen);
    // Rows are what the two views share: a row is chosen in both, whichever was clicked.
    setSelectionBehavior(SelectRows);
    m_frozen->setSelectionBehavior(SelectRows);
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerPixel);
    m_frozen->setVerticalScrollMode(ScrollPerPixel);

    QHeaderView *header = horizontalHeader();
    QHeaderView *frozenHeader = m_frozen->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this, [this](int section, int, int size) {
        if (section == m_column) {
            m_frozen->setColumnWidth(m_column, size);
            placeFrozenView();
        }
    });
    connect(frozenHeader, &QHeaderView::sectionResized, this, [this](int section, int, int size) {
        if (section == m_column && columnWidth(m_column) != size)
            setColumnWidth(m_column, size);
    });
    connect(header, &QHeaderView::sectionMoved, this, [this] { keepFrozenColumnFirst(); });
    connect(header, &QHeaderView::sortIndicatorChanged, frozenHeader,
            [frozenHeader](int section, Qt::SortOrder order) {
                const QSignalBlocker blocker(frozenHeader);
                frozenHeader->setSortIndicator(section, order);
            });
    connect(frozenHeader, &QHeaderView::sectionClicked, this, [this, header](int section) {
        const bool flip = header->sortIndicatorSection() == section &&
                header->sortIndicatorOrder() == Qt::AscendingOrder;
        sortByColumn(section, flip ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(),
            &QAbstractSlider::setValue);
    // A click in the names column works the table: the keyboard goes on from there.
    connect(m_frozen, &QAbstractItemView::pressed, this, [this] { setFocus(); });
}

void FrozenColumnView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    m_frozen->setModel(model);
    m_frozen->setSelectionModel(selectionModel());
    if (model) {
        connect(model, &QAbstractItemModel::columnsInserted, this,
                &FrozenColumnView::showOnlyTheFrozenColumn);
        connect(model, &QAbstractItemModel::modelReset, this,
                &FrozenColumnView::showOnlyTheFrozenColumn);
    }
    showOnlyTheFrozenColumn();
}

void FrozenColumnView::setSelectionModel(QItemSelectionModel *selectionModel)
{
    QTableView::setSelectionModel(selectionModel);
    if (selectionModel && m_frozen->model() == selectionModel->model()) // setModel() sets both
        m_frozen->setSelectionModel(selectionModel);
}

void FrozenColumnView::showOnlyTheFrozenColumn()
{
    if (!model())
        return;
    m_frozen->setAlternatingRowColors(alternatingRowColors());
    m_frozen->setEditTriggers(editTriggers());
    m_frozen->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    for (int column = 0; column < model()->columnCount(); ++column)
        m_frozen->setColumnHidden(column, column != m_column);
    m_frozen->setColumnWidth(m_column, columnWidth(m_column));
    keepFrozenColumnFirst();
    placeFrozenView();
}

void FrozenColumnView::keepFrozenColumnFirst()
{
    QHeaderView *header = horizontalHeader();
    if (header->count() <= m_column)
        return;
    header->setSectionHidden(m_column, false);
    if (header->visualIndex(m_column) != 0) {
        const QSignalBlocker blocker(header);
        header->moveSection(header->visualIndex(m_column), 0);
        viewport()->update();
    }
}

void FrozenColumnView::placeFrozenView()
{
    m_frozen->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    const int left = frameWidth() + (verticalHeader()->isVisible() ? verticalHeader()->width() : 0);
    const int headerHeight = horizontalHeader()->isHidden() ? 0 : horizontalHeader()->height();
    m_frozen->setGeometry(left, frameWidth(), columnWidth(m_column),
                          viewport()->height() + headerHeight);
    m_frozen->horizontalHeader()->setFixedHeight(headerHeight);
}

void FrozenColumnView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    placeFrozenView();
}

void FrozenColumnView::updateGeometries()
{
    QTableView::updateGeometries();
    placeFrozenView();
}

QModelIndex FrozenColumnView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = QTableView::moveCursor(cursorAction, modifiers);
    // A cell reached with the keyboard must not stay hidden under the frozen column.
    const int covered = columnWidth(m_column);
    if (current.isValid() && current.column() != m_column && visualRect(current).left() < covered)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() +
                                        visualRect(current).left() - covered);
    return current;
}

void FrozenColumnView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (index.column() != m_column) {
        QTableView::scrollTo(index, hint);
        return;
    }
    // Only up and down: the frozen column is always in sight.
    const int across = horizontalScrollBar()->value();
    QTableView::scrollTo(index, hint);
    horizontalScrollBar()->setValue(across);
}

bool FrozenColumnView::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    if (index.isValid() && index.column() == m_column && trigger != NoEditTriggers &&
        (editTriggers() & trigger || trigger == AllEditTriggers)) {
        m_frozen->edit(index); // the name's editor opens where the name is seen
        return true;
    }
    return QTableView::edit(index, trigger, event);
}

} // namespace csp
