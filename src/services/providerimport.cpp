#include "providerimport.h"

#include "acronis/accountapi.h"
#include "acronis/apiclient.h"
#include "acronis/provisioningapi.h"
#include "acronis/records.h"
#include "core/month.h"
#include "providerrun.h"
#include "storage/contractrepository.h"
#include "storage/database.h"
#include "storage/providerrepository.h"

#include <QLocale>

namespace csp {

struct ProviderImport::TierReads
{
    QList<acronis::Tenant> partners; // those listed so far
    qsizetype next = 0;              // the next partner to read
    int inFlight = 0;
    bool allListed = false;
    QList<acronis::Tenant> tenants; // all of them, once listed
    QHash<QString, std::optional<int>> levels;
    bool failed = false;
};

void ProviderImport::importAll(const Instance &instance)
{
    if (!m_run.begin(instance, QStringLiteral("import")))
        return;
    m_run.openApi([this](const QString &distributorId) {
        m_run.progress(tr("Reading the partner tenants under the distributor…"));
        // Each page's partners have their tiers read while the next page is on its way.
        auto reading = std::make_shared<TierReads>();
        acronis::account::fetchChildTenants(
                m_run.api(), distributorId,
                [this, reading](const Result<QList<acronis::Tenant>> &tenants) {
                    if (reading->failed || !m_run.isRunning())
                        return;
                    if (!tenants) {
                        reading->failed = true;
                        m_run.cancelRequests();
                        return m_run.fail(tenants.error());
                    }
                    reading->allListed = true;
                    reading->tenants = *tenants;
                    if (!reading->partners.isEmpty())
                        m_run.progress(tr("Reading the commitment tiers of %n partner(s)…", nullptr,
                                          int(reading->partners.size())));
                    importWhenAllRead(*reading);
                },
                [this, reading](const QList<acronis::Tenant> &page) {
                    if (reading->failed || !m_run.isRunning())
                        return;
                    for (const acronis::Tenant &tenant : page) {
                        if (tenant.kind == u"partner")
                            reading->partners.append(tenant);
                    }
                    if (reading->partners.isEmpty())
                        return;
                    m_run.progress(tr("Reading the commitment tiers of the %n partner(s) listed "
                                      "so far…",
                                      nullptr, int(reading->partners.size())));
                    while (!reading->failed && m_run.isRunning() &&
                           reading->inFlight < TierReadsInFlight &&
                           reading->next < reading->partners.size())
                        readNextTier(reading);
                });
    });
}

void ProviderImport::readNextTier(std::shared_ptr<TierReads> reading)
{
    if (!m_run.isRunning())
        return; // stopped
    const acronis::Tenant &partner = reading->partners.at(reading->next++);
    ++reading->inFlight;
    acronis::account::fetchTierLevel(
            m_run.api(), partner.id,
            [this, reading, id = partner.id](const Result<std::optional<int>> &level) {
                --reading->inFlight;
                if (reading->failed || !m_run.isRunning())
                    return;
                if (!level) {
                    reading->failed = true;
                    m_run.cancelRequests();
                    return m_run.fail(level.error());
                }
                reading->levels.insert(id, *level);
                const int done = int(reading->levels.size());
                const int known = int(reading->partners.size());
                m_run.counted(done, known);
                if (reading->allListed && done % std::max(1, known / 100) == 0)
                    m_run.progress(
                            tr("Read the commitment tiers of %1 of %n partner(s)…", nullptr, known)
                                    .arg(QLocale().toString(done)));
                if (reading->next < reading->partners.size())
                    return readNextTier(reading);
                importWhenAllRead(*reading);
            });
}

void ProviderImport::importWhenAllRead(const TierReads &reading)
{
    if (reading.allListed && reading.levels.size() == reading.partners.size())
        importTenants(reading.tenants, reading.levels);
}

void ProviderImport::importTenants(const QList<acronis::Tenant> &tenants,
                                   const QHash<QString, std::optional<int>> &levels)
{
    const auto &database = m_run.database();
    const Instance &instance = m_run.instance();
    ProviderOutcome &outcome = m_run.outcome();
    const auto tiers = ContractRepository(database).tiers(instance.id);
    if (!tiers)
        return m_run.fail(tiers.error());
    QStringList unknownLevels;
    m_run.progress(tr("Recording %n service provider(s)…", nullptr, int(tenants.size())));
    Transaction transaction(*database);
    const auto recorded = ProviderRepository(database).list(instance.id);
    if (!recorded)
        return m_run.fail(recorded.error());
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
        provider.instanceId = instance.id;
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
            ++outcome.unchanged;
            continue;
        }
        ++(known ? outcome.updated : outcome.added);
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
                            m_run.startedAt(),
                            now,
                            true,
                            known ? tr("Updated from the tenant at Acronis.")
                                  : tr("Imported from the tenant at Acronis.")};
        imports.append(import);
    }
    if (const Status saved =
                ProviderRepository(database).saveImported(imports, instance.systemName);
        !saved)
        return m_run.fail(saved.error());
    if (!transaction.began() || !transaction.commit())
        return m_run.fail(database->errorFrom(transaction.began() ? transaction.commitError()
                                                                  : transaction.beginError(),
                                              tr("saving the imported service providers")));
    QString summary = tr("Imported %1 new, updated %2 and left %3 unchanged service provider(s).")
                              .arg(outcome.added)
                              .arg(outcome.updated)
                              .arg(outcome.unchanged);
    if (!unknownLevels.isEmpty())
        summary += u' ' +
                tr("Some partners have a tier_level_value (%1) that no contract tier of \"%2\" "
                   "has; add those tiers to the contract tiers and import again.")
                        .arg(unknownLevels.join(QStringLiteral(", ")), instance.systemName);
    m_run.succeed(summary);
}

} // namespace csp
