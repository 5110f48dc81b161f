#pragma once

#include "contract.h"
#include "pricehistory.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace csp {

// What an issued document is: an invoice (the month's first one, or the replacement of a
// credited one) or a credit note that takes an issued invoice back whole.
enum class IssuedKind { Invoice, CreditNote };
// issued: in force; credited: taken back by a credit note (and replaced).
enum class IssuedStatus { Issued, Credited };
// A month of an instance: nothing issued yet, issued, or issued and corrected since.
enum class MonthStatus { Open, Issued, Corrected };

QString issuedKindKey(IssuedKind kind);       // invoice, credit_note
QString issuedStatusKey(IssuedStatus status); // issued, credited
QString monthStatusKey(MonthStatus status);   // open, issued, corrected
std::optional<IssuedKind> issuedKindFromKey(QStringView key);
std::optional<IssuedStatus> issuedStatusFromKey(QStringView key);

// An invoice as it was issued, with everything it was computed from; never recomputed.
struct IssuedInvoice
{
    QString id;
    QString instanceId;
    Invoice invoice; // the figures as issued (a credit note's are negative)
    QString number;
    IssuedKind kind = IssuedKind::Invoice;
    IssuedStatus status = IssuedStatus::Issued;
    QString issuedAt; // catalogue time
    QString issuedBy; // user@host
    QString corrects; // the number this credit note or replacement corrects; empty otherwise
    QString reason;   // why it was corrected (credit notes and replacements)
    std::optional<PriceListRun> priceList;
    Decimal discount;    // the instance's discount it was issued at
    QString usageReport; // the Acronis usage report the lines came from
};

// A document's status as CLI.md names it: open while it has no number, else issued or credited.
QString documentStatusKey(const IssuedInvoice &document);

// An instance's invoice numbers: `prefix` then the next number, counted up without gaps.
struct InvoiceNumbering
{
    QString prefix = QStringLiteral("INV-");
    qint64 next = 1;
};

class InvoiceRules
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceRules)

public:
    static constexpr int NumberDigits = 6;
    // "INV-000042": the prefix and the number with at least NumberDigits digits.
    static QString number(const InvoiceNumbering &numbering, qint64 value);
    // A prefix: at most 16 of A–Z, a–z, 0–9, "-", "_", "/" and "." (empty is allowed).
    static std::optional<QString> checkPrefix(const QString &prefix);
    // When Acronis' usage report of `month` is final: the 2nd of the following month at 06:00
    // UTC (Acronis builds the usage history early each morning; the last day's comes on the
    // morning after the month).
    static QDateTime reportFinalFrom(QDate month);
    // Whether the month's report is final at `now`.
    static bool reportIsFinal(QDate month, const QDateTime &now);
    // The message for a month whose report is not final yet, saying when to try again.
    static QString notFinalMessage(QDate month);
    // The issued invoices of a month as they stand.
    static MonthStatus monthStatus(const QList<IssuedInvoice> &issued);
    // Those in force: invoices (first ones or replacements) not credited.
    static QList<IssuedInvoice> inForce(const QList<IssuedInvoice> &issued);
};

// A credit note's figures: every amount, quantity and total of `invoice` negated; prices,
// tier and commitment as they were (they are what was credited, not amounts).
Invoice negatedInvoice(const Invoice &invoice);

// One figure that a recomputation changes: per provider, its totals ("invoice") or one line
// (the product), the field as CLI.md names it, the issued value and the one now. An issued
// value or a current one that is empty: the line (or invoice) is new, or gone.
struct InvoiceDifference
{
    QString customerId;
    QString name;
    QString line; // "invoice" for the totals, else the line's product key
    QString product;
    QString field;
    QString issued;
    QString now;
};

// What differs between the issued invoices and a recomputation, per provider (by customer id)
// and line (by product key), in the order of the issued ones, then the new ones.
QList<InvoiceDifference> invoiceDifferences(const QList<Invoice> &issued,
                                            const QList<Invoice> &now);
// The invoice's own figures as CLI.md names them, each as text (money at the currency's minor
// units); what the difference compares besides the lines.
QList<std::pair<QString, QString>> invoiceFigures(const Invoice &invoice);
// A line's identity within its invoice: the product key as one text.
QString invoiceLineKey(const UsageLine &line);

} // namespace csp
