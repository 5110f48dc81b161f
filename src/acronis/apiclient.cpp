#include "apiclient.h"

#include "core/instancerules.h"
#include "core/secretwipe.h"
#include "jsonreader.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSslError>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

namespace csp::acronis {

namespace {

const QString tokenEndpoint = QStringLiteral("POST /api/2/idp/token");

Error cancelled()
{
    return {ErrorKind::Cancelled, ApiClient::tr("Cancelled.")};
}

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

} // namespace

QString describeErrorBody(const QByteArray &body, int *serviceCode);

namespace {

Error unexpectedBodyError(const QString &endpoint, const QJsonParseError &parseError)
{
    return unexpectedBody(endpoint,
                          parseError.error == QJsonParseError::NoError
                                  ? ApiClient::tr("JSON of the wrong shape")
                                  : ApiClient::tr("a body that is not valid JSON (%1 at byte %2)")
                                            .arg(parseError.errorString())
                                            .arg(parseError.offset));
}

Error httpError(const QString &endpoint, const RawReply &reply)
{
    const int status = reply.status;
    int serviceCode = 0;
    const QString details = describeErrorBody(reply, &serviceCode);
    QString message; // always %1 the endpoint, %2 the status, %3 the details
    ErrorKind kind = ErrorKind::Failed;
    if (status == 401) {
        kind = ErrorKind::AuthFailed;
        message = ApiClient::tr("The gateway refused the access token at %1 (HTTP %2: %3).");
    } else if (status == 403) {
        message = ApiClient::tr(
                "The API client is not allowed to do this: %1 answered HTTP %2 (%3).");
    } else if (status == 404) {
        message = ApiClient::tr("Not found: %1 answered HTTP %2 (%3).");
    } else if (status == 409) {
        kind = ErrorKind::Conflict;
        message = ApiClient::tr("Conflict: %1 answered HTTP %2 (%3).");
    } else if (status >= 500) {
        message = ApiClient::tr("The gateway had a problem: %1 answered HTTP %2 (%3).");
    } else {
        message = ApiClient::tr("The gateway refused the request: %1 answered HTTP %2 (%3).");
    }
    // One pass over the template: an endpoint with "%2F" in it stays as it is.
    return {kind, message.arg(endpoint, QString::number(status), details), status, serviceCode};
}

// The standard reason phrase, for servers that send none.
QString reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 409:
        return QStringLiteral("Conflict");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return {};
    }
}

bool looksLikeHtml(const RawReply &reply)
{
    const QByteArray start = reply.body.left(256).trimmed().toLower();
    return reply.contentType.toLower().contains("html") || start.startsWith("<!doctype") ||
            start.startsWith("<html");
}

Error networkError(QNetworkReply *reply, const QString &endpoint, const QList<QSslError> &sslErrors,
                   std::chrono::milliseconds timeout)
{
    const QString host = reply->url().host();
    if (!sslErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError) {
        QStringList problems;
        for (const QSslError &error : sslErrors)
            problems.append(error.errorString());
        return {ErrorKind::Unreachable,
                ApiClient::tr("The certificate of %1 is not trusted (%2), so the connection was "
                              "refused.")
                        .arg(host,
                             problems.isEmpty() ? reply->errorString()
                                                : problems.join(QStringLiteral("; ")))};
    }
    if (reply->error() == QNetworkReply::OperationCanceledError)
        return {ErrorKind::Unreachable,
                ApiClient::tr(
                        "The gateway %1 did not answer within %n second(s) (%2).", nullptr,
                        int(std::chrono::duration_cast<std::chrono::seconds>(timeout).count()))
                        .arg(host, endpoint)};
    return {ErrorKind::Unreachable,
            ApiClient::tr("The gateway %1 could not be reached: %2.")
                    .arg(host, reply->errorString())};
}

} // namespace

