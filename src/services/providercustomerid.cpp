#include "providercustomerid.h"

#include "acronis/provisioningapi.h"
#include "acronis/records.h"
#include "providerrun.h"
#include "storage/providerrepository.h"

namespace csp {

void ProviderCustomerId::edit(const Instance &instance, const QString &customerId,
                              const QString &newCustomerId)
{
    if (!m_run.begin(instance, QStringLiteral("edit"), customerId) ||
        !m_run.storedProvider(customerId))
        return;
    const Provider &provider = m_run.provider();
    if (const auto problem = ProviderRules::customerIdProblem(newCustomerId, provider.tenantId))
        return m_run.fail(Error{ErrorKind::InvalidInput, *problem});
    if (newCustomerId == customerId) {
        m_run.outcome().changedNothing = true;
        return m_run.succeed(tr("\"%1\" has the customer id %2 already; nothing was changed.")
                                     .arg(provider.name, customerId));
    }
    if (!isFree(newCustomerId))
        return;
    m_run.openApi([this, newCustomerId](const QString &) { write(newCustomerId); });
}

bool ProviderCustomerId::isFree(const QString &newCustomerId)
{
    const auto taken =
            ProviderRepository(m_run.database()).find(m_run.instance().id, newCustomerId);
    if (!taken) {
        m_run.fail(taken.error());
        return false;
    }
    if (*taken) {
        m_run.fail(Error{ErrorKind::Conflict,
                         tr("Customer id: %1 belongs to \"%2\" already; each provider has its own.")
                                 .arg(newCustomerId, (*taken)->name)});
        return false;
    }
    return true;
}

void ProviderCustomerId::write(const QString &newCustomerId)
{
    m_run.progress(tr("Writing the customer id to the tenant at Acronis…"));
    // Read the tenant's version first and retry once on a conflict; a lost answer is repeated
    // safely, for the same value is written again.
    m_run.withFreshVersion(
            m_run.provider().tenantId,
            [this, newCustomerId](const acronis::Tenant &tenant, auto written) {
                if (tenant.customerId == newCustomerId)
                    return written(success());
                acronis::account::setTenantCustomerId(
                        m_run.api(), tenant.id, newCustomerId, tenant.version,
                        [written](const Result<acronis::Tenant> &changed) {
                            written(changed ? success() : Status(changed.error()));
                        });
            },
            [this, newCustomerId](const Status &status) {
                if (!status)
                    return m_run.fail(status.error());
                Provider &provider = m_run.provider();
                const QString was = provider.customerId;
                provider.customerId = newCustomerId;
                if (const Status saved = ProviderRepository(m_run.database()).save(provider);
                    !saved)
                    return m_run.fail(saved.error());
                m_run.succeed(tr("\"%1\" now has the customer id %2 (was %3), at Acronis too.")
                                      .arg(provider.name, newCustomerId, was));
            });
}

} // namespace csp
