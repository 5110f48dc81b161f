#include "connectiontest.h"

#include "acronis/accountapi.h"
#include "acronis/apiclient.h"
#include "acronis/records.h"
#include "secrets/secretstore.h"
#include "storage/database.h"
#include "storage/instancerepository.h"

#include <QTimer>

namespace csp {

ConnectionTest::ConnectionTest(QNetworkAccessManager &network, SecretStore &secrets,
                               std::shared_ptr<Database> database, ApiOptions options,
                               QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_secrets(secrets)
    , m_database(std::move(database))
    , m_options(std::move(options))
{ }

ConnectionTest::~ConnectionTest()
{
    if (m_api)
        m_api->cancel();
}

void ConnectionTest::start(const Instance &instance, const std::optional<QString> &secret)
{
    cancel();
    m_running = true;
    const int generation = ++m_generation;
    if (secret)
        return run(instance, *secret);
    emit stepChanged(tr("Reading the client secret from the OS keychain…"));
    m_secrets.read(instance.id, this, [this, instance, generation](const SecretResult &result) {
        if (generation != m_generation)
            return;
        if (!result.ok())
            return finish(Error{result.status == SecretResult::Status::NotFound
                                        ? ErrorKind::InvalidInput
                                        : ErrorKind::KeychainUnavailable,
                                result.message});
        run(instance, result.secret);
    });
}

void ConnectionTest::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    if (m_api)
        m_api->cancel();
    finish(Error{ErrorKind::Cancelled, tr("The connection test was cancelled.")});
}

void ConnectionTest::run(const Instance &instance, const QString &secret)
{
    if (m_api)
        m_api->cancel();
    m_api = std::make_unique<acronis::ApiClient>(
            acronis::Credentials{instance.gateway, instance.clientId, secret}, m_network,
            m_options);
    auto *api = m_api.get();
    const int generation = m_generation;
    emit stepChanged(tr("Obtaining a token from %1…").arg(instance.gateway));
    api->authenticate([this, api, instance, generation](const Status &token) {
        if (generation != m_generation)
            return;
        if (!token)
            return finish(token.error());
        emit stepChanged(tr("Finding the API client's tenant…"));
        acronis::account::fetchClientInfo(
                *api, instance.clientId,
                [this, api, instance, generation](const Result<acronis::ClientInfo> &client) {
                    if (generation != m_generation)
                        return;
                    if (!client)
                        return finish(client.error());
                    emit stepChanged(tr("Reading the distributor tenant…"));
                    acronis::account::fetchTenant(
                            *api, client->tenantId,
                            [this, instance, generation](const Result<acronis::Tenant> &tenant) {
                                if (generation != m_generation)
                                    return;
                                if (!tenant)
                                    return finish(tenant.error());
                                remember(instance, tenant->id);
                                finish(ConnectionInfo{tenant->id, tenant->name, tenant->kind,
                                                      QDateTime::currentDateTimeUtc()});
                            });
                });
    });
}

void ConnectionTest::remember(const Instance &tested, const QString &tenantId)
{
    if (!m_database)
        return;
    InstanceRepository instances(m_database);
    auto saved = instances.findById(tested.id);
    if (!saved || saved->gateway != tested.gateway || saved->clientId != tested.clientId ||
        saved->distributorTenantId == tenantId)
        return;
    instances.setDistributorTenant(tested.id, tenantId);
}

void ConnectionTest::finish(const Result<ConnectionInfo> &result)
{
    m_running = false;
    emit finished(result);
    // The client holds a copy of the secret: it goes (wiped) once its callbacks have returned.
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation == m_generation && !m_running)
            m_api.reset();
    });
}

} // namespace csp