struct ApiClient::Call
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    std::optional<QJsonDocument> body;
    ApiCallback done;
    QList<int> acceptedStatuses;
    bool renewedToken = false;
    bool rawBody = false;
    std::function<void(const QByteArray &)> peek =
            nullptr;                        // sees a 2xx answer's bytes before the parse
    bool clientCredentials = false;         // may go with Basic (the token request's header)
    bool sentWithClientCredentials = false; // went so beside the token request
    bool useClientCredentialsNow = false;   // this attempt goes so
    QString basePath = QStringLiteral("/api/2");
    int attempt = 1;
    qint64 startedMs = 0;

    // Repeating it cannot make a second of anything: it reads, or sets a state (PUT).
    bool idempotent() const { return method == "GET" || method == "HEAD" || method == "PUT"; }

    QString endpoint() const { return QString::fromLatin1(method) + u' ' + basePath + path; }
};

QString describeErrorBody(const RawReply &reply, int *serviceCode)
{
    if (looksLikeHtml(reply)) {
        QString phrase = QString::fromLatin1(reply.reasonPhrase).simplified();
        if (phrase.isEmpty())
            phrase = reasonPhrase(reply.status);
        return ApiClient::tr("HTTP %1 %2 (answered by a proxy)")
                .arg(QString::number(reply.status), phrase)
                .simplified();
    }
    return describeErrorBody(reply.body, serviceCode);
}

QString describeErrorBody(const QByteArray &body, int *serviceCode)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (const QJsonValue envelope = object.value(u"error"); envelope.isObject()) {
        const QJsonObject error = envelope.toObject();
        if (serviceCode)
            *serviceCode = error.value(u"code").toVariant().toInt();
        const QString message = error.value(u"message").toString();
        const QString info = error.value(u"details").toObject().value(u"info").toString();
        return info.isEmpty() || info == message ? message : message + QStringLiteral(": ") + info;
    }
    if (object.value(u"code").isString() && object.contains(u"domain")) {
        // The flat error object of the Pricelist API: {code, domain, message?, context?}.
        const QString code = object.value(u"code").toString();
        const QString message = object.value(u"message").toString();
        const QString scope = object.value(u"context").toObject().value(u"scope").toString();
        QString text = message.isEmpty() ? code : code + QStringLiteral(": ") + message;
        if (!scope.isEmpty())
            text += QStringLiteral(" (scope %1)").arg(scope);
        return text;
    }
    if (object.contains(u"error_description") || object.value(u"error").isString()) {
        const QString code = object.value(u"error").toString();
        const QString description = object.value(u"error_description").toString();
        return description.isEmpty() ? code : code + QStringLiteral(": ") + description;
    }
    const QString text = QString::fromUtf8(body.left(200)).simplified();
    return text.isEmpty() ? ApiClient::tr("no details") : text;
}

ApiClient::ApiClient(Credentials credentials, QNetworkAccessManager &network, ApiOptions options,
                     QObject *parent)
    : QObject(parent)
    , m_credentials(std::move(credentials))
    , m_network(network)
    , m_options(std::move(options))
{ }

SecretSource::SecretSource(const QString &secret)
{
    // A deep copy: wiping a buffer shared with the caller (a line edit's text) would blank it.
    auto copy = std::shared_ptr<QString>(new QString(secret.constData(), secret.size()),
                                         [](QString *own) {
                                             wipe(*own);
                                             delete own;
                                         });
    m_fetch = [copy](QObject *, const Deliver &deliver) {
        deliver(*copy);
    };
}

void SecretSource::fetch(QObject *context, Deliver deliver) const
{
    if (!m_fetch)
        return deliver(
                Error{ErrorKind::InvalidInput, ApiClient::tr("No client secret was given.")});
    m_fetch(context, std::move(deliver));
}

