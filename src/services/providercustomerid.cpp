// ProviderService::editCustomerId: a provider's billing account id, at Acronis and here.
#include "providerservice.h"

#include "acronis/provisioningapi.h"
#include "storage/providerrepository.h"

namespace csp {

void ProviderService::editCustomerId(const Instance &instance, const QString &customerId,
                                     const QString &newCustomerId)
{
    if (!begin(instance, QStringLiteral("edit"), customerId))
        return;
    if (!storedProvider(customerId))
        return;
    const QString tenantId = m_outcome.provider->tenantId;
    if (const auto problem = ProviderRules::customerIdProblem(newCustomerId, tenantId))
        return fail(Error{ErrorKind::InvalidInput, *problem});
    if (newCustomerId == customerId) {
        m_outcome.changedNothing = true;
        return succeed(tr("\"%1\" has the customer id %2 already; nothing was changed.")
                               .arg(m_outcome.provider->name, customerId));
    }
    if (!customerIdIsFree(newCustomerId))
        return;
    connect([this, newCustomerId](const QString &) { writeCustomerId(newCustomerId); });
}

bool ProviderService::customerIdIsFree(const QString &newCustomerId)
{
    const auto taken = ProviderRepository(m_database).find(m_instance.id, newCustomerId);
    if (!taken) {
        fail(taken.error());
        return false;
    }
    if (*taken) {
        fail(Error{ErrorKind::Conflict,
                   tr("Customer id: %1 belongs to \"%2\" already; each provider has its own.")
                           .arg(newCustomerId, (*taken)->name)});
        return false;
    }
    return true;
}

void ProviderService::writeCustomerId(const QString &newCustomerId)
{
    emit progress(tr("Writing the customer id to the tenant at Acronis…"));
    // Read the tenant's version first and retry once on a conflict; a lost answer is repeated
    // safely, for the same value is written again.
    withFreshVersion(
            m_outcome.provider->tenantId,
            [this, newCustomerId](const acronis::Tenant &tenant, auto written) {
                if (tenant.customerId == newCustomerId)
                    return written(success());
                acronis::account::setTenantCustomerId(
                        *m_api, tenant.id, newCustomerId, tenant.version,
                        [written](const Result<acronis::Tenant> &changed) {
                            written(changed ? success() : Status(changed.error()));
                        });
            },
            [this, newCustomerId](const Status &status) {
                if (!status)
                    return fail(status.error());
                Provider &provider = *m_outcome.provider;
                const QString was = provider.customerId;
                provider.customerId = newCustomerId;
                if (const Status saved = ProviderRepository(m_database).save(provider); !saved)
                    return fail(saved.error());
                succeed(tr("\"%1\" now has the customer id %2 (was %3), at Acronis too.")
                                .arg(provider.name, newCustomerId, was));
            });
}

} // namespace csp
