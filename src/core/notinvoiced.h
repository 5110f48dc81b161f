#pragma once

#include "provider.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace csp {

// Why a provider with usage in a month has no invoice for it.
enum class NotInvoicedReason { ContractNotStarted, CancelledBefore, NoCustomerId };

// contract_not_started, cancelled_before, no_customer_id (CLI.md).
QString notInvoicedReasonKey(NotInvoicedReason reason);

// A provider the month's usage names but the month's invoices leave out, and why.
struct NotInvoiced
{
    QString customerId; // empty when it has none (its tenant id stood in)
    QString tenantId;
    QString name;
    NotInvoicedReason reason = NotInvoicedReason::ContractNotStarted;
    QDate since; // the contract's start or the cancellation, when known
};

class InvoiceEligibility
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceEligibility)

public:
    // A provider imported without the billing system's id: its tenant id stands in for it.
    static bool lacksCustomerId(const Provider &provider);
    // Why `provider` gets no invoice for its usage in `month`, or nullopt: it is invoiced.
    // `contractStarted` says whether its contract had started by the month's end.
    static std::optional<NotInvoiced> check(const Provider &provider, QDate month,
                                            bool contractStarted);
    // For people: "Example Ltd (C-1): its contract started on 2026-11-03, after the month."
    static QString describe(const NotInvoiced &provider);
};

} // namespace csp