ApiClient::~ApiClient()
{
    // The last holder may let go of this client while Qt deletes one of its replies (a call's
    // callback holds it): aborting another reply of the same connection there crashed Qt
    // ("QNetworkReplyImplPrivate::error: Internal problem"). The replies still out are let go
    // instead, without calling back into this client, and deleted when the event loop next runs,
    // which closes their connections.
    for (const QPointer<QNetworkReply> &reply : std::exchange(m_inFlight, {})) {
        if (reply) {
            reply->disconnect(this);
            reply->deleteLater();
        }
    }
    cancel();
    wipe(m_tokenAuthorization);
}

struct ApiClient::PendingRetry
{
    bool settled = false; // retried, or cancelled
    std::function<void()> cancelled;
};

struct ApiClient::PendingParse
{
    bool settled = false; // delivered, or cancelled
    std::shared_ptr<Call> call;
};

void ApiClient::cancel()
{
    m_cancelled = true;
    const auto replies = std::exchange(m_inFlight, {});
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (reply)
            reply->abort();
    }
    // Answers being parsed elsewhere end now, as cancelled; their parse is dropped.
    for (const auto &parsing : std::exchange(m_parsing, {})) {
        if (!std::exchange(parsing->settled, true))
            parsing->call->done(cancelled());
    }
    // Calls waiting out a back-off end now, as cancelled, rather than when the timer fires.
    const auto waiting = std::exchange(m_waitingToRetry, {});
    for (const auto &retry : waiting) {
        if (std::exchange(retry->settled, true))
            continue;
        retry->cancelled();
    }
}

QUrl ApiClient::urlFor(const QString &path, const QUrlQuery &query, const QString &basePath) const
{
    QUrl url(m_credentials.gateway + basePath + path);
    url.setQuery(query);
    return url;
}

bool ApiClient::tokenIsFresh() const
{
    return m_token &&
            QDateTime::currentDateTimeUtc().addSecs(m_options.tokenRenewMargin.count()) <
            m_token->expiresAt;
}

void ApiClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                     const std::optional<QJsonDocument> &body, ApiCallback done,
                     QList<int> acceptedStatuses)
{
    auto call = std::make_shared<Call>(
            Call{method, path, query, body, std::move(done), std::move(acceptedStatuses)});
    enqueue(call);
}

void ApiClient::getBytes(const QString &path, const QUrlQuery &query, ApiCallback done)
{
    auto call = std::make_shared<Call>(Call{"GET", path, query, std::nullopt, std::move(done), {}});
    call->rawBody = true;
    enqueue(call);
}

void ApiClient::getPeeking(const QString &path, const QUrlQuery &query,
                           std::function<void(const QByteArray &)> peek, ApiCallback done)
{
    auto call = std::make_shared<Call>(Call{"GET", path, query, std::nullopt, std::move(done), {}});
    call->peek = std::move(peek);
    enqueue(call);
}

void ApiClient::enqueue(std::shared_ptr<Call> call)
{
    withToken([this, call](const Status &status) {
        if (!status)
            return call->done(status.error());
        dispatch(call);
    });
}

void ApiClient::getFrom(const QString &basePath, const QString &path, const QUrlQuery &query,
                        ApiCallback done)
{
    auto call = std::make_shared<Call>(Call{"GET", path, query, std::nullopt, std::move(done), {}});
    call->basePath = basePath;
    enqueue(call);
}

void ApiClient::getWithClientCredentials(const QString &path, const QUrlQuery &query,
                                         ApiCallback done)
{
    auto call = std::make_shared<Call>(Call{"GET", path, query, std::nullopt, std::move(done), {}});
    if (tokenIsFresh() || m_cancelled)
        return enqueue(call);
    call->clientCredentials = true;
    m_clientCredentialCalls.append(call);
    // Should the token request fail before it is sent (no secret), the call learns it here.
    // Weakly: once sent, the call may be answered and done while the token request is still
    // out, and its callback may hold this client (a cycle that leaked it at exit).
    withToken([this, weak = std::weak_ptr<Call>(call)](const Status &status) {
        const std::shared_ptr<Call> waiting = weak.lock();
        if (!waiting || waiting->sentWithClientCredentials)
            return; // its own answer decides
        m_clientCredentialCalls.removeAll(waiting);
        if (!status)
            return waiting->done(status.error());
        dispatch(waiting);
    });
}

