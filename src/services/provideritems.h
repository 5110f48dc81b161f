#pragma once

#include "core/catalogue.h"
#include "core/instance.h"
#include "core/productrow.h"
#include "core/provider.h"
#include "core/result.h"
#include "provideroutcome.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

namespace csp {
class Database;
class ProviderRun;
} // namespace csp
namespace csp::acronis {
struct OfferingItem;
}

namespace csp {

// The catalogue items a request enables: the chosen products (each on its one storage), the
// named items (on every storage they are served on), every item available to partners, or
// those of the instance's active products.
Result<QList<acronis::OfferingItem>> chooseOfferingItems(
        const QList<acronis::OfferingItem> &available, const ProviderRequest &request,
        const QList<ProductRow> &activeProducts);
// The items named as the instance's products name them, by name and storage.
QList<ItemOnStorage> describeItems(const QList<acronis::OfferingItem> &items,
                                   const QList<ProductRow> &products);

// The instance's active products, which name the items and make the default choice.
Result<QList<ProductRow>> activeProducts(const std::shared_ptr<Database> &database,
                                         const QString &instanceId);

// The offering items of an existing service provider's tenant: read and changed.
class ProviderItems
{
    Q_DECLARE_TR_FUNCTIONS(csp::ProviderService) // its messages are the service's

public:
    explicit ProviderItems(ProviderRun &run)
        : m_run(run)
    { }

    // Reads the offering items enabled on the provider's tenant (not recorded: it changes nothing).
    void readItems(const Instance &instance, const QString &customerId);
    // Enables the items `request` chooses and disables the tenant's other items available to
    // partners.
    void setItems(const Instance &instance, const QString &customerId,
                  const ProviderRequest &request);

private:
    void writeItems(const QList<acronis::OfferingItem> &enable,
                    const QList<acronis::OfferingItem> &disable);

    ProviderRun &m_run;
};

} // namespace csp
