#include "instancesession.h"

#include "acronis/apiclient.h"

namespace csp {

InstanceSession::InstanceSession(std::shared_ptr<Database> database, SecretStore &secrets,
                                 QNetworkAccessManager &network, ApiOptions options)
    : m_database(std::move(database))
    , m_secrets(secrets)
    , m_network(network)
    , m_options(std::move(options))
{ }

InstanceSession::~InstanceSession()
{
    cancel();
}

void InstanceSession::open(const Instance &instance, QObject *context,
                           std::function<void(const QString &)> progress,
                           std::function<void(const Result<InstanceApi> &)> done)
{
    open(instance, m_options, context, std::move(progress), std::move(done));
}

void InstanceSession::open(const Instance &instance, const ApiOptions &options, QObject *context,
                           std::function<void(const QString &)> progress,
                           std::function<void(const Result<InstanceApi> &)> done)
{
    openInstanceApi(m_database, m_secrets, m_network, options, instance, context,
                    std::move(progress),
                    [this, done = std::move(done)](const Result<InstanceApi> &opened) {
                        if (opened)
                            m_api = opened->api;
                        done(opened);
                    });
}

void InstanceSession::cancel()
{
    if (m_api)
        m_api->cancel();
}

} // namespace csp
