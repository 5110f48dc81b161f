#pragma once

#include "acronis/records.h"
#include "core/catalogue.h"
#include "core/contract.h"
#include "providerservice.h"

namespace csp {

// One step of a create, as a pair: how to find what it makes (when an earlier run, or a request
// whose answer was lost, may have made it), and how to make it. The same table runs a first
// create, resumes one that stopped, and adopts what a lost answer made.
struct ProviderService::CreateStep
{
    QString what;               // "the partner tenant "X"", for progress and messages
    std::function<bool()> done; // recorded as made
    // Looks for it at Acronis: true when found (and recorded); empty when it cannot be looked up.
    std::function<void(std::function<void(const Result<bool> &)>)> lookUp;
    // Makes it and records it in the provider.
    std::function<void(std::function<void(const Status &)>)> make;
    // Without a lookUp: how often it is made in all while the outcome stays unknown.
    int repeatsWhenUnsure = 1;
    // With a lookUp: the error for "it exists, but is not ours" (a name or login of another).
    std::function<Error(const Error &)> conflict = {};
};

// The state of one create, from the pre-checks to the last step.
struct ProviderService::CreateRun
{
    ProviderRequest request;
    bool dryRun = false;
    QString distributorId;
    std::optional<acronis::Tenant> existingTenant; // with this customer id, under the distributor
    QList<acronis::OfferingItem> items;            // to enable
    std::optional<ContractTier> tier;              // the contract tier asked for
    QString adoptedUserId; // the admin user an earlier, interrupted run created
    QList<CreateStep> steps;
};

// The catalogue items a request enables: the chosen products (each on its one storage), the
// named items (on every storage they are served on), every item available to partners, or
// those of the instance's active products.
Result<QList<acronis::OfferingItem>> chooseOfferingItems(
        const QList<acronis::OfferingItem> &available, const ProviderRequest &request,
        const QList<ProductRow> &activeProducts);
// The items named as the instance's products name them, by name and storage.
QList<ItemOnStorage> describeItems(const QList<acronis::OfferingItem> &items,
                                   const QList<ProductRow> &products);

} // namespace csp
