#pragma once

#include "core/apioptions.h"
#include "core/result.h"
#include "records.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <optional>
#include <set>

class QNetworkAccessManager;

namespace csp::acronis {

// Where the client secret comes from, each time a token is requested: the OS keychain, or a
// private copy made for one client (a connection test of what the form holds). The client
// itself keeps the secret only while its token request is being sent.
class SecretSource
{
public:
    using Deliver = std::function<void(const Result<QString> &)>;
    // Calls `deliver` once, on the thread of `context`, unless `context` is destroyed first.
    using Fetch = std::function<void(QObject *context, Deliver deliver)>;

    SecretSource() = default;
    SecretSource(Fetch fetch)
        : m_fetch(std::move(fetch))
    { }
    // A private copy of `secret`, wiped when the last client holding it is destroyed.
    SecretSource(const QString &secret);

    void fetch(QObject *context, Deliver deliver) const;

private:
    Fetch m_fetch;
};

struct Credentials
{
    QString gateway; // normalised, e.g. https://eu2-cloud.acronis.com
    QString clientId;
    SecretSource secret;
};

// What one HTTP exchange gave: a status and body, or a transport error.
struct RawReply
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray reasonPhrase; // "Gateway Timeout"
    QByteArray retryAfter;   // the Retry-After header, if any
    bool dropped = false;    // the connection broke before a complete answer
    std::optional<Error> error;
};

// Whether a failed request may have been acted on by the server: a 5xx answer other than 503
// (which says it was not), a dropped connection or a timeout. A write that failed so must be
// looked up before it is made again.
bool isAmbiguous(const Error &error);

// The delay before the next attempt, or nullopt when the reply is final. `attempt` counts from 1;
// `elapsed` is the time spent on this request so far; `random` in [0, 1) draws the jitter.
std::optional<std::chrono::milliseconds> retryDelay(const RawReply &reply, int attempt,
                                                    bool idempotent, const RetryPolicy &policy,
                                                    std::chrono::milliseconds elapsed,
                                                    double random);

struct ApiResponse
{
    int httpStatus = 0;
    QJsonDocument body; // null for an empty body, or for a call made with getBytes()
    QByteArray bytes;   // the body as it came, for getBytes()
};

using ApiCallback = std::function<void(const Result<ApiResponse> &)>;

// The Acronis Account Management API v2 over one QNetworkAccessManager: the bearer token is
// fetched on demand, cached until shortly before it expires and renewed once on a 401; every
// request has a transfer timeout and a response size cap; errors become messages a person
// understands, naming the endpoint. Independent requests run in parallel.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    ApiClient(Credentials credentials, QNetworkAccessManager &network, ApiOptions options = {},
              QObject *parent = nullptr);
    ~ApiClient() override;

    // `path` is relative to {gateway}/api/2, e.g. "/tenants/<id>". Non-2xx statuses are errors
    // (with Error::httpStatus set), except those listed in `acceptedStatuses`.
    void send(const QByteArray &method, const QString &path, const QUrlQuery &query,
              const std::optional<QJsonDocument> &body, ApiCallback done,
              QList<int> acceptedStatuses = {});
    void get(const QString &path, const QUrlQuery &query, ApiCallback done)
    {
        send("GET", path, query, std::nullopt, std::move(done));
    }
    // A GET whose successful answer `peek` sees as it came, before it is parsed and handed to
    // `done` (to start what it names while it is parsed).
    void getPeeking(const QString &path, const QUrlQuery &query,
                    std::function<void(const QByteArray &)> peek, ApiCallback done);
    // A GET whose body is not JSON (a stored report): handed over as bytes.
    void getBytes(const QString &path, const QUrlQuery &query, ApiCallback done);
    // A GET of another API on the same gateway with the same token: `basePath` is relative to
    // the gateway ("/api/price_sync/v1"), `path` to it.
    void getFrom(const QString &basePath, const QString &path, const QUrlQuery &query,
                 ApiCallback done);

    // A GET that the document also allows with the client's own credentials (basicAuth): while
    // a token is being asked for, it is sent beside that request instead of after it (one round
    // trip less); with a token at hand, or refused, it goes with the token as any other call.
    void getWithClientCredentials(const QString &path, const QUrlQuery &query, ApiCallback done);

    // Obtains a token now (the connection test's first step).
    void authenticate(std::function<void(const Status &)> done);

    // Aborts everything in flight; their callbacks report Cancelled.
    void cancel();
    bool isCancelled() const { return m_cancelled; }

    int requestsSent() const { return m_requestsSent; }
    int maxInFlight() const { return m_maxInFlight; }
    const Credentials &credentials() const { return m_credentials; }

