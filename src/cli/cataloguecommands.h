#pragma once

#include "commandparser.h"

namespace csp {
struct InstanceRun;
struct SyncOutcome;
} // namespace csp

namespace csp::cli {

// `acronis-csp sync`, `products`, `history` and `price set`.
class CatalogueCommands
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueCommands)

public:
    static int sync(Session &session, const QStringList &arguments);
    static int syncAll(Session &session, bool dryRun, bool json);
    static int products(Session &session, const QStringList &arguments);
    static int history(Session &session, const QStringList &arguments);
    static int price(Session &session, const QStringList &arguments);

private:
    static void printSync(Console &console, const SyncOutcome &outcome);
    // One instance of `sync --all` as it is done: warnings, errors and, without --json, the sync.
    static void printInstanceRun(Console &console, const InstanceRun &run, bool json);
};

} // namespace csp::cli