void ApiClient::authenticate(std::function<void(const Status &)> done)
{
    m_token.reset();
    withToken(std::move(done));
}

void ApiClient::withToken(std::function<void(const Status &)> next)
{
    if (m_cancelled)
        return next(cancelled());
    // The same rule as the form: https, or plain http to a loopback host (tests).
    if (const auto gateway = InstanceRules::checkGateway(m_credentials.gateway); !gateway.ok())
        return next(Error{ErrorKind::InvalidInput, gateway.error});
    if (tokenIsFresh())
        return next(success());
    m_waitingForToken.append(std::move(next));
    if (!m_tokenRequested)
        requestToken();
}

void ApiClient::requestToken()
{
    if (!m_tokenRequested) {
        m_tokenRequested = true;
        m_tokenAttempt = 1;
        m_tokenStartedMs = QDateTime::currentMSecsSinceEpoch();
    }
    m_credentials.secret.fetch(this, [this](const Result<QString> &secret) {
        if (m_cancelled)
            return finishTokenRequest(cancelled());
        if (!secret)
            return finishTokenRequest(secret.error());
        sendTokenRequest(*secret);
    });
}

void ApiClient::sendTokenRequest(const QString &secret)
{
    // Every buffer the secret passes through is ours and wiped; the header itself stays until
    // the answer is in, as Qt sends it from a shared copy.
    QString pair = m_credentials.clientId + u':' + secret;
    WipedOnExit wipePair(pair);
    QByteArray utf8 = pair.toUtf8();
    WipedOnExit wipeUtf8(utf8);
    QByteArray base64 = utf8.toBase64();
    WipedOnExit wipeBase64(base64);
    wipe(m_tokenAuthorization);
    m_tokenAuthorization.reserve(6 + base64.size());
    m_tokenAuthorization.append("Basic ").append(base64);
    QNetworkReply *reply = start("POST", urlFor(QStringLiteral("/idp/token"), {}),
                                 QByteArrayLiteral("grant_type=client_credentials"),
                                 QByteArrayLiteral("application/x-www-form-urlencoded"),
                                 m_tokenAuthorization, QByteArrayLiteral("application/json"));
    if (!reply)
        return finishTokenRequest(cancelled());
    dispatchWithClientCredentials();
    collect(reply, tokenEndpoint, [this](const RawReply &raw) {
        wipe(m_tokenAuthorization);
        // Asking for a token changes nothing, so every transient failure may be retried.
        if (retryLater(
                    raw, m_tokenAttempt, true, m_tokenStartedMs,
                    [this] {
                        ++m_tokenAttempt;
                        requestToken();
                    },
                    [this] { finishTokenRequest(cancelled()); }))
            return;
        if (raw.error)
            return finishTokenRequest(*raw.error);
        emit requestFinished(tokenEndpoint, raw.status);
        if (raw.status == 400 || raw.status == 401 || raw.status == 403)
            return finishTokenRequest(Error{ErrorKind::AuthFailed,
                                            tr("The gateway refused the client id or secret (%1).")
                                                    .arg(describeErrorBody(raw)),
                                            raw.status});
        if (!isSuccess(raw.status))
            return finishTokenRequest(Error{ErrorKind::Failed,
                                            tr("The gateway could not issue a token: %1 answered "
                                               "HTTP %2 (%3).")
                                                    .arg(tokenEndpoint, QString::number(raw.status),
                                                         describeErrorBody(raw)),
                                            raw.status});
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(raw.body, &parseError);
        if (!json.isObject())
            return finishTokenRequest(unexpectedBodyError(tokenEndpoint, parseError));
        auto token = parseToken(json.object(), tokenEndpoint, QDateTime::currentDateTimeUtc());
        if (!token)
            return finishTokenRequest(token.error());
        m_token = *token;
        finishTokenRequest(success());
    });
}

