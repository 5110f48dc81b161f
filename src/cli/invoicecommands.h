#pragma once

#include "commandparser.h"
#include "session.h"

namespace csp {
struct InvoiceOutcome;
struct IssuedInvoice;
struct Instance;
} // namespace csp

namespace csp::cli {

// `acronis-csp invoice`: a month's invoices (computed while the month is open, as issued once it
// is), and issue, numbering, diff and correct.
class InvoiceCommands
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceCommands)

public:
    static int invoice(Session &session, const QStringList &arguments);

private:
    static int show(Session &session, const QStringList &arguments);
    static int issue(Session &session, const QStringList &arguments);
    static int numbering(Session &session, const QStringList &arguments);
    static int diff(Session &session, const QStringList &arguments);
    static int correct(Session &session, const QStringList &arguments);
    // An issued month to compare with a recomputation (diff, correct).
    struct IssuedMonth;
    // INSTANCE, --month, --provider and --json.
    static void addIssuedMonthOptions(CommandParser &command);
    // Reads the options, checks that the month is issued and recomputes it; an exit code when
    // the run is over.
    static std::optional<int> recompute(Session &session, const CommandParser &command,
                                        IssuedMonth &month);
    // The month's invoices computed afresh (its usage report read and priced).
    static InvoiceOutcome compute(Session &session, const Instance &instance, QDate month,
                                  const QString &customerId);
    static void printDocuments(Console &console, const QString &instanceName, QDate month,
                               const QList<IssuedInvoice> &documents, bool issued);
    // The outcome's warnings and the providers with usage but no invoice, on stderr.
    static void warnAbout(Console &console, const InvoiceOutcome &outcome);
    static void printJson(Console &console, const QList<IssuedInvoice> &documents);
};

} // namespace csp::cli
