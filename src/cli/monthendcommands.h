#pragma once

#include "commandparser.h"

namespace csp::cli {

// The month end: `acronis-csp discount set|list|clear`, `audit` and `reconcile`.
class MonthEndCommands
{
    Q_DECLARE_TR_FUNCTIONS(MonthEndCommands)

public:
    static int discount(Session &session, const QStringList &arguments);
    static int audit(Session &session, const QStringList &arguments);
    static int reconcile(Session &session, const QStringList &arguments);

private:
    static int setDiscount(Session &session, const QStringList &arguments);
    static int listDiscounts(Session &session, const QStringList &arguments);
    static int clearDiscount(Session &session, const QStringList &arguments);
};

} // namespace csp::cli