void ApiClient::dispatchWithClientCredentials()
{
    for (const std::shared_ptr<Call> &call : std::exchange(m_clientCredentialCalls, {})) {
        call->sentWithClientCredentials = true;
        call->useClientCredentialsNow = true;
        dispatch(call);
    }
}

void ApiClient::finishTokenRequest(const Status &status)
{
    m_tokenRequested = false;
    m_tokenFailure = status.ok() ? std::optional<Error>() : std::optional<Error>(status.error());
    const auto waiting = std::exchange(m_waitingForToken, {});
    for (const auto &next : waiting)
        next(status);
}

void ApiClient::dispatch(std::shared_ptr<Call> call)
{
    if (call->startedMs == 0)
        call->startedMs = QDateTime::currentMSecsSinceEpoch();
    const QByteArray body = call->body ? call->body->toJson(QJsonDocument::Compact) : QByteArray();
    // Sent beside the token request, a call goes with that request's header (shared, not
    // copied); every later attempt with the token.
    QByteArray authorization;
    if (std::exchange(call->useClientCredentialsNow, false))
        authorization = m_tokenAuthorization;
    else
        authorization = QByteArrayLiteral("Bearer ") + m_token->accessToken.toLatin1();
    // A stored report downloads as application/octet-stream (the document): only JSON calls ask
    // for JSON.
    QNetworkReply *reply =
            start(call->method, urlFor(call->path, call->query, call->basePath), body,
                  call->body ? QByteArrayLiteral("application/json") : QByteArray(), authorization,
                  call->rawBody ? QByteArrayLiteral("*/*") : QByteArrayLiteral("application/json"));
    if (!reply)
        return call->done(cancelled());
    collect(reply, call->endpoint(), [this, call](const RawReply &raw) {
        if (retryLater(
                    raw, call->attempt, call->idempotent(), call->startedMs,
                    [this, call] {
                        ++call->attempt;
                        withToken([this, call](const Status &status) {
                            if (!status)
                                return call->done(status.error());
                            dispatch(call);
                        });
                    },
                    [call] { call->done(cancelled()); }))
            return;
        if (raw.error)
            return call->done(*raw.error);
        emit requestFinished(call->endpoint(), raw.status);
        if (m_options.answerTap)
            m_options.answerTap(call->endpoint(), raw.status, raw.body);
        if (call->clientCredentials && (raw.status == 401 || raw.status == 403)) {
            // The client's own credentials were not enough here: the token decides, as for any
            // other call. A token request that failed already is not made again: a refused
            // secret is reported as it reported it.
            call->clientCredentials = false; // its first waiter for the token stays silent
            if (!m_tokenRequested && !tokenIsFresh() && m_tokenFailure)
                return call->done(*m_tokenFailure);
            return withToken([this, call](const Status &status) {
                if (!status)
                    return call->done(status.error());
                dispatch(call);
            });
        }
        if (raw.status == 401 && !call->renewedToken) {
            // The token expired or was revoked: renew it once and try again.
            call->renewedToken = true;
            m_token.reset();
            return withToken([this, call](const Status &renewed) {
                if (!renewed)
                    return call->done(renewed.error());
                dispatch(call);
            });
        }
        if (!isSuccess(raw.status) && !call->acceptedStatuses.contains(raw.status))
            return call->done(httpError(call->endpoint(), raw));
        if (call->rawBody)
            return call->done(ApiResponse{raw.status, {}, raw.body});
        if (raw.body.trimmed().isEmpty())
            return call->done(ApiResponse{raw.status, {}, {}});
        if (call->peek && isSuccess(raw.status))
            call->peek(raw.body);
        deliverJson(call, raw.status, raw.body);
    });
}

