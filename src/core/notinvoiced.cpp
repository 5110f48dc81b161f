#include "notinvoiced.h"

namespace csp {

QString notInvoicedReasonKey(NotInvoicedReason reason)
{
    switch (reason) {
    case NotInvoicedReason::ContractNotStarted:
        return QStringLiteral("contract_not_started");
    case NotInvoicedReason::CancelledBefore:
        return QStringLiteral("cancelled_before");
    case NotInvoicedReason::NoCustomerId:
        return QStringLiteral("no_customer_id");
    }
    return {};
}

bool InvoiceEligibility::lacksCustomerId(const Provider &provider)
{
    return provider.customerId.isEmpty() || provider.customerId == provider.tenantId;
}

std::optional<NotInvoiced> InvoiceEligibility::check(const Provider &provider, QDate month,
                                                     bool contractStarted)
{
    NotInvoiced left{lacksCustomerId(provider) ? QString() : provider.customerId,
                     provider.tenantId,
                     provider.name,
                     NotInvoicedReason::ContractNotStarted,
                     {}};
    if (!isBillableIn(provider, month)) {
        left.reason = NotInvoicedReason::CancelledBefore;
        left.since = provider.changedAt.toUTC().date();
    } else if (!contractStarted) {
        left.since = provider.contractStart.toUTC().date();
    } else if (lacksCustomerId(provider)) {
        left.reason = NotInvoicedReason::NoCustomerId;
    } else {
        return std::nullopt;
    }
    return left;
}

QString InvoiceEligibility::describe(const NotInvoiced &provider)
{
    QString who = provider.customerId.isEmpty()
            ? tr("%1 (no customer id)").arg(provider.name)
            : tr("%1 (%2)").arg(provider.name, provider.customerId);
    const QString since = provider.since.toString(Qt::ISODate);
    switch (provider.reason) {
    case NotInvoicedReason::ContractNotStarted:
        return since.isEmpty()
                ? tr("%1: its contract had not started by the month's end.").arg(who)
                : tr("%1: its contract started on %2, after the month.").arg(who, since);
    case NotInvoicedReason::CancelledBefore:
        return since.isEmpty() ? tr("%1: it is cancelled.").arg(who)
                               : tr("%1: it was cancelled on %2.").arg(who, since);
    case NotInvoicedReason::NoCustomerId:
        return tr("%1: it was imported without the billing system's customer id; give it one "
                  "before the month is issued.")
                .arg(who);
    }
    return who;
}

} // namespace csp
