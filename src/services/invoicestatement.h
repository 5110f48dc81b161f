#pragma once

#include "core/issuedinvoice.h"

#include <QCoreApplication>

namespace csp {

// The texts of a provider's statement (the window prints it as a PDF).
class InvoiceStatement
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceStatement)
};

// A provider's statement as HTML, in the user's language and number format: its lines and
// totals, and for an issued document its number, when it was issued, what it credits or
// replaces.
QString invoiceStatementHtml(const IssuedInvoice &document, const QString &instanceName);

} // namespace csp
