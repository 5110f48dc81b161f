#include "providerservice.h"

#include <QLocale>

#include "acronis/accountapi.h"
#include "acronis/apiclient.h"
#include "acronis/provisioningapi.h"
#include "acronis/records.h"
#include "core/month.h"
#include "instanceapi.h"
#include "instancelock.h"
#include "providercreaterun.h"
#include "secrets/secretstore.h"
#include "storage/contractrepository.h"
#include "storage/database.h"
#include "storage/providerrepository.h"

namespace csp {

namespace {

bool isVersionConflict(const Error &error)
{
    return error.httpStatus == 409 || error.serviceCode == 1001;
}

bool isGone(const Error &error)
{
    return error.httpStatus == 404 || error.serviceCode == 1005;
}

} // namespace

ProviderService::ProviderService(std::shared_ptr<Database> database, SecretStore &secrets,
                                 QNetworkAccessManager &network, ApiOptions options,
                                 QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_secrets(secrets)
    , m_network(network)
    , m_options(std::move(options))
{ }

ProviderService::~ProviderService()
{
    if (m_api)
        m_api->cancel();
}

Error ProviderService::unknownTier(const Instance &instance, const QString &key) const
{
    QStringList keys;
    for (const ContractTier &tier : ContractRepository(m_database).tiers(instance.id).valueOr({}))
        keys.append(tier.key);
    return {ErrorKind::InvalidInput,
            tr("Tier: \"%1\" is not one of the contract tiers of \"%2\" (%3); add it to the "
               "instance's contract tiers first.")
                    .arg(key, instance.systemName, keys.join(QStringLiteral(", ")))};
}

bool ProviderService::begin(const Instance &instance, const QString &operation,
                            const QString &customerId)
{
    m_running = true;
    m_instance = instance;
    m_outcome = ProviderOutcome();
    m_outcome.operation = operation;
    m_create.reset();
    m_api.reset();
    m_startedAt = QDateTime::currentDateTimeUtc();
    // One operation per customer id at a time, across every program that shares the catalogue;
    // an import, which reads them all, one per instance.
    auto lock = customerId.isEmpty()
            ? lockInstance(*m_database, QStringLiteral("providers"), instance.id,
                           tr("Another service-provider operation of \"%1\" is running")
                                   .arg(instance.systemName))
            : lockInstance(*m_database, customerLockKind(customerId), instance.id,
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

void ProviderService::connect(Connected next)
{
    openInstanceApi(
            m_database, m_secrets, m_network, m_options, m_instance, this,
            [this](const QString &step) { emit progress(step); },
            [this, next](const Result<InstanceApi> &opened) {
                if (!m_running)
                    return;
                if (!opened)
                    return fail(opened.error());
                m_api = opened->api;
                m_instance.distributorTenantId = opened->distributorTenantId;
                next(opened->distributorTenantId);
            });
}

std::optional<Provider> ProviderService::storedProvider(const QString &customerId)
{
    auto found = ProviderRepository(m_database).find(m_instance.id, customerId);
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

void ProviderService::suspend(const Instance &instance, const QString &customerId)
{
    if (begin(instance, QStringLiteral("suspend"), customerId))
        setEnabled(customerId, false);
}

void ProviderService::resume(const Instance &instance, const QString &customerId)
{
    if (begin(instance, QStringLiteral("resume"), customerId))
        setEnabled(customerId, true);
}

void ProviderService::withFreshVersion(const QString &tenantId, TenantWrite write,
                                       std::function<void(const Status &)> done, bool retried)
{
    acronis::account::fetchTenant(
            *m_api, tenantId,
            [this, tenantId, write, done, retried](const Result<acronis::Tenant> &tenant) {
                if (!tenant)
                    return done(tenant.error());
                write(*tenant, [this, tenantId, write, done, retried](const Status &status) {
                    if (status || retried || !isVersionConflict(status.error()))
                        return done(status);
                    emit progress(tr("The tenant changed at Acronis meanwhile; reading it again "
                                     "and retrying once…"));
                    withFreshVersion(tenantId, write, done, true);
                });
            });
}

void ProviderService::switchTenant(bool enabled,
                                   std::function<void(const Status &, bool alreadyThere)> done)
{
    emit progress(enabled ? tr("Enabling the tenant…") : tr("Disabling the tenant…"));
    auto alreadyThere = std::make_shared<bool>(false);
    withFreshVersion(
            m_outcome.provider->tenantId,
            [this, enabled, alreadyThere](const acronis::Tenant &tenant, auto written) {
                if (tenant.enabled == enabled) {
                    *alreadyThere = true;
                    return written(success());
                }
                acronis::account::setTenantEnabled(
                        *m_api, tenant.id, enabled, tenant.version,
                        [written](const Result<acronis::Tenant> &changed) {
                            written(changed ? success() : Status(changed.error()));
                        });
            },
            [alreadyThere, done](const Status &status) { done(status, *alreadyThere); });
}

Status ProviderService::saveStatus(ProviderStatus status)
{
    m_outcome.provider->status = status;
    return ProviderRepository(m_database).save(*m_outcome.provider);
}

void ProviderService::setEnabled(const QString &customerId, bool enabled)
{
    if (!storedProvider(customerId))
        return;
    connect([this, enabled](const QString &) {
        switchTenant(enabled, [this, enabled](const Status &status, bool alreadyThere) {
            if (!status)
                return fail(status.error());
            if (const Status saved =
                        saveStatus(enabled ? ProviderStatus::Active : ProviderStatus::Suspended);
                !saved)
                return fail(saved.error());
            const QString name = m_outcome.provider->name;
            m_outcome.changedNothing = alreadyThere;
            if (alreadyThere)
                return succeed(enabled ? tr("\"%1\" was already active at Acronis; nothing "
                                            "changed.")
                                                 .arg(name)
                                       : tr("\"%1\" was already suspended at Acronis; nothing "
                                            "changed.")
                                                 .arg(name));
            succeed(enabled ? tr("\"%1\" is active again: its tenant is enabled.").arg(name)
                            : tr("\"%1\" is suspended: its tenant is disabled (Acronis keeps "
                                 "billing its usage while it is disabled).")
                                      .arg(name));
        });
    });
}

void ProviderService::cancel(const Instance &instance, const QString &customerId)
{
    if (!begin(instance, QStringLiteral("cancel"), customerId))
        return;
    if (!storedProvider(customerId))
        return;
    connect([this](const QString &) {
        switchTenant(false, [this](const Status &status, bool) {
            if (!status && isGone(status.error())) {
                if (const Status saved = saveStatus(ProviderStatus::Cancelled); !saved)
                    return fail(saved.error());
                return succeed(tr("\"%1\" is cancelled; its tenant had already been removed "
                                  "at Acronis.")
                                       .arg(m_outcome.provider->name));
            }
            if (!status)
                return fail(status.error());
            deleteDisabled();
        });
    });
}

void ProviderService::deleteDisabled()
{
    emit progress(tr("Deleting the tenant and its data at Acronis…"));
    withFreshVersion(
            m_outcome.provider->tenantId,
            [this](const acronis::Tenant &current, auto done) {
                acronis::account::deleteTenant(*m_api, current.id, current.version, done);
            },
            [this](const Status &status) {
                if (!status && acronis::isAmbiguous(status.error()))
                    return confirmDeleted(status.error());
                if (!status)
                    return fail(status.error());
                cancelled();
            });
}

void ProviderService::confirmDeleted(const Error &deleteError)
{
    // The answer to the DELETE was lost: the tenant tells whether it was carried out.
    emit progress(tr("Looking for the tenant at Acronis…"));
    acronis::account::fetchTenant(*m_api, m_outcome.provider->tenantId,
                                  [this, deleteError](const Result<acronis::Tenant> &tenant) {
                                      if (!tenant && isGone(tenant.error()))
                                          return cancelled();
                                      Error error = deleteError;
                                      if (tenant)
                                          error.message += u' ' +
                                                  tr("The tenant still exists at Acronis; run "
                                                     "cancel again to delete it.");
                                      fail(error);
                                  });
}

void ProviderService::cancelled()
{
    if (const Status saved = saveStatus(ProviderStatus::Cancelled); !saved)
        return fail(saved.error());
    succeed(tr("\"%1\" is cancelled: its tenant was disabled and deleted at Acronis.")
                    .arg(m_outcome.provider->name));
}

void ProviderService::importAll(const Instance &instance)
{
    if (!begin(instance, QStringLiteral("import")))
        return;
    connect([this](const QString &distributorId) {
        emit progress(tr("Reading the partner tenants under the distributor…"));
        acronis::account::fetchChildTenants(*m_api, distributorId,
                                            [this](const Result<QList<acronis::Tenant>> &tenants) {
                                                if (!tenants)
                                                    return fail(tenants.error());
                                                readTiers(*tenants);
                                            });
    });
}

void ProviderService::readTiers(const QList<acronis::Tenant> &tenants)
{
    auto reading = std::make_shared<TierReads>();
    for (const acronis::Tenant &tenant : tenants) {
        if (tenant.kind == u"partner")
            reading->partners.append(tenant);
    }
    if (reading->partners.isEmpty())
        return importTenants(reading->partners, {});
    emit progress(tr("Reading the commitment tiers of %n partner(s)…", nullptr,
                     int(reading->partners.size())));
    // A window of reads in flight rather than all at once: thousands of requests queued on one
    // HTTP/2 connection have been seen to stall, and a gateway's limits are not published.
    for (int i = 0; i < TierReadsInFlight && reading->next < reading->partners.size(); ++i)
        readNextTier(reading);
}

void ProviderService::readNextTier(std::shared_ptr<TierReads> reading)
{
    if (!m_running)
        return; // stopped
    const acronis::Tenant &partner = reading->partners.at(reading->next++);
    acronis::account::fetchTierLevel(
            *m_api, partner.id,
            [this, reading, id = partner.id](const Result<std::optional<int>> &level) {
                if (reading->failed || !m_running)
                    return;
                if (!level) {
                    reading->failed = true;
                    m_api->cancel();
                    return fail(level.error());
                }
                reading->levels.insert(id, *level);
                const int done = int(reading->levels.size());
                const int total = int(reading->partners.size());
                emit counted(done, total);
                if (done % std::max(1, total / 100) == 0)
                    emit progress(
                            tr("Read the commitment tiers of %1 of %n partner(s)…", nullptr, total)
                                    .arg(QLocale().toString(done)));
                if (reading->next < reading->partners.size())
                    return readNextTier(reading);
                if (reading->levels.size() == reading->partners.size())
                    importTenants(reading->partners, reading->levels);
            });
}

void ProviderService::importTenants(const QList<acronis::Tenant> &tenants,
                                    const QHash<QString, std::optional<int>> &levels)
{
    const auto tiers = ContractRepository(m_database).tiers(m_instance.id);
    if (!tiers)
        return fail(tiers.error());
    QStringList unknownLevels;
    emit progress(tr("Recording %n service provider(s)…", nullptr, int(tenants.size())));
    Transaction transaction(*m_database);
    const auto recorded = ProviderRepository(m_database).list(m_instance.id);
    if (!recorded)
        return fail(recorded.error());
    QHash<QString, Provider> byTenant; // one read, not one per partner
    for (const Provider &provider : *recorded) {
        if (!provider.tenantId.isEmpty())
            byTenant.insert(provider.tenantId, provider);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<ProviderRepository::Imported> imports;
    for (const acronis::Tenant &tenant : tenants) {
        if (tenant.kind != u"partner")
            continue;
        const auto found = byTenant.constFind(tenant.id);
        const std::optional<Provider> known =
                found == byTenant.constEnd() ? std::nullopt : std::optional(*found);
        const QString customerId = tenant.customerId.isEmpty() ? tenant.id : tenant.customerId;
        Provider provider = known.value_or(Provider());
        const Provider before = provider;
        provider.instanceId = m_instance.id;
        if (!known) {
            provider.customerId = customerId;
            provider.progress.complete = true; // created outside this program
        }
        provider.tenantId = tenant.id;
        provider.name = tenant.name;
        provider.status = tenant.enabled ? ProviderStatus::Active : ProviderStatus::Suspended;
        provider.pricingMode = tenant.pricingMode;
        provider.language = tenant.language;
        if (!provider.contractStart.isValid() && tenant.createdAt.isValid())
            provider.contractStart = tenant.createdAt;
        if (const auto level = levels.value(tenant.id)) {
            const auto tier =
                    std::find_if(tiers->begin(), tiers->end(),
                                 [&](const ContractTier &t) { return t.levelValue == *level; });
            if (tier != tiers->end())
                provider.tier = tier->key;
            else if (!unknownLevels.contains(QString::number(*level)))
                unknownLevels.append(QString::number(*level));
        }
        const bool same = known && before.name == provider.name &&
                before.status == provider.status && before.pricingMode == provider.pricingMode &&
                before.language == provider.language && before.tier == provider.tier &&
                before.contractStart == provider.contractStart;
        if (same) {
            ++m_outcome.unchanged;
            continue;
        }
        ++(known ? m_outcome.updated : m_outcome.added);
        ProviderRepository::Imported import{provider, {}, {}, {}};
        if (!provider.tier.isEmpty() && before.tier != provider.tier) {
            // A new provider has its tier from its first month; a changed one from this month.
            const QDate from = known || !provider.contractStart.isValid()
                    ? now.date()
                    : provider.contractStart.toUTC().date();
            import.tierKey = provider.tier;
            import.tierFrom = firstOfMonth(from);
        }
        import.operation = {provider.id,
                            QStringLiteral("import"),
                            m_startedAt,
                            now,
                            true,
                            known ? tr("Updated from the tenant at Acronis.")
                                  : tr("Imported from the tenant at Acronis.")};
        imports.append(import);
    }
    if (const Status saved =
                ProviderRepository(m_database).saveImported(imports, m_instance.systemName);
        !saved)
        return fail(saved.error());
    if (!transaction.began() || !transaction.commit())
        return fail(m_database->errorFrom(transaction.began() ? transaction.commitError()
                                                              : transaction.beginError(),
                                          tr("saving the imported service providers")));
    QString summary = tr("Imported %1 new, updated %2 and left %3 unchanged service provider(s).")
                              .arg(m_outcome.added)
                              .arg(m_outcome.updated)
                              .arg(m_outcome.unchanged);
    if (!unknownLevels.isEmpty())
        summary += u' ' +
                tr("Some partners have a tier_level_value (%1) that no contract tier of \"%2\" "
                   "has; add those tiers to the instance's contract tiers and import again.")
                        .arg(unknownLevels.join(QStringLiteral(", ")), m_instance.systemName);
    succeed(summary);
}

void ProviderService::setTier(const Instance &instance, const QString &customerId,
                              const QString &tierKey, QDate fromMonth)
{
    if (!begin(instance, QStringLiteral("set-tier"), customerId))
        return;
    const auto tier = ContractRepository(m_database).tier(instance.id, tierKey);
    if (!tier)
        return fail(tier.error());
    if (!*tier)
        return fail(unknownTier(instance, tierKey));
    if (!storedProvider(customerId))
        return;
    const ContractTier chosen = **tier;
    connect([this, chosen, fromMonth](const QString &) {
        emit progress(tr("Setting the commitment tier at Acronis…"));
        acronis::account::setTierLevel(
                *m_api, m_outcome.provider->tenantId, chosen.levelValue,
                [this, chosen, fromMonth](const Status &set) {
                    if (!set)
                        return fail(set.error());
                    Provider &provider = *m_outcome.provider;
                    const QDate today = QDateTime::currentDateTimeUtc().date();
                    if (fromMonth <= firstOfMonth(today))
                        provider.tier = chosen.key;
                    Transaction transaction(*m_database, Transaction::Kind::Write);
                    Status saved = ProviderRepository(m_database).save(provider);
                    if (saved)
                        saved = ContractRepository(m_database)
                                        .setTierFrom(provider.id, chosen.key, fromMonth);
                    if (saved && !transaction.commit())
                        saved = m_database->errorFrom(transaction.commitError(),
                                                      tr("recording the provider's tier"));
                    if (!saved)
                        return fail(saved.error());
                    succeed(tr("\"%1\" has %2 from %3 on (set at Acronis: tier_level_value %4).")
                                    .arg(provider.name, ContractRules::displayName(chosen),
                                         monthKey(fromMonth))
                                    .arg(chosen.levelValue));
                });
    });
}

void ProviderService::abort()
{
    if (!m_running)
        return;
    if (m_outcome.operation == u"import") {
        // Still reading: nothing is recorded before every read is in.
        fail(Error{ErrorKind::Cancelled,
                   tr("The import was stopped; no service provider was recorded.")});
        if (m_api)
            m_api->cancel();
        return;
    }
    if (m_api)
        m_api->cancel();
}

void ProviderService::succeed(const QString &summary)
{
    m_outcome.summary = summary;
    finish();
}

void ProviderService::fail(const Error &error)
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

void ProviderService::finish()
{
    const bool recordable = m_outcome.provider && !m_outcome.provider->id.isEmpty() &&
            !m_outcome.dryRun && m_outcome.operation != u"import" &&
            m_outcome.operation != u"read-items";
    if (recordable) {
        const QString detail = m_outcome.error ? m_outcome.error->message : m_outcome.summary;
        ProviderRepository(m_database)
                .record({m_outcome.provider->id, m_outcome.operation, m_startedAt,
                         QDateTime::currentDateTimeUtc(), m_outcome.ok(), detail});
    }
    m_lock.reset();
    m_running = false;
    if (m_api)
        m_outcome.maxParallelRequests = m_api->maxInFlight();
    const ProviderOutcome outcome = m_outcome;
    emit finished(outcome);
}

} // namespace csp
