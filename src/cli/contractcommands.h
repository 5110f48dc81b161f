#pragma once

#include "commandparser.h"

namespace csp {
struct InvoiceOutcome;
}

namespace csp::cli {

// `acronis-csp tier list|set` and `acronis-csp invoice`: CSP contracts and the month's invoice.
class ContractCommands
{
    Q_DECLARE_TR_FUNCTIONS(ContractCommands)

public:
    static int tier(Session &session, const QStringList &arguments);
    static int invoice(Session &session, const QStringList &arguments);

private:
    static int listTiers(Session &session, const QStringList &arguments);
    static int setTier(Session &session, const QStringList &arguments);
    static void printInvoices(Console &console, const InvoiceOutcome &outcome);
};

} // namespace csp::cli
