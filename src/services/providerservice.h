#pragma once

#include "core/apioptions.h"
#include "core/instance.h"
#include "core/productrow.h"
#include "core/provider.h"
#include "core/result.h"

#include "services/instancelock.h"
#include <QDateTime>
#include <QObject>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace csp {
class Database;
class SecretStore;
} // namespace csp
namespace csp::acronis {
class ApiClient;
struct OfferingItem;
struct Tenant;
} // namespace csp::acronis

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

// Provisions service providers (partner tenants under the distributor) and suspends, resumes,
// cancels and imports them. One operation per instance at a time, across processes. Every
// operation on a stored provider is recorded with its outcome.
class ProviderService : public QObject
{
    Q_OBJECT

public:
    ProviderService(std::shared_ptr<Database> database, SecretStore &secrets,
                    QNetworkAccessManager &network, ApiOptions options = {},
                    QObject *parent = nullptr);
    ~ProviderService() override;

    // Idempotent: a tenant with this customer id under the distributor is taken over, and a
    // create that stopped half way continues where it stopped. A dry run checks and plans only.
    void create(const Instance &instance, const ProviderRequest &request, bool dryRun);
    void suspend(const Instance &instance, const QString &customerId);
    void resume(const Instance &instance, const QString &customerId);
    // Disables the tenant, then deletes it at Acronis (its data too).
    void cancel(const Instance &instance, const QString &customerId);
    // Records every partner tenant under the distributor as a provider, with its tier and the
    // time it was made at Acronis (its contract's start).
    void importAll(const Instance &instance);
    // Changes the provider's commitment tier at Acronis and in its contract, from `fromMonth`
    // (the first of a month) on.
    void setTier(const Instance &instance, const QString &customerId, const QString &tierKey,
                 QDate fromMonth);
    // Reads the offering items enabled on the provider's tenant (not recorded: it changes nothing).
    void readItems(const Instance &instance, const QString &customerId);
    // Gives a provider (imported without one: its tenant id stood in) the billing system's
    // customer id, at Acronis (the tenant's customer_id) and in the catalogue.
    void editCustomerId(const Instance &instance, const QString &customerId,
                        const QString &newCustomerId);
    // Enables the items `request` chooses (as create would: the instance's active products, every
    // item, or the named ones) and disables the tenant's other items available to partners.
    void setItems(const Instance &instance, const QString &customerId,
                  const ProviderRequest &request);

    // Stops the operation: what is in flight is cancelled. An import stopped before its end
    // records nothing.
    void abort();
    bool isRunning() const { return m_running; }

signals:
    void progress(const QString &step);
    // How far an import's reads are: `done` of `total` partners' tiers read.
    void counted(int done, int total);
    void finished(const csp::ProviderOutcome &outcome);

private:
    struct CreateRun;
    using Connected = std::function<void(const QString &distributorTenantId)>;
    // Takes the lock of the operation: of the customer id, or of the whole instance without one.
    bool begin(const Instance &instance, const QString &operation, const QString &customerId = {});
    // "Tier: "x" is not one of none, 1, …" with the instance's tiers.
    Error unknownTier(const Instance &instance, const QString &key) const;
    void connect(Connected next);
    std::optional<Provider> storedProvider(const QString &customerId);
    // The instance's active products, which name the items and make the default choice.
    Result<QList<ProductRow>> activeProducts() const;
    void setEnabled(const QString &customerId, bool enabled);
    void writeCustomerId(const QString &newCustomerId);
    bool customerIdIsFree(const QString &newCustomerId);
    // Enables or disables the provider's tenant; `alreadyThere` when it was so already.
    void switchTenant(bool enabled, std::function<void(const Status &, bool alreadyThere)> done);
    void deleteDisabled();
    void confirmDeleted(const Error &deleteError);
    void cancelled();
    Status saveStatus(ProviderStatus status);
    void readTiers(const QList<acronis::Tenant> &tenants);
    struct TierReads
    {
        QList<acronis::Tenant> partners;
        qsizetype next = 0; // the next partner to read
        QHash<QString, std::optional<int>> levels;
        bool failed = false;
    };
    static constexpr int TierReadsInFlight = 100;
    void readNextTier(std::shared_ptr<TierReads> reading);
    void importTenants(const QList<acronis::Tenant> &tenants,
                       const QHash<QString, std::optional<int>> &levels);
    // Reads the tenant, then runs `write` with it; a 409 (stale version) re-reads and retries once.
    using TenantWrite =
            std::function<void(const acronis::Tenant &, std::function<void(const Status &)>)>;
    void withFreshVersion(const QString &tenantId, TenantWrite write,
                          std::function<void(const Status &)> done, bool retried = false);

    // create, in order (providercreate.cpp)
    void lookForTenant(const QString &distributorId);
    void checkItems(const QString &distributorId);
    void checkLogin();
    void planCreate();
    struct CreateStep;
    QList<CreateStep> createSteps();
    void runSteps(int index);
    void makeStep(int index, int attempt);
    void stepDone(int index);
    void stopAt(int index, const Error &error);
    void findTenant(std::function<void(const Result<bool> &)> found);
    void adoptTenant(const acronis::Tenant &tenant);
    void makeTenant(std::function<void(const Status &)> made);
    void findAdmin(std::function<void(const Result<bool> &)> found);
    void makeAdmin(std::function<void(const Status &)> made);
    void completeCreate();
    void writeItems(const QList<acronis::OfferingItem> &enable,
                    const QList<acronis::OfferingItem> &disable);
    Status saveProvider();

    void succeed(const QString &summary);
    void fail(const Error &error);
    void finish();

    std::shared_ptr<Database> m_database;
    SecretStore &m_secrets;
    QNetworkAccessManager &m_network;
    ApiOptions m_options;
    std::shared_ptr<acronis::ApiClient> m_api;
    HeldLock m_lock;
    Instance m_instance;
    ProviderOutcome m_outcome;
    std::unique_ptr<CreateRun> m_create;
    QDateTime m_startedAt;
    bool m_running = false;
};

} // namespace csp
