#include "monthchoice.h"

#include <QLocale>

namespace csp {

void fillClosedMonths(QComboBox *combo, int count)
{
    const QDate today = QDate::currentDate();
    const QDate thisMonth(today.year(), today.month(), 1);
    for (int back = 1; back <= count; ++back) {
        const QDate month = thisMonth.addMonths(-back);
        combo->addItem(QLocale().toString(month, QStringLiteral("MMMM yyyy")), month);
    }
}

} // namespace csp
