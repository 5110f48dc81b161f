#include "providerimportwrite.h"

#include "core/contract.h"
#include "core/month.h"
#include "storage/contractrepository.h"
#include "storage/database.h"
#include "storage/providerrepository.h"

#include <QHash>

namespace csp {

namespace {

// What the write knows before its first partner: the contract's tiers and the providers
// recorded so far, by tenant.
struct ImportBase
{
    QList<ContractTier> tiers;
    QHash<QString, Provider> byTenant;
};

Result<ImportBase> importBase(const std::shared_ptr<Database> &database, const QString &instanceId)
{
    ImportBase base;
    const auto tiers = ContractRepository(database).tiers(instanceId);
    if (!tiers)
        return tiers.error();
    base.tiers = *tiers;
    const auto recorded = ProviderRepository(database).list(instanceId);
    if (!recorded)
        return recorded.error();
    for (const Provider &provider : *recorded) {
        if (!provider.tenantId.isEmpty())
            base.byTenant.insert(provider.tenantId, provider);
    }
    return base;
}

// The provider of a partner read, and how to record it; nullopt when nothing changed.
std::optional<ProviderRepository::Imported> importOf(const PartnerRead &read,
                                                     const ImportBase &base,
                                                     const Instance &instance,
                                                     const QDateTime &startedAt,
                                                     const QDateTime &now, ImportTally &tally)
{
    const acronis::Tenant &tenant = read.tenant;
    const auto found = base.byTenant.constFind(tenant.id);
    const std::optional<Provider> known =
            found == base.byTenant.constEnd() ? std::nullopt : std::optional(*found);
    Provider provider = known.value_or(Provider());
    const Provider before = provider;
    provider.instanceId = instance.id;
    if (!known) {
        provider.customerId = tenant.customerId.isEmpty() ? tenant.id : tenant.customerId;
        provider.progress.complete = true; // created outside this program
    }
    provider.tenantId = tenant.id;
    provider.name = tenant.name;
    provider.status = tenant.enabled ? ProviderStatus::Active : ProviderStatus::Suspended;
    provider.pricingMode = tenant.pricingMode;
    provider.language = tenant.language;
    if (!provider.contractStart.isValid() && tenant.createdAt.isValid())
        provider.contractStart = tenant.createdAt;
    if (const auto level = read.level) {
        const auto tier =
                std::find_if(base.tiers.begin(), base.tiers.end(),
                             [&](const ContractTier &t) { return t.levelValue == *level; });
        if (tier != base.tiers.end())
            provider.tier = tier->key;
        else if (!tally.unknownLevels.contains(QString::number(*level)))
            tally.unknownLevels.append(QString::number(*level));
    }
    if (known && before.name == provider.name && before.status == provider.status &&
        before.pricingMode == provider.pricingMode && before.language == provider.language &&
        before.tier == provider.tier && before.contractStart == provider.contractStart) {
        ++tally.unchanged;
        return std::nullopt;
    }
    ++(known ? tally.updated : tally.added);
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
                        startedAt,
                        now,
                        true,
                        known ? ProviderImportWrite::tr("Updated from the tenant at Acronis.")
                              : ProviderImportWrite::tr("Imported from the tenant at Acronis.")};
    return import;
}

} // namespace

ProviderImportWrite::ProviderImportWrite(std::shared_ptr<Database> database, Instance instance,
                                         QDateTime startedAt)
    : m_database(std::move(database))
    , m_instance(std::move(instance))
    , m_startedAt(std::move(startedAt))
{ }

ProviderImportWrite::ProviderImportWrite(std::shared_ptr<Database> database, Instance instance,
                                         QDateTime startedAt, std::function<void()> done)
    : ProviderImportWrite(std::move(database), std::move(instance), std::move(startedAt))
{
    m_result = std::async(std::launch::async, [this, done = std::move(done)] {
        auto result = run(true);
        m_database->releaseThisThreadsConnection();
        done();
        return result;
    });
}

ProviderImportWrite::~ProviderImportWrite()
{
    abandon();
    if (m_result.valid())
        m_result.wait();
}

void ProviderImportWrite::add(QList<PartnerRead> partners)
{
    if (!m_ended && !partners.isEmpty())
        m_parts.give(std::move(partners));
}

void ProviderImportWrite::finish()
{
    if (!std::exchange(m_ended, true))
        m_parts.close();
}

void ProviderImportWrite::abandon()
{
    if (std::exchange(m_ended, true))
        return;
    m_abandoned = true;
    m_parts.close();
}

Result<ImportTally> ProviderImportWrite::result()
{
    return m_result.get();
}

Result<ImportTally> ProviderImportWrite::writeAll(std::shared_ptr<Database> database,
                                                  const Instance &instance,
                                                  const QDateTime &startedAt,
                                                  QList<PartnerRead> partners)
{
    ProviderImportWrite write(std::move(database), instance, startedAt);
    write.add(std::move(partners));
    write.finish();
    return write.run(false);
}

Result<ImportTally> ProviderImportWrite::run(bool lockFirst)
{
    const QString doing = tr("saving the imported service providers");
    // Begun early, the write lock first, so that no edit comes between reading the providers
    // and the writes that follow over a few round trips.
    Transaction transaction(*m_database,
                            lockFirst ? Transaction::Kind::Bulk : Transaction::Kind::Deferred);
    if (!transaction.began())
        return m_database->errorFrom(transaction.beginError(), doing);
    const auto base = importBase(m_database, m_instance.id);
    if (!base)
        return base.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ImportTally tally;
    ProviderRepository providers(m_database);
    while (const std::optional<QList<PartnerRead>> part = m_parts.take()) {
        if (m_abandoned)
            break;
        QList<ProviderRepository::Imported> imports;
        for (const PartnerRead &read : *part) {
            if (auto import = importOf(read, *base, m_instance, m_startedAt, now, tally))
                imports.append(std::move(*import));
        }
        if (const Status saved = providers.saveImported(imports, m_instance.systemName); !saved)
            return saved.error();
    }
    if (m_abandoned)
        return Error{ErrorKind::Cancelled,
                     tr("The import was stopped; no service provider was recorded.")};
    if (!transaction.commit())
        return m_database->errorFrom(transaction.commitError(), doing);
    return tally;
}

} // namespace csp