namespace {

// An answer this large is parsed on a pool thread, so that answers that come in together are
// parsed at once: the price list of a 20,000-item catalogue waited 60 ms for the catalogue's.
constexpr qsizetype ParseElsewhereFrom = qsizetype(256) * 1024;

struct ParsedJson
{
    QJsonDocument document;
    QJsonParseError error;
};

ParsedJson parseJson(const QByteArray &body)
{
    ParsedJson parsed;
    parsed.document = QJsonDocument::fromJson(body, &parsed.error);
    return parsed;
}

Result<ApiResponse> responseOf(const QString &endpoint, int status, const ParsedJson &parsed)
{
    if (parsed.document.isNull())
        return unexpectedBodyError(endpoint, parsed.error);
    return ApiResponse{status, parsed.document, {}};
}

} // namespace

void ApiClient::deliverJson(std::shared_ptr<Call> call, int status, const QByteArray &body)
{
    if (m_cancelled) // by a listener of this very answer
        return call->done(cancelled());
    if (body.size() < ParseElsewhereFrom)
        return call->done(responseOf(call->endpoint(), status, parseJson(body)));
    auto parsing = std::make_shared<PendingParse>(PendingParse{false, std::move(call)});
    m_parsing.append(parsing);
    // The parse reports to an object of this client's thread that the pool's task keeps alive;
    // the client itself is touched only if the call is still pending, which a client that is
    // gone is not (its destructor cancels every call).
    if (!m_home) {
        m_home.reset(new QObject, [](QObject *home) {
            if (home->thread() == QThread::currentThread())
                delete home; // its posted reports go with it
            else
                home->deleteLater();
        });
    }
    QThreadPool::globalInstance()->start([this, parsing, status, body, home = m_home] {
        QMetaObject::invokeMethod(
                home.get(),
                [this, parsing, status, json = parseJson(body)] {
                    if (std::exchange(parsing->settled, true))
                        return; // cancelled meanwhile
                    m_parsing.removeOne(parsing);
                    parsing->call->done(responseOf(parsing->call->endpoint(), status, json));
                },
                Qt::QueuedConnection);
    });
}

QNetworkReply *ApiClient::start(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                const QByteArray &contentType, const QByteArray &authorization,
                                const QByteArray &accept)
{
    if (m_cancelled)
        return nullptr;
    QNetworkRequest request(url);
    request.setTransferTimeout(int(m_options.transferTimeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Authorization", authorization);
    request.setRawHeader("Accept", accept);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    ++m_requestsSent;
    QNetworkReply *reply = body.isNull() && method == "GET"
            ? m_network.get(request)
            : m_network.sendCustomRequest(request, method, body);
    m_inFlight.insert(reply);
    m_maxInFlight = qMax(m_maxInFlight, int(m_inFlight.size()));
    return reply;
}

void ApiClient::collect(QNetworkReply *reply, const QString &endpoint,
                        std::function<void(const RawReply &)> handle)
{
    auto tooLarge = std::make_shared<bool>(false);
    auto sslErrors = std::make_shared<QList<QSslError>>();
    const qint64 limit = m_options.maxResponseBytes;
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, limit, tooLarge](qint64 received, qint64 total) {
                if (received > limit || total > limit) {
                    *tooLarge = true;
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::sslErrors, reply,
            [sslErrors](const QList<QSslError> &errors) { *sslErrors = errors; });
    QElapsedTimer sent;
    sent.start();
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        m_inFlight.erase(reply);
        reply->deleteLater();
        if (m_options.requestLog) {
            // The endpoint has no query, and no header or body is ever written.
            const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            m_options.requestLog(
                    QStringLiteral("%1 %2 %3")
                            .arg(endpoint, code > 0 ? QString::number(code) : QStringLiteral("-"))
                            .arg(sent.elapsed()));
        }
        RawReply raw;
        if (m_cancelled) {
            raw.error = cancelled();
            return handle(raw);
        }
        if (*tooLarge) {
            raw.error = Error{ErrorKind::Failed,
                              tr("%1 returned more than %2 MB; the response was refused.")
                                      .arg(endpoint)
                                      .arg(limit / (qint64(1024) * 1024))};
            return handle(raw);
        }
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const auto error = reply->error();
        if (status.isValid() && status.toInt() > 0 &&
            error != QNetworkReply::RemoteHostClosedError) {
            raw.status = status.toInt();
            raw.body = reply->readAll();
            raw.contentType = reply->rawHeader("Content-Type");
            raw.reasonPhrase =
                    reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
            raw.retryAfter = reply->rawHeader("Retry-After");
            return handle(raw);
        }
        if (error == QNetworkReply::NoError) {
            raw.error = unexpectedBody(endpoint, tr("no HTTP status"));
            return handle(raw);
        }
        raw.dropped = error == QNetworkReply::RemoteHostClosedError ||
                error == QNetworkReply::TemporaryNetworkFailureError ||
                error == QNetworkReply::NetworkSessionFailedError ||
                error == QNetworkReply::UnknownNetworkError ||
                error == QNetworkReply::ProxyConnectionClosedError;
        raw.error = networkError(reply, endpoint, *sslErrors, m_options.transferTimeout);
        handle(raw);
    });
}

