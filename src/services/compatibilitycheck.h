#pragma once

#include "core/apioptions.h"
#include "core/instance.h"
#include "core/result.h"
#include "services/instancesession.h"

#include <QObject>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace csp::acronis {
struct Tenant;
}

namespace csp {

// What one endpoint's check found.
enum class CheckResult {
    Works,      // answered as the program needs
    Differs,    // answered, but not in the shape the program needs (which field, what expected)
    Refused,    // 401/403: the API client lacks a role or scope
    NotOffered, // 404: this gateway does not offer it
    Failed,     // another error (5xx, the network)
};
QString checkResultKey(CheckResult result); // works, differs, refused, not_offered, failed

struct EndpointCheck
{
    QString operationId; // the official document's operationId
    QString method;
    QString path; // as the document writes it: /api/2/tenants/{tenant_id}
    CheckResult result = CheckResult::Works;
    int httpStatus = 0;
    QString detail;  // which field, what was expected, which scope or role is missing
    QString affects; // the features that need it, in words
};

// An endpoint the program depends on that could not be checked, and why.
struct UncheckedEndpoint
{
    QString operationId;
    QString reason;
};

// One answer as --capture saves it: personal data replaced, ids, prices and structure kept.
struct CapturedAnswer
{
    QString fileName; // 03-FetchApplications.json
    QByteArray body;
};

struct CompatibilityReport
{
    QString instanceName;
    QString gateway;
    QList<EndpointCheck> checks;
    QList<UncheckedEndpoint> unchecked;
    QList<CapturedAnswer> captured;
    std::optional<Error> error; // the run could not go on: keychain, sign-in, network, cancel

    bool ok() const;
};

// "Check Compatibility" / check-api: a read-only first contact with a gateway. It signs in and
// calls each endpoint the program depends on (no POST, PUT or DELETE besides the token request;
// no usage report is created), reads each answer with the program's own readers and says per
// endpoint whether it works, answers differently, is refused or is not offered, and what that
// means for the program's features.
class CompatibilityCheck : public QObject
{
    Q_OBJECT

public:
    CompatibilityCheck(std::shared_ptr<Database> database, SecretStore &secrets,
                       QNetworkAccessManager &network, ApiOptions options = {},
                       QObject *parent = nullptr);
    ~CompatibilityCheck() override;

    void start(const Instance &instance);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(const QString &step);
    void finished(const csp::CompatibilityReport &report);

private:
    struct Expectation
    {
        const char *operationId;
        const char *method;
        const char *path;
        QString needs;   // the role or scope, for a refusal
        QString affects; // the features, in words
    };
    static Expectation expectation(const QString &operationId);
    void queueChecks();
    void queuePartnerChecks();
    void addStep(const char *operationId, std::function<void()> step);
    void next();
    // Records the check of `operationId` from its call's outcome; `notOffered`: the call's
    // reader turned a 404 into "none" (price list, tier setting).
    void record(const QString &operationId, const std::optional<Error> &error,
                bool notOffered = false);
    // Records the check and goes on with the next one (a cancelled call ends the run instead).
    void checked(const char *operationId, const std::optional<Error> &error,
                 bool notOffered = false);
    void skip(const QString &operationId, const QString &reason);
    void capture(const QByteArray &body);
    void finish(const std::optional<Error> &error = std::nullopt);

    CompatibilityReport m_report;
    Instance m_instance;
    QString m_distributorId;
    QStringList m_infraIds;
    QList<acronis::Tenant> m_partners;
    std::deque<std::pair<QString, std::function<void()>>> m_steps;
    QString m_currentOperation;
    int m_lastStatus = 0; // of the answer heard last
    bool m_running = false;
    // Last, so that it goes first: what is in flight is cancelled while the rest still stands.
    InstanceSession m_session;
};

} // namespace csp

Q_DECLARE_METATYPE(csp::CompatibilityReport)
