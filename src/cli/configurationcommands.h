#pragma once

#include "commandparser.h"

namespace csp::cli {

// `acronis-csp instance export|import`: an instance's configuration as one JSON document.
class ConfigurationCommands
{
    Q_DECLARE_TR_FUNCTIONS(ConfigurationCommands)

public:
    static int exportInstances(Session &session, const QStringList &arguments);
    static int importInstances(Session &session, const QStringList &arguments);
};

} // namespace csp::cli
