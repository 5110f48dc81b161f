#pragma once

#include "command.h"

namespace csp::cli {

// `acronis-csp test-connection NAME [--json]`.
class ConnectionCommands
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionCommands)

public:
    static int testConnection(Session &session, const QStringList &arguments);
};

} // namespace csp::cli
