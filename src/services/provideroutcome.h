#pragma once

#include "core/catalogue.h"
#include "core/provider.h"
#include "core/result.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace csp {

// One call a create makes, or would make: shown by the pre-check and after the run.
struct PlannedCall
{
    QString call;         // "POST /api/2/tenants"
    QString purpose;      // "create the partner tenant "Partner, Inc""
    bool skipped = false; // done by an earlier run, or found at Acronis already
};

// An offering item on one storage as the admin knows it: what a create or a change enables.
struct ItemOnStorage
{
    ProductKey key;
    QString name;    // the instance's product name; the offering item where it has no product
    QString storage; // the storage's name (its id where no product names it); empty: no storage
};

struct ProviderOutcome
{
    QString operation; // create, import, suspend, resume, cancel, set-tier, read-items, set-items
    bool dryRun = false;
    std::optional<Error> error;
    std::optional<Provider> provider;
    QList<PlannedCall> plan;                   // create only
    QStringList checks;                        // create: the pre-checks that passed
    QString summary;                           // one sentence: what happened
    bool changedNothing = false;               // already provisioned, already suspended, …
    int added = 0, updated = 0, unchanged = 0; // import
    int maxParallelRequests = 0;               // the most requests in flight at once
    QStringList enabledItems; // read-items, set-items: the offering items enabled on the tenant
    // create: the items it enables (a dry run: would enable); read-items, set-items: those
    // enabled on the tenant. One per storage, by name.
    QList<ItemOnStorage> items;

    bool ok() const { return !error.has_value(); }
};

} // namespace csp
