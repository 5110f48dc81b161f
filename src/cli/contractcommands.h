#pragma once

#include "commandparser.h"

namespace csp::cli {

// `acronis-csp tier list|set`: the CSP contract tiers.
class ContractCommands
{
    Q_DECLARE_TR_FUNCTIONS(ContractCommands)

public:
    static int tier(Session &session, const QStringList &arguments);

private:
    static int listTiers(Session &session, const QStringList &arguments);
    static int setTier(Session &session, const QStringList &arguments);
};

} // namespace csp::cli
