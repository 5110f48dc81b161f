#pragma once

#include "commandparser.h"

namespace csp::cli {

// `acronis-csp test-connection NAME [--json]` and `check-api NAME [--json] [--capture DIR]`.
class ConnectionCommands
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionCommands)

public:
    static int testConnection(Session &session, const QStringList &arguments);
    static int checkApi(Session &session, const QStringList &arguments);
};

} // namespace csp::cli
