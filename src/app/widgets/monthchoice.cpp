#include "monthchoice.h"

#include "core/month.h"

#include <QLocale>

namespace csp {

void fillClosedMonths(QComboBox *combo, int count)
{
    const QDate thisMonth = currentMonth();
    for (int back = 1; back <= count; ++back) {
        const QDate month = thisMonth.addMonths(-back);
        combo->addItem(monthName(month), month);
    }
}

QString monthName(QDate month)
{
    return QLocale().toString(month, QStringLiteral("MMMM yyyy"));
}

} // namespace csp
