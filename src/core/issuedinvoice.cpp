#include "issuedinvoice.h"

#include "money.h"
#include "month.h"
#include "timetext.h"

#include <QHash>
#include <QRegularExpression>

namespace csp {

QString issuedKindKey(IssuedKind kind)
{
    return kind == IssuedKind::CreditNote ? QStringLiteral("credit_note")
                                          : QStringLiteral("invoice");
}

QString issuedStatusKey(IssuedStatus status)
{
    return status == IssuedStatus::Credited ? QStringLiteral("credited") : QStringLiteral("issued");
}

QString monthStatusKey(MonthStatus status)
{
    switch (status) {
    case MonthStatus::Open:
        return QStringLiteral("open");
    case MonthStatus::Issued:
        return QStringLiteral("issued");
    case MonthStatus::Corrected:
        return QStringLiteral("corrected");
    }
    return {};
}

std::optional<IssuedKind> issuedKindFromKey(QStringView key)
{
    if (key == u"invoice")
        return IssuedKind::Invoice;
    if (key == u"credit_note")
        return IssuedKind::CreditNote;
    return std::nullopt;
}

std::optional<IssuedStatus> issuedStatusFromKey(QStringView key)
{
    if (key == u"issued")
        return IssuedStatus::Issued;
    if (key == u"credited")
        return IssuedStatus::Credited;
    return std::nullopt;
}

QString documentStatusKey(const IssuedInvoice &document)
{
    return document.number.isEmpty() ? QStringLiteral("open") : issuedStatusKey(document.status);
}

QString InvoiceRules::number(const InvoiceNumbering &numbering, qint64 value)
{
    return numbering.prefix + QStringLiteral("%1").arg(value, NumberDigits, 10, QLatin1Char('0'));
}

std::optional<QString> InvoiceRules::checkPrefix(const QString &prefix)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_./-]{0,16}$"));
    if (shape.match(prefix).hasMatch())
        return std::nullopt;
    return tr("Prefix: \"%1\" is not at most 16 letters, digits, \"-\", \"_\", \"/\" or \".\".")
            .arg(prefix);
}

QDateTime InvoiceRules::reportFinalFrom(QDate month)
{
    const QDate next = QDate(month.year(), month.month(), 1).addMonths(1);
    return QDateTime(next.addDays(1), QTime(6, 0), Qt::UTC);
}

bool InvoiceRules::reportIsFinal(QDate month, const QDateTime &now)
{
    return now.toUTC() >= reportFinalFrom(month);
}