bool ApiClient::retryLater(const RawReply &reply, int attempt, bool idempotent, qint64 startedMs,
                           std::function<void()> again, std::function<void()> cancelledWhileWaiting)
{
    if (m_cancelled)
        return false;
    const auto elapsed = std::chrono::milliseconds(QDateTime::currentMSecsSinceEpoch() - startedMs);
    const auto delay = retryDelay(reply, attempt, idempotent, m_options.retry, elapsed,
                                  QRandomGenerator::global()->generateDouble());
    if (!delay)
        return false;
    auto retry = std::make_shared<PendingRetry>();
    retry->cancelled = std::move(cancelledWhileWaiting);
    m_waitingToRetry.append(retry);
    QTimer::singleShot(*delay, this, [this, retry, again] {
        if (std::exchange(retry->settled, true))
            return; // cancelled meanwhile, and told so
        m_waitingToRetry.removeOne(retry);
        again();
    });
    return true;
}

bool isAmbiguous(const Error &error)
{
    if (error.kind == ErrorKind::Unreachable)
        return true; // dropped, timed out, or never arrived: the lookup tells
    return error.httpStatus >= 500 && error.httpStatus != 503;
}

std::optional<std::chrono::milliseconds> retryDelay(const RawReply &reply, int attempt,
                                                    bool idempotent, const RetryPolicy &policy,
                                                    std::chrono::milliseconds elapsed,
                                                    double random)
{
    using std::chrono::milliseconds;
    const int status = reply.status;
    const bool throttled = status == 429 || status == 503;
    const bool transient = throttled || status == 502 || status == 504 || reply.dropped;
    int limit = 0;
    if (status == 500 && idempotent && !throttled)
        limit = policy.maxAttemptsOn500;
    else if (throttled || (transient && idempotent)) // throttled: not acted on, safe for all
        limit = policy.maxAttempts;
    if (attempt >= limit)
        return std::nullopt;
    // Exponential back-off with ±25 % jitter, unless the server said how long to wait.
    const double base = double(policy.initialBackoff.count()) * double(1 << qMin(attempt - 1, 16));
    milliseconds delay(
            qint64(qMin(base, double(policy.maxBackoff.count())) * (0.75 + 0.5 * random)));
    if (throttled && !reply.retryAfter.isEmpty()) {
        bool seconds = false;
        const int after = reply.retryAfter.trimmed().toInt(&seconds);
        if (seconds && after >= 0) {
            delay = milliseconds(qint64(after) * 1000);
        } else {
            const QDateTime when = QDateTime::fromString(
                    QString::fromLatin1(reply.retryAfter).trimmed(), Qt::RFC2822Date);
            if (when.isValid())
                delay = milliseconds(
                        qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
        }
    }
    if (elapsed + delay > policy.budget)
        return std::nullopt;
    return delay;
}

} // namespace csp::acronis
