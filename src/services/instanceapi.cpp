#include "instanceapi.h"

#include "acronis/accountapi.h"
#include "storage/instancerepository.h"

#include <QCoreApplication>

namespace csp {

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
        acronis::account::fetchClientInfo(*api, instance.clientId,
                                          [=](const Result<acronis::ClientInfo> &client) {
                                              if (!client)
                                                  return done(client.error());
                                              InstanceRepository instances(database);
                                              if (auto saved = instances.findById(instance.id)) {
                                                  Instance updated = *saved;
                                                  updated.distributorTenantId = client->tenantId;
                                                  instances.update(updated);
                                              }
                                              done(InstanceApi{api, client->tenantId});
                                          });
    });
}

} // namespace csp
