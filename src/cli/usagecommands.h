#pragma once

#include "commandparser.h"

namespace csp {
struct UsageOutcome;
}

namespace csp::cli {

// `acronis-csp usage`: the usage of an instance's service providers, priced for invoicing.
class UsageCommands
{
    Q_DECLARE_TR_FUNCTIONS(UsageCommands)

public:
    static int usage(Session &session, const QStringList &arguments);

private:
    static void print(Console &console, const UsageOutcome &outcome);
};

} // namespace csp::cli
