#include "notinvoicedlist.h"

#include "contractservice.h"
#include "storage/providerrepository.h"
#include "usageservice.h"

#include <QSet>

#include <algorithm>

namespace csp {

namespace {

// Recorded providers the billable list leaves out (cancelled ones) whose tenants used something.
Result<QList<NotInvoiced>> leftOutWithUsage(const std::shared_ptr<Database> &database,
                                            const Instance &instance, QDate month,
                                            const QList<UsageLine> &otherTenants)
{
    QSet<QString> tenants;
    for (const UsageLine &line : otherTenants)
        tenants.insert(line.tenantId);
    if (tenants.isEmpty())
        return QList<NotInvoiced>();
    const auto recorded = ProviderRepository(database).list(instance.id);
    if (!recorded)
        return recorded.error();
    QList<NotInvoiced> leftOut;
    for (const Provider &provider : *recorded) {
        if (!tenants.contains(provider.tenantId) || provider.tenantId.isEmpty())
            continue;
        if (const auto why = InvoiceEligibility::check(provider, month, true))
            leftOut.append(*why);
    }
    return leftOut;
}

} // namespace

Result<QList<NotInvoiced>> notInvoicedIn(const std::shared_ptr<Database> &database,
                                         const Instance &instance, QDate month,
                                         const QList<ProviderUsage> &providers,
                                         const QList<UsageLine> &otherTenants)
{
    QList<Provider> billable;
    for (const ProviderUsage &usage : providers)
        billable.append(usage.provider);
    const auto standings = ContractService(database).standingsIn(instance.id, month, billable);
    if (!standings)
        return standings.error();
    auto cancelled = leftOutWithUsage(database, instance, month, otherTenants);
    if (!cancelled)
        return cancelled.error();
    QList<NotInvoiced> leftOut = std::move(cancelled).value();
    for (const ProviderUsage &usage : providers) {
        const auto why = InvoiceEligibility::check(usage.provider, month,
                                                   standings->value(usage.provider.id).started);
        if (why && (!usage.lines.isEmpty() || why->reason == NotInvoicedReason::NoCustomerId))
            leftOut.append(*why);
    }
    std::sort(leftOut.begin(), leftOut.end(), [](const NotInvoiced &a, const NotInvoiced &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return leftOut;
}

} // namespace csp
