#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace csp::cli {

class Session;

// The `acronis-csp` command line: global options, then one command.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static int run(const QStringList &arguments);

private:
    static int dispatch(const QStringList &arguments);
    static int runCommand(Session &session, const QString &command, const QStringList &rest);
    static QString usage();
};

} // namespace csp::cli
