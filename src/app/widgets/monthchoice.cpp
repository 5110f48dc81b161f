#include "monthchoice.h"

#include "core/month.h"

#include <QCoreApplication>
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

void fillRecentMonths(QComboBox *combo, int closedCount)
{
    const QDate thisMonth = currentMonth();
    combo->addItem(
            QCoreApplication::translate("MonthChoice", "%1 (current)").arg(monthName(thisMonth)),
            thisMonth);
    fillClosedMonths(combo, closedCount);
}

} // namespace csp
