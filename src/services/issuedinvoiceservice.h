#pragma once

#include "core/instance.h"
#include "core/issuedinvoice.h"
#include "core/result.h"
#include "invoiceservice.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <optional>

namespace csp {
class Database;
}

namespace csp {

// What `invoice numbering` sets: unset parts stay.
struct NumberingChange
{
    std::optional<QString> prefix;
    std::optional<QString> next; // as typed
};

// What a correction did: per provider that differed, its credit note and replacement (or only
// one of them, for a provider that is new or gone).
struct Correction
{
    QList<IssuedInvoice> issued; // in the order of their numbers
    QList<InvoiceDifference> differences;
};

// Issued months: numbering and freezing a month's invoices, reading them back exactly as they
// were issued, what a recomputation would change, and corrections by credit note and
// replacement. Both programs go through it.
class IssuedInvoiceService
{
    Q_DECLARE_TR_FUNCTIONS(IssuedInvoiceService)

public:
    using Clock = std::function<QDateTime()>;

    explicit IssuedInvoiceService(std::shared_ptr<Database> database, Clock clock = {});

    Result<InvoiceNumbering> numbering(const QString &instanceId) const;
    // InvalidInput names the field and the rule.
    Result<InvoiceNumbering> setNumbering(const Instance &instance, const NumberingChange &change);

    // The month's issued documents (empty while it is open), in the order of their numbers.
    Result<QList<IssuedInvoice>> ofMonth(const QString &instanceId, QDate month) const;
    Result<QList<std::pair<QDate, MonthStatus>>> months(const QString &instanceId) const;

    // Refused (Failed, saying when to try again) while Acronis' report of `month` is not final
    // by this service's clock. Checked before anything is read or changed.
    Status checkReportFinal(QDate month) const;
    // Refused (Conflict) when the month has been issued already.
    Status checkOpen(const QString &instanceId, QDate month) const;
    // Refused (NotFound) while the month has not been issued.
    Status checkIssued(const QString &instanceId, QDate month) const;
    // Numbers and stores the month's invoices of `computed` (a whole month's InvoiceService
    // outcome). InvalidInput naming each provider that has no customer id of its own;
    // Conflict when the month was issued meanwhile.
    Result<QList<IssuedInvoice>> issue(const Instance &instance, const InvoiceOutcome &computed);
    // What `computed` changes against the month's invoices in force (for one provider when
    // `customerId` is not empty).
    Result<QList<InvoiceDifference>> differences(const Instance &instance,
                                                 const InvoiceOutcome &computed,
                                                 const QString &customerId = {}) const;
    // For each provider whose figures differ: a credit note of its invoice in force and a
    // replacement with the recomputed figures, numbered in that order, linked to the number
    // they correct, with an audit entry naming who and why. Nothing differs: nothing issued.
    Result<Correction> correct(const Instance &instance, const InvoiceOutcome &computed,
                               const QString &customerId, const QString &reason);

private:
    IssuedInvoice draftOf(const Invoice &invoice, const InvoiceOutcome &computed,
                          const Instance &instance) const;
    Status checkCustomerIds(const QList<NotInvoiced> &leftOut) const;
    QDateTime now() const;

    std::shared_ptr<Database> m_database;
    Clock m_clock;
};

} // namespace csp
