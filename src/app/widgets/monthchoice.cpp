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

QString closedMonthHint(const QComboBox *instance, const QComboBox *month, const QString &ready)
{
    if (instance->currentIndex() < 0)
        return QCoreApplication::translate("MonthChoice",
                                           "No Acronis account is linked yet: link one on the "
                                           "Applications Setup page first.");
    if (month->currentIndex() < 0)
        return QCoreApplication::translate("MonthChoice", "Choose a closed month.");
    return ready.arg(month->currentText(), instance->currentText());
}

} // namespace csp
