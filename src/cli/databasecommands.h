#pragma once

#include "commandparser.h"

namespace csp::cli {

// `acronis-csp database status|copy|login|logout`: where the catalogue lives.
class DatabaseCommands
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCommands)

public:
    static int run(Session &session, const QStringList &arguments);

private:
    static int status(Session &session, const QStringList &arguments);
    static int copy(Session &session, const QStringList &arguments);
    static int login(Session &session, const QStringList &arguments);
    static int logout(Session &session, const QStringList &arguments);
};

} // namespace csp::cli
