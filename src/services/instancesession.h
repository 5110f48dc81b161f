#pragma once

#include "core/apioptions.h"
#include "core/instance.h"
#include "core/result.h"
#include "services/instanceapi.h"

#include <functional>
#include <memory>

class QObject;

namespace csp {

// What a job that talks to an instance's gateway holds: the catalogue, the keychain, the network
// and the API options it was made with, and, once signed in, the instance's API client. Whatever
// is still in flight when the session goes is cancelled.
class InstanceSession
{
public:
    InstanceSession(std::shared_ptr<Database> database, SecretStore &secrets,
                    QNetworkAccessManager &network, ApiOptions options);
    ~InstanceSession();
    InstanceSession(const InstanceSession &) = delete;
    InstanceSession &operator=(const InstanceSession &) = delete;

    // Reads the secret, signs in and finds the distributor tenant (openInstanceApi); the client
    // is kept for api() once signed in. `options` replace the session's for this sign-in.
    void open(const Instance &instance, QObject *context,
              std::function<void(const QString &)> progress,
              std::function<void(const Result<InstanceApi> &)> done);
    void open(const Instance &instance, const ApiOptions &options, QObject *context,
              std::function<void(const QString &)> progress,
              std::function<void(const Result<InstanceApi> &)> done);

    bool isOpen() const { return m_api != nullptr; }
    acronis::ApiClient &api() { return *m_api; }
    // Cancels the requests in flight, if signed in.
    void cancel();
    // Forgets the client (a new operation signs in again).
    void close() { m_api.reset(); }

    // A job of another kind made with the same parts (the unattended run's sync, usage, …).
    template<typename Job>
    Job *make(QObject *parent) const
    {
        return new Job(m_database, m_secrets, m_network, m_options, parent);
    }

    const std::shared_ptr<Database> &database() const { return m_database; }
    SecretStore &secrets() const { return m_secrets; }
    QNetworkAccessManager &network() const { return m_network; }
    const ApiOptions &options() const { return m_options; }

private:
    std::shared_ptr<Database> m_database;
    SecretStore &m_secrets;
    QNetworkAccessManager &m_network;
    ApiOptions m_options;
    std::shared_ptr<acronis::ApiClient> m_api;
};

} // namespace csp
