#pragma once

#include "core/audit.h"
#include "core/issuedinvoice.h"
#include "core/result.h"
#include "database.h"

#include <memory>

namespace csp {

// Issued invoices and credit notes with their lines, and each instance's invoice numbers. The
// figures are written once; the only later change is an invoice's status becoming credited.
class IssuedInvoiceRepository
{
    Q_DECLARE_TR_FUNCTIONS(IssuedInvoiceRepository)

public:
    explicit IssuedInvoiceRepository(std::shared_ptr<Database> database);

    // The instance's sequence (the default one until it is set).
    Result<InvoiceNumbering> numbering(const QString &instanceId) const;
    // Sets the prefix and the next number; a next number at or below one already issued is
    // refused (InvalidInput), so that no number is given twice.
    Status setNumbering(const QString &instanceId, const InvoiceNumbering &numbering);

    // The documents of a month, in the order of their numbers.
    Result<QList<IssuedInvoice>> ofMonth(const QString &instanceId, QDate month) const;
    // The months of the instance with issued documents, and their status.
    Result<QList<std::pair<QDate, MonthStatus>>> months(const QString &instanceId) const;

    struct Issue
    {
        QString instanceId;
        QDate month;
        bool firstOfMonth = true;    // refused (Conflict) when the month has documents already
        QList<IssuedInvoice> drafts; // numbered in this order
        QStringList creditedIds;     // invoices that become credited
        QList<AuditEntry> audit;
    };
    // In one write transaction: the sequence's row taken under a lock, each draft numbered
    // with the next number (gap-free: the numbers and the documents are committed together or
    // not at all), stored with its lines, the credited invoices marked, the audit entries
    // recorded. Returns the drafts as stored.
    Result<QList<IssuedInvoice>> issue(const Issue &issue);

private:
    Result<InvoiceNumbering> lockNumbering(const QString &instanceId);
    Status insert(const IssuedInvoice &invoice, qint64 sequence);
    Status insertLines(const IssuedInvoice &invoice);
    Result<QList<UsageLine>> linesOf(const QString &invoiceId) const;
    Result<qint64> highestSequence(const QString &instanceId) const;

    std::shared_ptr<Database> m_database;
};

} // namespace csp
