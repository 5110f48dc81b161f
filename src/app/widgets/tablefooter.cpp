#include "tablefooter.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>

namespace csp {

TableFooter::TableFooter(QWidget *parent)
    : FrozenColumnView(parent)
{
    for (QTableView *view : {static_cast<QTableView *>(this), frozenView()}) {
        view->horizontalHeader()->hide();
        view->verticalHeader()->hide();
    }
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setEditTriggers(NoEditTriggers);
    setSelectionMode(NoSelection);
    setFocusPolicy(Qt::NoFocus);
}

void TableFooter::follow(QTableView *table)
{
    m_table = table;
    table->setHorizontalScrollMode(ScrollPerPixel);
    QHeaderView *header = table->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this, &TableFooter::copyColumns);
    connect(header, &QHeaderView::sectionMoved, this, &TableFooter::copyColumns);
    connect(header, &QHeaderView::geometriesChanged, this, &TableFooter::copyColumns);
    QScrollBar *across = table->horizontalScrollBar();
    connect(across, &QAbstractSlider::valueChanged, horizontalScrollBar(),
            &QAbstractSlider::setValue);
    connect(across, &QAbstractSlider::rangeChanged, this,
            [this, across] { horizontalScrollBar()->setValue(across->value()); });
    // The table's vertical scroll bar narrows its viewport, and so where its columns end.
    m_tableViewport = table->viewport();
    table->viewport()->installEventFilter(this);
    copyColumns();
}

void TableFooter::fitHeight()
{
    const int row = verticalHeader()->defaultSectionSize();
    setFixedHeight(row + 2 * frameWidth());
}

// Sizes, order and sideways position as the table has them.
void TableFooter::copyColumns()
{
    if (!m_table || !model())
        return;
    const QHeaderView *from = m_table->horizontalHeader();
    QHeaderView *to = horizontalHeader();
    const int count = std::min(from->count(), to->count());
    for (int visual = 0; visual < count; ++visual) {
        const int logical = from->logicalIndex(visual);
        if (to->visualIndex(logical) != visual)
            to->moveSection(to->visualIndex(logical), visual);
        setColumnWidth(logical, from->sectionSize(logical));
    }
    if (count > 0) {
        // Where the table's vertical scroll bar takes room, this row (which has none) is that
        // much wider: its last column takes the difference, so both scroll as far.
        const int room = viewport()->width() - m_table->viewport()->width();
        const int last = from->logicalIndex(count - 1);
        setColumnWidth(last, from->sectionSize(last) + std::max(0, room));
    }
    horizontalScrollBar()->setValue(m_table->horizontalScrollBar()->value());
}

void TableFooter::resizeEvent(QResizeEvent *event)
{
    FrozenColumnView::resizeEvent(event);
    copyColumns();
}

bool TableFooter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_tableViewport)
        copyColumns();
    return FrozenColumnView::eventFilter(watched, event);
}

} // namespace csp
