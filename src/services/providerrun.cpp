#include "providerrun.h"

#include "acronis/accountapi.h"
#include "acronis/apiclient.h"
#include "acronis/provisioningapi.h"
#include "acronis/records.h"
#include "providerservice.h"
#include "storage/contractrepository.h"
#include "storage/database.h"
#include "storage/providerrepository.h"

namespace csp {

namespace {

bool isVersionConflict(const Error &error)
{
    return error.httpStatus == 409 || error.serviceCode == 1001;
}

} // namespace

ProviderRun::ProviderRun(ProviderService &service, std::shared_ptr<Database> database,
                         SecretStore &secrets, QNetworkAccessManager &network, ApiOptions options)
    : m_service(service)
    , m_session(std::move(database), secrets, network, std::move(options))
{ }

Error ProviderRun::unknownTier(const QString &key) const
{
    QStringList keys;
    for (const ContractTier &tier :
         ContractRepository(m_session.database()).tiers(m_instance.id).valueOr({}))
        keys.append(tier.key);
    return {ErrorKind::InvalidInput,
            tr("Tier: \"%1\" is not one of the contract tiers of \"%2\" (%3); add it to "
               "the contract tiers first.")
                    .arg(key, m_instance.systemName, keys.join(QStringLiteral(", ")))};
}

bool ProviderRun::begin(const Instance &instance, const QString &operation,
                        const QString &customerId)
{
    m_running = true;
    m_instance = instance;
    m_outcome = ProviderOutcome();
    m_outcome.operation = operation;
    m_session.close();
    m_startedAt = QDateTime::currentDateTimeUtc();
    // One operation per customer id at a time, across every program that shares the catalogue;
    // an import, which reads them all, one per instance.
    auto lock = customerId.isEmpty()
            ? lockInstance(*m_session.database(), QStringLiteral("providers"), instance.id,
                           tr("Another service-provider operation of \"%1\" is running")
                                   .arg(instance.systemName))
            : lockInstance(*m_session.database(), customerLockKind(customerId), instance.id,
                           tr("Another operation on the service provider \"%1\" of \"%2\" is "
                              "running")
                                   .arg(customerId, instance.systemName));
    if (!lock) {
        fail(lock.error());
        return false;
    }
    m_lock = *lock;
    return true;
}

void ProviderRun::openApi(std::function<void(const QString &distributorTenantId)> next)
{
    m_session.open(
            m_instance, &m_service, [this](const QString &step) { progress(step); },
            [this, next](const Result<InstanceApi> &opened) {
                if (!m_running)
                    return;
                if (!opened)
                    return fail(opened.error());
                m_instance.distributorTenantId = opened->distributorTenantId;
                next(opened->distributorTenantId);
            });
}

std::optional<Provider> ProviderRun::storedProvider(const QString &customerId)
{
    auto found = ProviderRepository(m_session.database()).find(m_instance.id, customerId);
    if (!found) {
        fail(found.error());
        return std::nullopt;
    }
    if (!*found) {
        fail(Error{ErrorKind::NotFound,
                   tr("There is no service provider with customer id \"%1\" in \"%2\" (see "
                      "provider list).")
                           .arg(customerId, m_instance.systemName)});
        return std::nullopt;
    }
    m_outcome.provider = **found;
    if ((*found)->status == ProviderStatus::Cancelled) {
        fail(Error{ErrorKind::InvalidInput,
                   tr("The service provider \"%1\" was cancelled; its tenant no longer exists.")
                           .arg((*found)->name)});
        return std::nullopt;
    }
    return *found;
}

Status ProviderRun::saveProvider()
{
    return ProviderRepository(m_session.database()).save(*m_outcome.provider);
}

void ProviderRun::withFreshVersion(const QString &tenantId, TenantWrite write,
                                   std::function<void(const Status &)> done, bool retried)
{
    acronis::account::fetchTenant(
            m_session.api(), tenantId,
            [this, tenantId, write, done, retried](const Result<acronis::Tenant> &tenant) {
                if (!tenant)
                    return done(tenant.error());
                write(*tenant, [this, tenantId, write, done, retried](const Status &status) {
                    if (status || retried || !isVersionConflict(status.error()))
                        return done(status);
                    progress(tr("The tenant changed at Acronis meanwhile; reading it again "
                                "and retrying once…"));
                    withFreshVersion(tenantId, write, done, true);
                });
            });
}

void ProviderRun::progress(const QString &step)
{
    emit m_service.progress(step);
}

void ProviderRun::counted(int done, int total)
{
    emit m_service.counted(done, total);
}

void ProviderRun::abort()
{
    if (!m_running)
        return;
    if (m_outcome.operation == u"import") {
        // Still reading: nothing is recorded before every read is in.
        fail(Error{ErrorKind::Cancelled,
                   tr("The import was stopped; no service provider was recorded.")});
        cancelRequests();
        return;
    }
    cancelRequests();
}

void ProviderRun::cancelRequests()
{
    m_session.cancel();
}

void ProviderRun::succeed(const QString &summary)
{
    m_outcome.summary = summary;
    finish();
}

void ProviderRun::fail(const Error &error)
{
    m_outcome.error = error;
    const bool partlyDone = m_outcome.operation == u"create" && !m_outcome.dryRun &&
            m_outcome.provider && !m_outcome.provider->id.isEmpty();
    if (partlyDone)
        m_outcome.error->message += u' ' +
                tr("What was done is recorded; run create again (the same command) to continue "
                   "from there.");
    finish();
}

void ProviderRun::finish()
{
    const bool recordable = m_outcome.provider && !m_outcome.provider->id.isEmpty() &&
            !m_outcome.dryRun && m_outcome.operation != u"import" &&
            m_outcome.operation != u"read-items";
    if (recordable) {
        const QString detail = m_outcome.error ? m_outcome.error->message : m_outcome.summary;
        ProviderRepository(m_session.database())
                .record({m_outcome.provider->id, m_outcome.operation, m_startedAt,
                         QDateTime::currentDateTimeUtc(), m_outcome.ok(), detail});
    }
    m_lock.reset();
    m_running = false;
    if (m_session.isOpen())
        m_outcome.maxParallelRequests = m_session.api().maxInFlight();
    const ProviderOutcome outcome = m_outcome;
    emit m_service.finished(outcome);
}

} // namespace csp