QString InvoiceRules::notFinalMessage(QDate month)
{
    return tr("Acronis' usage report for %1 is not final yet (Acronis builds the usage history "
              "early each morning); nothing was issued. Try again after %2 UTC.")
            .arg(monthKey(month),
                 reportFinalFrom(month).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

MonthStatus InvoiceRules::monthStatus(const QList<IssuedInvoice> &issued)
{
    if (issued.isEmpty())
        return MonthStatus::Open;
    for (const IssuedInvoice &invoice : issued) {
        if (invoice.kind == IssuedKind::CreditNote)
            return MonthStatus::Corrected;
    }
    return MonthStatus::Issued;
}

QList<IssuedInvoice> InvoiceRules::inForce(const QList<IssuedInvoice> &issued)
{
    QList<IssuedInvoice> current;
    for (const IssuedInvoice &invoice : issued) {
        if (invoice.kind == IssuedKind::Invoice && invoice.status == IssuedStatus::Issued)
            current.append(invoice);
    }
    return current;
}

namespace {

std::optional<Decimal> negated(const std::optional<Decimal> &value)
{
    if (!value)
        return std::nullopt;
    return -*value;
}

} // namespace

Invoice negatedInvoice(const Invoice &invoice)
{
    Invoice credit = invoice;
    credit.usageSell = -invoice.usageSell;
    credit.usageCost = -invoice.usageCost;
    credit.shortfall = -invoice.shortfall;
    credit.shortfallCost = -invoice.shortfallCost;
    credit.totalSell = -invoice.totalSell;
    credit.totalCost = -invoice.totalCost;
    credit.totals = UsageTotals();
    for (UsageLine &line : credit.lines) {
        line.quantity = negated(line.quantity);
        line.sellAmount = negated(line.sellAmount);
        line.costAmount = negated(line.costAmount);
    }
    credit.warnings.clear();
    return credit;
}

QString invoiceLineKey(const UsageLine &line)
{
    return QStringList{line.key.applicationId, line.key.offeringItem, line.key.edition,
                       line.key.infraId}
            .join(u'/');
}

QList<std::pair<QString, QString>> invoiceFigures(const Invoice &invoice)
{
    const QString &currency = invoice.currency;
    return {{QStringLiteral("tier"), invoice.tier.key},
            {QStringLiteral("minimum_commitment"),
             moneyText(invoice.tier.minimumCommitment, currency)},
            {QStringLiteral("ramp_up"),
             invoice.rampUp ? QStringLiteral("true") : QStringLiteral("false")},
            {QStringLiteral("usage_sell"), moneyText(invoice.usageSell, currency)},
            {QStringLiteral("usage_cost"), moneyText(invoice.usageCost, currency)},
            {QStringLiteral("shortfall"), moneyText(invoice.shortfall, currency)},
            {QStringLiteral("shortfall_cost"), moneyText(invoice.shortfallCost, currency)},
            {QStringLiteral("total_sell"), moneyText(invoice.totalSell, currency)},
            {QStringLiteral("total_cost"), moneyText(invoice.totalCost, currency)},
            {QStringLiteral("currency"), currency}};
}

namespace {

const QString invoiceLine = QStringLiteral("invoice");

void compareFigures(const Invoice &issued, const Invoice &now, QList<InvoiceDifference> &out)
{
    const auto before = invoiceFigures(issued);
    const auto after = invoiceFigures(now);
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (before[i].second != after[i].second)
            out.append({issued.customerId,
                        issued.name,
                        invoiceLine,
                        {},
                        before[i].first,
                        before[i].second,
                        after[i].second});
    }
}

// Each line's values by column, for a line that is there only on one side too.
void compareLine(const Invoice &owner, const UsageLine *issued, const UsageLine *now,
                 QList<InvoiceDifference> &out)
{
    const QStringList columns = usageColumns();
    const auto before = issued ? usageValues(*issued) : QList<std::optional<QString>>();
    const auto after = now ? usageValues(*now) : QList<std::optional<QString>>();
    const UsageLine &line = issued ? *issued : *now;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QString was = before.isEmpty() ? QString() : before[i].value_or(QString());
        const QString is = after.isEmpty() ? QString() : after[i].value_or(QString());
        if (was != is)
            out.append({owner.customerId, owner.name, invoiceLineKey(line), line.productName,
                        columns[i], was, is});
    }
}

void compareLines(const Invoice &issued, const Invoice &now, QList<InvoiceDifference> &out)
{
    QHash<QString, const UsageLine *> current;
    for (const UsageLine &line : now.lines)
        current.insert(invoiceLineKey(line), &line);
    QSet<QString> seen;
    for (const UsageLine &line : issued.lines) {
        const QString key = invoiceLineKey(line);
        seen.insert(key);
        compareLine(issued, &line, current.value(key), out);
    }
    for (const UsageLine &line : now.lines) {
        if (!seen.contains(invoiceLineKey(line)))
            compareLine(issued, nullptr, &line, out);
    }
}

} // namespace

QList<InvoiceDifference> invoiceDifferences(const QList<Invoice> &issued, const QList<Invoice> &now)
{
    QHash<QString, const Invoice *> current;
    for (const Invoice &invoice : now)
        current.insert(invoice.customerId, &invoice);
    QList<InvoiceDifference> differences;
    QSet<QString> seen;
    for (const Invoice &invoice : issued) {
        seen.insert(invoice.customerId);
        if (const Invoice *recomputed = current.value(invoice.customerId)) {
            compareFigures(invoice, *recomputed, differences);
            compareLines(invoice, *recomputed, differences);
        } else {
            differences.append({invoice.customerId,
                                invoice.name,
                                invoiceLine,
                                {},
                                QStringLiteral("total_sell"),
                                moneyText(invoice.totalSell, invoice.currency),
                                {}});
        }
    }
    for (const Invoice &invoice : now) {
        if (!seen.contains(invoice.customerId))
            differences.append({invoice.customerId,
                                invoice.name,
                                invoiceLine,
                                {},
                                QStringLiteral("total_sell"),
                                {},
                                moneyText(invoice.totalSell, invoice.currency)});
    }
    return differences;
}

} // namespace csp
