#include "notinvoicednotice.h"

#include "core/month.h"

#include <QCoreApplication>
#include <QLabel>

namespace csp {

void showNotInvoiced(QLabel *label, const QList<NotInvoiced> &providers, QDate month)
{
    label->setVisible(!providers.isEmpty());
    if (providers.isEmpty())
        return label->clear();
    QStringList lines{QCoreApplication::translate("NotInvoicedNotice",
                                                  "With usage in %1 but no invoice for it:")
                              .arg(monthKey(month))
                              .toHtmlEscaped()};
    for (const NotInvoiced &provider : providers)
        lines << QStringLiteral("\u2022 ") + InvoiceEligibility::describe(provider).toHtmlEscaped();
    label->setTextFormat(Qt::RichText);
    label->setText(lines.join(QStringLiteral("<br>")));
}

} // namespace csp
