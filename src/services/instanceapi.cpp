#include "instanceapi.h"

#include "acronis/accountapi.h"
#include "acronis/apiclient.h"
#include "acronis/records.h"
#include "core/secretwipe.h"
#include "secrets/secretstore.h"
#include "storage/database.h"
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
        InstanceRepository(database).setDistributorTenant(instanceId, tenantId);
    });
}

// A secret this machine lacks is a keychain matter (exit 5) with its remedy: in team mode
// another admin may have added the instance, and each machine's keychain holds its own copy.
Error secretError(const SecretResult &secret, const QString &systemName)
{
    if (secret.status != SecretResult::Status::NotFound)
        return Error{ErrorKind::KeychainUnavailable, secret.message};
    return Error{ErrorKind::KeychainUnavailable,
                 QCoreApplication::translate("csp::InstanceApi",
                                             "This machine's OS keychain holds no client secret "
                                             "for \"%1\". Enter the client secret in the "
                                             "instance's settings on this machine.")
                         .arg(systemName)};
}

// The secret read to open the API serves its first token request and is wiped then; a later
// one (a token renewed in a long run) reads the keychain again.
acronis::SecretSource keychainSource(SecretStore &secrets, const QString &instanceId,
                                     const QString &systemName, const QString &firstSecret)
{
    auto first = std::make_shared<QString>(keptCopy(firstSecret));
    return acronis::SecretSource([&secrets, instanceId, systemName,
                                  first](QObject *context,
                                         const acronis::SecretSource::Deliver &deliver) {
        if (!first->isEmpty()) {
            QString secret = std::exchange(*first, {});
            deliver(secret);
            return wipe(secret);
        }
        secrets.read(instanceId, context, [deliver, systemName](const SecretResult &secret) {
            if (!secret.ok())
                return deliver(secretError(secret, systemName));
            deliver(secret.secret);
        });
    });
}

} // namespace

void openInstanceApi(std::shared_ptr<Database> database, SecretStore &secrets,
                     QNetworkAccessManager &network, const ApiOptions &options,
                     const Instance &instance, QObject *context,
                     std::function<void(const QString &)> progress,
                     std::function<void(const Result<InstanceApi> &)> done)
{
    progress(QCoreApplication::translate("csp::InstanceApi",
                                         "Reading the client secret from the OS keychain…"));
    secrets.read(instance.id, context, [=, &network, &secrets](const SecretResult &secret) {
        if (!secret.ok())
            return done(secretError(secret, instance.systemName));
        auto api = std::make_shared<acronis::ApiClient>(
                acronis::Credentials{
                        instance.gateway, instance.clientId,
                        keychainSource(secrets, instance.id, instance.systemName, secret.secret)},
                network, options);
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
