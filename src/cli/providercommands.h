#pragma once

#include "commandparser.h"

namespace csp {
struct ProviderOutcome;
class ProviderService;
} // namespace csp

namespace csp::cli {

// `acronis-csp provider create|import|list|show|suspend|resume|cancel|set-tier`.
class ProviderCommands
{
    Q_DECLARE_TR_FUNCTIONS(ProviderCommands)

public:
    static int run(Session &session, const QStringList &arguments);

private:
    static int create(Session &session, const QStringList &arguments);
    static int importAll(Session &session, const QStringList &arguments);
    static int list(Session &session, const QStringList &arguments, bool one);
    // suspend, resume and cancel.
    static int change(Session &session, const QString &verb, const QStringList &arguments);
    static int setTier(Session &session, const QStringList &arguments);
    static int edit(Session &session, const QStringList &arguments);
    static void printCreate(Console &console, const ProviderOutcome &outcome);
    static ProviderOutcome runService(Session &session,
                                      const std::function<void(ProviderService &)> &start);
};

} // namespace csp::cli
