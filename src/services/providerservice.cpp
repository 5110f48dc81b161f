#include "providerservice.h"

#include "providercreation.h"
#include "providercustomerid.h"
#include "providerimport.h"
#include "provideritems.h"
#include "providerrun.h"
#include "providerstatuschange.h"
#include "providertierchange.h"

namespace csp {

ProviderService::ProviderService(std::shared_ptr<Database> database, SecretStore &secrets,
                                 QNetworkAccessManager &network, ApiOptions options,
                                 QObject *parent)
    : QObject(parent)
    , m_run(std::make_unique<ProviderRun>(*this, std::move(database), secrets, network,
                                          std::move(options)))
    , m_creation(std::make_unique<ProviderCreation>(*m_run))
    , m_import(std::make_unique<ProviderImport>(*m_run))
    , m_statusChange(std::make_unique<ProviderStatusChange>(*m_run))
    , m_tierChange(std::make_unique<ProviderTierChange>(*m_run))
    , m_items(std::make_unique<ProviderItems>(*m_run))
    , m_customerId(std::make_unique<ProviderCustomerId>(*m_run))
{ }

ProviderService::~ProviderService()
{
    m_run->cancelRequests();
}

void ProviderService::create(const Instance &instance, const ProviderRequest &request, bool dryRun)
{
    m_creation->create(instance, request, dryRun);
}

void ProviderService::suspend(const Instance &instance, const QString &customerId)
{
    m_statusChange->suspend(instance, customerId);
}

void ProviderService::resume(const Instance &instance, const QString &customerId)
{
    m_statusChange->resume(instance, customerId);
}

void ProviderService::cancel(const Instance &instance, const QString &customerId)
{
    m_statusChange->cancel(instance, customerId);
}

void ProviderService::importAll(const Instance &instance)
{
    m_import->importAll(instance);
}

void ProviderService::setTier(const Instance &instance, const QString &customerId,
                              const QString &tierKey, QDate fromMonth)
{
    m_tierChange->setTier(instance, customerId, tierKey, fromMonth);
}

void ProviderService::readItems(const Instance &instance, const QString &customerId)
{
    m_items->readItems(instance, customerId);
}

void ProviderService::editCustomerId(const Instance &instance, const QString &customerId,
                                     const QString &newCustomerId)
{
    m_customerId->edit(instance, customerId, newCustomerId);
}

void ProviderService::setItems(const Instance &instance, const QString &customerId,
                               const ProviderRequest &request)
{
    m_items->setItems(instance, customerId, request);
}

void ProviderService::abort()
{
    m_import->stop(); // a write under way first: rolled back, or reported if it committed
    m_run->abort();
}

bool ProviderService::isRunning() const
{
    return m_run->isRunning();
}

} // namespace csp
