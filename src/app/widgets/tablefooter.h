#pragma once

#include "frozencolumnview.h"

namespace csp {

// A row under a table that belongs to it (totals): its cells stay under the table's columns
// however these are sized, moved or scrolled sideways, and its first column stays in place
// like the table's. It has no header and no scroll bars of its own; its viewport is as wide as
// the table's, so both scroll the same distance.
class TableFooter : public FrozenColumnView
{
    Q_OBJECT

public:
    explicit TableFooter(QWidget *parent = nullptr);

    // The table whose columns this row follows.
    void follow(QTableView *table);
    // One row high, whatever the font.
    void fitHeight();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void copyColumns();

    QTableView *m_table = nullptr;
    // Compared with, never called: while the table is destroyed its viewport still sends events
    // here, and the table is no longer a QAbstractScrollArea to ask.
    const QObject *m_tableViewport = nullptr;
};

} // namespace csp
