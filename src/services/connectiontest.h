#pragma once

#include "core/apioptions.h"
#include "core/instance.h"
#include "core/result.h"

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
}

namespace csp {

struct ConnectionInfo
{
    QString tenantId;
    QString tenantName;
    QString tenantKind;
    QDateTime testedAt; // UTC
};

// "Test connection": obtains a token, finds the distributor tenant of the API client
// (GET /clients/{id} → tenant_id, GET /tenants/{id}) and reports its name and kind. A saved
// instance whose settings were tested as saved remembers the tenant id.
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    ConnectionTest(QNetworkAccessManager &network, SecretStore &secrets,
                   std::shared_ptr<Database> database = nullptr, ApiOptions options = {},
                   QObject *parent = nullptr);
    ~ConnectionTest() override;

    // Tests the instance's gateway and client id with `secret`, or, when not given, with the
    // secret the keychain holds for the instance.
    void start(const Instance &instance, const std::optional<QString> &secret = std::nullopt);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void stepChanged(const QString &description);
    void finished(const csp::Result<csp::ConnectionInfo> &result);

private:
    void run(const Instance &instance, const QString &secret);
    void finish(const Result<ConnectionInfo> &result);
    void remember(const Instance &tested, const QString &tenantId);

    QNetworkAccessManager &m_network;
    SecretStore &m_secrets;
    std::shared_ptr<Database> m_database; // where a tested instance remembers its tenant
    ApiOptions m_options;
    std::unique_ptr<acronis::ApiClient> m_api;
    bool m_running = false;
    int m_generation = 0; // ignores answers of a cancelled run
};

} // namespace csp
