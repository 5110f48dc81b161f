#pragma once

#include "core/instance.h"
#include "core/notinvoiced.h"
#include "core/result.h"
#include "core/usage.h"

#include <QDate>

#include <memory>

namespace csp {

class Database;
struct ProviderUsage;

// The providers a closed month's usage names that get no invoice for the month, and why: a
// contract that started later, a cancellation, no customer id (which is listed with or without
// usage, for it would otherwise be invoiced under its tenant id). By name. The Invoices, Usage
// and Month End pages and `invoice` all list these.
Result<QList<NotInvoiced>> notInvoicedIn(const std::shared_ptr<Database> &database,
                                         const Instance &instance, QDate month,
                                         const QList<ProviderUsage> &providers,
                                         const QList<UsageLine> &otherTenants);

} // namespace csp
