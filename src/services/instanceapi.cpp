#include "instanceapi.h"

#include "acronis/accountapi.h"
#include "storage/instancerepository.h"

#include <QCoreApplication>
#include <QTimer>

namespace csp {

namespace {

// Keeps the distributor's tenant id for the next run, once the requests that need it have left:
// a write to the database is no reason to keep them waiting.
void rememberTenant(std::shared_ptr<Database> database, const QString &instanceId,
                    const QString &tenantId, QObject *context)
{
    QTimer::singleShot(0, context, [database, instanceId, tenantId] {
        InstanceRepository instances(database);
        if (auto saved = instances.findById(instanceId)) {
            Instance updated = *saved;
            updated.distributorTenantId = tenantId;
            instances.update(updated);
        }
    });
}

} // namespace

void openInstanceApi(std::shared_ptr<Database> database, SecretStore &secrets,
                     QNetworkAccessManager &network, const acronis::ApiOptions &options,
                     const Instance &instance, QObject *context,
                     std::function<void(const QString &)> progress,
                     std::function<void(const Result<InstanceApi> &)> done)
{
    progress(QCoreApplication::translate("csp::InstanceApi",
                                         "Reading the client secret from the OS keychain…"));
    secrets.read(instance.id, context, [=, &network](const SecretResult &secret) {
        if (!secret.ok())
            return done(Error{secret.status == SecretResult::Status::NotFound
                                      ? ErrorKind::InvalidInput
                                      : ErrorKind::KeychainUnavailable,
                              secret.message});
        auto api = std::make_shared<acronis::ApiClient>(
                acronis::Credentials{instance.gateway, instance.clientId, secret.secret}, network,
                options);
        progress(QCoreApplication::translate("csp::InstanceApi", "Signing in to %1…")
                         .arg(instance.gateway));
        if (!instance.distributorTenantId.isEmpty())
            return done(InstanceApi{api, instance.distributorTenantId});
        acronis::account::fetchClientInfo(
                *api, instance.clientId, [=](const Result<acronis::ClientInfo> &client) {
                    if (!client)
                        return done(client.error());
                    done(InstanceApi{api, client->tenantId});
                    rememberTenant(database, instance.id, client->tenantId, context);
                });
    });
}

} // namespace csp
