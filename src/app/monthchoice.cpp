#include "monthchoice.h"

#include <QCoreApplication>
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

void fillRecentMonths(QComboBox *combo, int closedCount)
{
    const QDate today = QDate::currentDate();
    const QDate thisMonth(today.year(), today.month(), 1);
    combo->addItem(QCoreApplication::translate("MonthChoice", "%1 (current)")
                           .arg(QLocale().toString(thisMonth, QStringLiteral("MMMM yyyy"))),
                   thisMonth);
    fillClosedMonths(combo, closedCount);
}

} // namespace csp
