#pragma once

#include "core/notinvoiced.h"

#include <QDate>

class QLabel;

namespace csp {

// Shows on `label` the providers that have usage in `month` but no invoice for it, each with
// its reason, the same on the Invoices, Usage and Month End pages; hides it when there are none.
void showNotInvoiced(QLabel *label, const QList<NotInvoiced> &providers, QDate month);

} // namespace csp
