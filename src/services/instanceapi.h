#pragma once

#include "core/apioptions.h"
#include "core/instance.h"
#include "core/result.h"

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace csp {
class Database;
class SecretStore;
} // namespace csp
namespace csp::acronis {
class ApiClient;
}

namespace csp {

// A signed-in API client of an instance and its distributor tenant.
struct InstanceApi
{
    std::shared_ptr<acronis::ApiClient> api;
    QString distributorTenantId;
};

// Reads the instance's client secret from the keychain, makes the API client and finds the
// distributor tenant (remembered in the database after the first time). `progress` hears the
// steps; `done` is called in `context`'s thread unless `context` is gone.
void openInstanceApi(std::shared_ptr<Database> database, SecretStore &secrets,
                     QNetworkAccessManager &network, const ApiOptions &options,
                     const Instance &instance, QObject *context,
                     std::function<void(const QString &)> progress,
                     std::function<void(const Result<InstanceApi> &)> done);

} // namespace csp
