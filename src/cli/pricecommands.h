#pragma once

#include "command.h"

namespace csp::cli {

// `acronis-csp prices check NAME [--month YYYY-MM|current|last] [--json|--csv]`.
class PriceCommands
{
    Q_DECLARE_TR_FUNCTIONS(PriceCommands)

public:
    static int run(Session &session, const QStringList &arguments);

private:
    static int check(Session &session, const QStringList &arguments);
};

} // namespace csp::cli
