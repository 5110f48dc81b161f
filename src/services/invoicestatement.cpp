#include "invoicestatement.h"

#include "core/catalogue.h"
#include "core/money.h"
#include "core/moneycolumn.h"
#include "core/timetext.h"

#include <QLocale>

namespace csp {

namespace {

QString money(Decimal value, const QString &currency)
{
    return moneyWithCurrency(value, currency, QLocale());
}

} // namespace

QString invoiceStatementHtml(const IssuedInvoice &document, const QString &instanceName)
{
    const Invoice &invoice = document.invoice;
    const QString &currency = invoice.currency;
    const auto cell = [](const QString &text, bool right = false) {
        return QStringLiteral("<td%1>%2</td>")
                .arg(right ? QStringLiteral(" align=\"right\"") : QString(), text.toHtmlEscaped());
    };
    QString html =
            QStringLiteral("<h2>%1</h2><p>%2<br>%3<br>%4</p>")
                    .arg(InvoiceStatement::tr("Statement for %1").arg(invoice.name).toHtmlEscaped(),
                         InvoiceStatement::tr("Customer id: %1")
                                 .arg(invoice.customerId)
                                 .toHtmlEscaped(),
                         InvoiceStatement::tr("Month: %1")
                                 .arg(QLocale().toString(invoice.month,
                                                         QStringLiteral("MMMM yyyy")))
                                 .toHtmlEscaped(),
                         InvoiceStatement::tr("Contract: %1 (%2), minimum commitment %3 a month")
                                 .arg(ContractRules::displayName(invoice.tier), instanceName,
                                      money(invoice.tier.minimumCommitment, currency))
                                 .toHtmlEscaped());
    if (!document.number.isEmpty()) {
        const QString title = document.kind == IssuedKind::CreditNote
                ? InvoiceStatement::tr("Credit note %1, issued %2; it credits invoice %3.")
                          .arg(document.number, timeText(document.issuedAt), document.corrects)
                : InvoiceStatement::tr("Invoice %1, issued %2.")
                          .arg(document.number, timeText(document.issuedAt));
        html += QStringLiteral("<p><b>%1</b>").arg(title.toHtmlEscaped());
        if (document.kind == IssuedKind::Invoice && !document.corrects.isEmpty())
            html += QStringLiteral("<br>%1").arg(InvoiceStatement::tr("It replaces invoice %1.")
                                                         .arg(document.corrects)
                                                         .toHtmlEscaped());
        if (document.status == IssuedStatus::Credited)
            html += QStringLiteral("<br>%1").arg(
                    InvoiceStatement::tr("Credited: a credit note takes it back.").toHtmlEscaped());
        html += QStringLiteral("</p>");
    }
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" "
                           "border=\"1\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                    .arg(InvoiceStatement::tr("Product").toHtmlEscaped(),
                         InvoiceStatement::tr("Quantity").toHtmlEscaped(),
                         InvoiceStatement::tr("Price").toHtmlEscaped(),
                         InvoiceStatement::tr("Amount").toHtmlEscaped());
    MoneyColumn prices;
    MoneyColumn amounts;
    for (const UsageLine &line : invoice.lines) {
        prices.include(line.sellPrice, line.currency);
        amounts.include(line.sellAmount, line.currency);
    }
    for (const UsageLine &line : invoice.lines) {
        const QString product =
                line.productName.isEmpty() ? line.key.offeringItem : line.productName;
        html += QStringLiteral("<tr>") + cell(product) +
                cell(line.quantity
                             ? quantityWithUnit(*line.quantity, line.measurementUnit, QLocale())
                             : QStringLiteral("\u2014"),
                     true) +
                cell(line.sellPrice ? prices.withCurrency(*line.sellPrice, line.currency)
                                    : InvoiceStatement::tr("no price"),
                     true) +
                cell(line.sellAmount ? amounts.withCurrency(*line.sellAmount, line.currency)
                                     : InvoiceStatement::tr("not priced"),
                     true) +
                QStringLiteral("</tr>");
    }
    const auto total = [&](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td colspan=\"3\"><b>%1</b></td><td align=\"right\"><b>%2</b>"
                              "</td></tr>")
                .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    html += total(InvoiceStatement::tr("Usage"), money(invoice.usageSell, currency));
    html += total(invoice.rampUp ? InvoiceStatement::tr(
                                           "Minimum commitment shortfall (waived: ramp-up month)")
                                 : InvoiceStatement::tr("Minimum commitment shortfall"),
                  money(invoice.shortfall, currency));
    html += total(InvoiceStatement::tr("Total"), money(invoice.totalSell, currency));
    html += QStringLiteral("</table>");
    if (invoice.unpricedLines > 0)
        html += QStringLiteral("<p>%1</p>")
                        .arg(InvoiceStatement::tr(
                                     "%n line(s) without a price are listed but not charged.",
                                     nullptr, invoice.unpricedLines)
                                     .toHtmlEscaped());
    return html;
}

} // namespace csp