signals:
    void requestFinished(const QString &endpoint, int httpStatus);

private:
    struct Call;
    struct PendingRetry;
    struct PendingParse;
    void withToken(std::function<void(const Status &)> next);
    void requestToken();
    void sendTokenRequest(const QString &secret);
    void finishTokenRequest(const Status &status);
    // Sends the calls waiting for the token request that may go with the client's credentials.
    void dispatchWithClientCredentials();
    void enqueue(std::shared_ptr<Call> call); // once a token is at hand
    void dispatch(std::shared_ptr<Call> call);
    // Parses a JSON answer and hands it to the call; a large one on a pool thread.
    void deliverJson(std::shared_ptr<Call> call, int status, const QByteArray &body);
    QNetworkReply *start(const QByteArray &method, const QUrl &url, const QByteArray &body,
                         const QByteArray &contentType, const QByteArray &authorization,
                         const QByteArray &accept);
    // Collects the reply and calls `handle` with its status and body, or a transport error.
    void collect(QNetworkReply *reply, const QString &endpoint,
                 std::function<void(const RawReply &)> handle);
    // Schedules `again` after the policy's delay and returns true, or returns false when the
    // reply is final.
    // A cancel() meanwhile calls `cancelledWhileWaiting` instead, at once.
    bool retryLater(const RawReply &reply, int attempt, bool idempotent, qint64 startedMs,
                    std::function<void()> again, std::function<void()> cancelledWhileWaiting);
    QUrl urlFor(const QString &path, const QUrlQuery &query,
                const QString &basePath = QStringLiteral("/api/2")) const;
    bool tokenIsFresh() const;

    Credentials m_credentials;
    QNetworkAccessManager &m_network;
    ApiOptions m_options;
    std::optional<Token> m_token;
    bool m_tokenRequested = false;
    QList<std::function<void(const Status &)>> m_waitingForToken;
    QList<std::shared_ptr<Call>> m_clientCredentialCalls; // sent beside the next token request
    std::optional<Error> m_tokenFailure;                  // how the last token request failed
    std::set<QPointer<QNetworkReply>> m_inFlight;
    QList<std::shared_ptr<PendingRetry>> m_waitingToRetry;
    QList<std::shared_ptr<PendingParse>> m_parsing;
    std::shared_ptr<QObject> m_home; // where answers parsed on the pool report
    bool m_cancelled = false;
    int m_requestsSent = 0;
    int m_maxInFlight = 0;
    int m_tokenAttempt = 0;
    qint64 m_tokenStartedMs = 0;
    QByteArray m_tokenAuthorization; // "Basic …" while the token request is out; then wiped
};

// The message for an error envelope body: {"error":{code,message,details}}, OAuth-style, or the
// flat {code, domain, message?, context?} of the newer APIs (Pricelist); a
// proxy's HTML page becomes "HTTP 504 Gateway Timeout (answered by a proxy)", never the page.
QString describeErrorBody(const QByteArray &body, int *serviceCode = nullptr);
QString describeErrorBody(const RawReply &reply, int *serviceCode = nullptr);

} // namespace csp::acronis
