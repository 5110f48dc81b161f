#pragma once

#include "core/apioptions.h"
#include "core/instance.h"
#include "core/productrow.h"
#include "core/provider.h"
#include "services/provideroutcome.h"

#include <QDate>
#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace csp {
class Database;
class ProviderCreation;
class ProviderCustomerId;
class ProviderImport;
class ProviderItems;
class ProviderRun;
class ProviderStatusChange;
class ProviderTierChange;
class SecretStore;
} // namespace csp

namespace csp {

// Provisions service providers (partner tenants under the distributor) and suspends, resumes,
// cancels and imports them. One operation per instance at a time, across processes. Every
// operation on a stored provider is recorded with its outcome. Each kind of operation is a class
// of its own (providercreation.h, providerimport.h, …) working on the one ProviderRun.
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
    bool isRunning() const;

signals:
    void progress(const QString &step);
    // How far an import's reads are: `done` of `total` partners' tiers read.
    void counted(int done, int total);
    void finished(const csp::ProviderOutcome &outcome);

private:
    std::unique_ptr<ProviderRun> m_run;
    std::unique_ptr<ProviderCreation> m_creation;
    std::unique_ptr<ProviderImport> m_import;
    std::unique_ptr<ProviderStatusChange> m_statusChange;
    std::unique_ptr<ProviderTierChange> m_tierChange;
    std::unique_ptr<ProviderItems> m_items;
    std::unique_ptr<ProviderCustomerId> m_customerId;
};

} // namespace csp
