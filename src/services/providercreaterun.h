#pragma once

#include "acronis/records.h"
#include "core/catalogue.h"
#include "providerservice.h"

namespace csp {

// The state of one create, from the pre-checks to the last step.
struct ProviderService::CreateRun
{
    ProviderRequest request;
    bool dryRun = false;
    QString distributorId;
    std::optional<acronis::Tenant> existingTenant; // with this customer id, under the distributor
    QList<acronis::OfferingItem> items;            // to enable
    QString adoptedUserId; // the admin user an earlier, interrupted run created
};

// The catalogue items a request enables: the named ones (on every storage they are served on),
// every item available to partners, or those of the instance's active products.
Result<QList<acronis::OfferingItem>> chooseOfferingItems(
        const QList<acronis::OfferingItem> &available, const ProviderRequest &request,
        const QList<ProductKey> &activeProducts);

} // namespace csp
