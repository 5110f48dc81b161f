#include "fakeacronis.h"

#include "openapicontract.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace csp::test {

namespace {
// A header the fake puts on an answer it wants to lose by dropping the connection.
constexpr char DropMarker[] = "X-Fake-Drop";
} // namespace

// The HTTP server's socket: closes the connection instead of sending an answer that carries the
// drop marker, after the fake has acted on the request.
class FakeAcronis::Socket : public QTcpSocket
{
public:
    using QTcpSocket::QTcpSocket;

protected:
    // Holds back what one answer writes until the event loop runs again, then sends it, or
    // closes the connection without sending anything when it carries the marker.
    qint64 writeData(const char *data, qint64 size) override
    {
        if (m_held.isEmpty())
            QTimer::singleShot(0, this, [this] {
                const QByteArray held = std::exchange(m_held, {});
                if (held.contains(DropMarker))
                    abort();
                else
                    QTcpSocket::writeData(held.constData(), held.size());
            });
        m_held.append(data, size);
        return size;
    }

private:
    QByteArray m_held;
};

// Accepts connections for the HTTP server, closing some at once to play a dropped connection.
class FakeAcronis::Listener : public QTcpServer
{
public:
    explicit Listener(FakeAcronis &fake)
        : m_fake(fake)
    { }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new Socket(this);
        socket->setSocketDescriptor(descriptor);
        if (m_fake.m_dropConnections > 0) {
            --m_fake.m_dropConnections;
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                ++m_fake.m_droppedConnections;
                socket->abort();
                socket->deleteLater();
            });
            return;
        }
        addPendingConnection(socket);
    }

private:
    FakeAcronis &m_fake;
};

namespace {

const QString generatedApplication = QStringLiteral("6e6d758d-8e74-3ae3-ac84-50eb0dff12eb");

} // namespace

QJsonArray FakeAcronis::generatedCatalogue(int count, QJsonArray *prices, QJsonArray *infras)
{
    const QStringList editions = {QStringLiteral("pck_per_workload"),
                                  QStringLiteral("pck_per_gigabyte")};
    for (int s = 0; s < 8; ++s)
        infras->append(QJsonObject{
                {QStringLiteral("id"),
                 QStringLiteral("00000000-0000-4000-8000-%1").arg(s, 12, 10, QLatin1Char('0'))},
                {QStringLiteral("name"), QStringLiteral("Storage %1").arg(s)}});
    QJsonArray items;
    for (int i = 0; i < count; ++i) {
        const bool storage = i % 5 == 0;
        const QString name = QStringLiteral("pw_base_item_%1").arg(i);
        QJsonObject item{{QStringLiteral("application_id"), generatedApplication},
                         {QStringLiteral("name"), name},
                         {QStringLiteral("edition"), editions.at(i % 2)},
                         {QStringLiteral("usage_name"), QStringLiteral("item_%1").arg(i)},
                         {QStringLiteral("status"), 1},
                         {QStringLiteral("locked"), false},
                         {QStringLiteral("type"),
                          storage ? QStringLiteral("infra") : QStringLiteral("count")},
                         {QStringLiteral("measurement_unit"),
                          storage ? QStringLiteral("bytes") : QStringLiteral("quantity")},
                         {QStringLiteral("quota"),
                          QJsonObject{{QStringLiteral("value"), QJsonValue()},
                                      {QStringLiteral("overage"), QJsonValue()},
                                      {QStringLiteral("version"), 0}}}};
        const QString infra = storage
                ? infras->at(i % infras->size()).toObject().value(u"id").toString()
                : QString();
        if (storage)
            item.insert(QStringLiteral("infra_id"), infra);
        items.append(item);
        if (i % 3 == 0) {
            QJsonObject price{
                    {QStringLiteral("application_id"), generatedApplication},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("version"), 1},
                    {QStringLiteral("price"),
                     QStringLiteral("%1.%2").arg(i % 97).arg(i % 100, 2, 10, QLatin1Char('0'))}};
            if (storage)
                price.insert(QStringLiteral("infra_id"), infra);
            prices->append(price);
        }
    }
    return items;
}

void FakeAcronis::loadGeneratedCatalogue(int count)
{
    setApplications(fixture(QStringLiteral("applications.json")).value(u"items").toArray());
    QJsonArray prices, infras;
    setCatalogue(generatedCatalogue(count, &prices, &infras));
    setPrices(prices);
    setInfras(infras);
}

FakeAcronis::FakeAcronis()
{
    const auto serve = [this](const QString &base) {
        return [this, base](const QUrl &rest, const QHttpServerRequest &request,
                            QHttpServerResponder &&responder) {
            const qint64 received = QDateTime::currentMSecsSinceEpoch();
            Reply reply = handle(base + rest.path(QUrl::FullyEncoded), request);
            reply.logLine = m_requests.last();
            reply.receivedMs = received;
            auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
            const int delay = reply.delayMs != 0 ? reply.delayMs : m_latencyMs;
            if (delay < 0) {
                logExchange(reply, 0);
                return m_hanging.push_back(held); // keeps the connection open, silent
            }
            if (delay == 0)
                return respond(held, reply);
            // The client may give up meanwhile (a cancel): its connection, and the socket
            // the answer would go to, are gone then.
            QTimer::singleShot(delay, this,
                               [this, held, reply, socket = QPointer<QTcpSocket>(held->socket())] {
                                   if (socket && socket->state() == QAbstractSocket::ConnectedState)
                                       return respond(held, reply);
                                   logExchange(reply, 0);
                               });
        };
    };
    m_server.route(QStringLiteral("/api/2/<arg>"), serve(QStringLiteral("/api/2/")));
    m_server.route(QStringLiteral("/api/price_sync/v1/<arg>"),
                   serve(QStringLiteral("/api/price_sync/v1/")));
    m_server.route(QStringLiteral("/<arg>"), serve(QStringLiteral("/")));
    if (const QByteArray folder = qgetenv("CSP_CONTRACT_LOG"); !folder.isEmpty()) {
        static int instances = 0;
        m_exchangeLog = std::make_unique<QFile>(
                QStringLiteral("%1/%2-%3-%4.jsonl")
                        .arg(QString::fromLocal8Bit(folder), QCoreApplication::applicationName())
                        .arg(QCoreApplication::applicationPid())
                        .arg(++instances));
        if (!m_exchangeLog->open(QIODevice::WriteOnly | QIODevice::Append))
            qFatal("cannot write the contract log %s", qPrintable(m_exchangeLog->fileName()));
    }
}

void FakeAcronis::respond(std::shared_ptr<QHttpServerResponder> responder, const Reply &reply)
{
    responder->writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    if (!reply.body.isEmpty() || reply.status != 204)
        responder->writeHeader("Content-Type", reply.contentType);
    responder->writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    for (const auto &[name, value] : reply.headers)
        responder->writeHeader(name, value);
    responder->writeBody(reply.body.constData(), reply.body.size());
    logExchange(reply, reply.status);
    if (m_requestLog) {
        // received and answered, in ms since the epoch, for timelines of a whole process
        m_requestLog->write(QByteArray::number(reply.receivedMs) + ' ' +
                            QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + ' ' +
                            QByteArray::number(reply.status) + ' ' + reply.logLine.toUtf8() + ' ' +
                            QByteArray::number(reply.body.size()) + '\n');
    }
}

// One line of the contract log: the request as it came (never its Authorization header) and
// the answer as it went, for tests/contract/check_exchanges.py.
void FakeAcronis::logExchange(const Reply &reply, int status) const
{
    if (!m_exchangeLog || reply.exchange.isEmpty())
        return;
    QJsonObject line = reply.exchange;
    line.insert(QStringLiteral("status"), status);
    line.insert(QStringLiteral("injected"), reply.injected);
    line.insert(QStringLiteral("responseContentType"), QString::fromLatin1(reply.contentType));
    // The fake's own JSON answers go in as they are (spliced, not escaped into a string: a
    // large one would cost the fake more than answering it); anything else as text or base64.
    const bool json = reply.contentType.startsWith("application/json");
    const bool ownJson = json && !reply.injected && !reply.body.isEmpty();
    if (json && !ownJson)
        line.insert(QStringLiteral("responseBody"), QString::fromUtf8(reply.body));
    else if (!json && !reply.body.isEmpty())
        line.insert(QStringLiteral("responseBodyBase64"),
                    QString::fromLatin1(reply.body.toBase64()));
    QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact);
    if (ownJson) {
        text.chop(1); // the closing brace
        text += ",\"responseJson\":" + reply.body + '}';
    }
    m_exchangeLog->write(text + '\n');
    m_exchangeLog->flush();
}

// The fake's own answer against the document: one that breaks it is a fault of the fake or of a
// test's data, so it becomes a 500 that names the problem, and is kept in violations().
void FakeAcronis::checkAnswer(Reply &reply) const
{
    if (reply.injected || reply.operationId.isEmpty() || reply.delayMs < 0)
        return;
    const OpenApiContract &contract = OpenApiContract::instance();
    const auto match = contract.match(reply.exchange.value(u"method").toString(),
                                      QUrl(reply.exchange.value(u"target").toString()).path());
    if (!match.operation)
        return;
    // The same answer again (a cached catalogue, a second run) was checked already: a large one
    // takes the fake long enough to show in whole-process timings.
    const QString checked = reply.operationId + u' ' + QString::number(reply.status) + u' ' +
            QString::number(qHash(reply.body)) + u' ' + QString::number(reply.body.size());
    if (m_checkedAnswers.contains(checked))
        return;
    const auto problem =
            contract.answerProblem(*match.operation, reply.status, reply.contentType, reply.body);
    if (!problem)
        return void(m_checkedAnswers.insert(checked));
    const QString text = QStringLiteral("%1 %2 answer: %3")
                                 .arg(reply.operationId, QString::number(reply.status), *problem);
    m_violations.append(text);
    qWarning("fake gateway: its answer breaks the document: %s", qPrintable(text));
    const QJsonObject exchange = reply.exchange;
    const QString message =
            QStringLiteral("The fake gateway's answer breaks the document: ") + text;
    reply = isPricelist(reply.operationId) ? flatError(500, QStringLiteral("INTERNAL_SERVER_ERROR"),
                                                       QStringLiteral("GENERAL"), message)
                                           : error(500, 500, message);
    reply.exchange = exchange;
    reply.exchange.insert(QStringLiteral("fakeViolation"), text);
}

bool FakeAcronis::listen(const QString &certificatePem, const QString &keyPem)
{
    if (!certificatePem.isEmpty()) {
        const auto certificates = QSslCertificate::fromPath(certificatePem);
        QFile keyFile(keyPem);
        if (certificates.isEmpty() || !keyFile.open(QIODevice::ReadOnly))
            return false;
        m_server.sslSetup(certificates.first(), QSslKey(&keyFile, QSsl::Rsa));
        m_tls = true;
    }
    if (m_tls) { // QHttpServer makes its own TLS listener; connection drops are plain-only
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
        return m_port != 0;
    }
    m_listener = new Listener(*this);
    m_listener->setParent(this);
    if (!m_listener->listen(QHostAddress::LocalHost, 0))
        return false;
    m_server.bind(m_listener);
    m_port = m_listener->serverPort();
    return true;
}

QString FakeAcronis::url() const
{
    return (m_tls ? QStringLiteral("https://localhost:") : QStringLiteral("http://127.0.0.1:")) +
            QString::number(m_port);
}

void FakeAcronis::addClient(const QString &clientId, const QString &secret, const QString &tenantId)
{
    m_clients.insert(clientId, {secret, tenantId});
}

void FakeAcronis::addTenant(const QJsonObject &tenant)
{
    m_tenants.insert(tenant.value(u"id").toString(), documentTenant(tenant));
}

void FakeAcronis::setTokenLifetime(int seconds, bool expiresInStyle)
{
    m_tokenLifetime = seconds;
    m_expiresInStyle = expiresInStyle;
}

void FakeAcronis::revokeTokens()
{
    m_tokens.clear();
}

void FakeAcronis::failNext(const QString &requestPrefix, Reply reply, int times)
{
    auto left = std::make_shared<int>(times);
    m_faults.append([requestPrefix, reply, left](const QString &request) -> std::optional<Reply> {
        if (*left <= 0 || !request.startsWith(requestPrefix))
            return std::nullopt;
        --*left;
        return reply;
    });
}

void FakeAcronis::failAfter(const QString &requestPrefix, int skipped, Reply reply)
{
    auto seen = std::make_shared<int>(0);
    m_faults.append(
            [requestPrefix, reply, seen, skipped](const QString &request) -> std::optional<Reply> {
                if (!request.startsWith(requestPrefix) || (*seen)++ != skipped)
                    return std::nullopt;
                return reply;
            });
}

void FakeAcronis::failAtRandom(int percent, quint32 seed)
{
    auto random = std::make_shared<QRandomGenerator>(seed);
    m_faults.append([random, percent](const QString &) -> std::optional<Reply> {
        if (int(random->bounded(100)) >= percent)
            return std::nullopt;
        static const int statuses[] = {503, 500, 502};
        const int status = statuses[random->bounded(3)];
        return status == 502 ? Reply(502, "<html>Bad Gateway</html>", "text/html")
                             : error(status, status, QStringLiteral("Injected fault"));
    });
}

void FakeAcronis::loseAnswerOfNext(const QString &requestPrefix, Loss loss, int times)
{
    m_losses.append({requestPrefix, loss, times});
}

FakeAcronis::Reply FakeAcronis::lost(Loss loss)
{
    const auto proxyPage = [](int status, const char *phrase) {
        return Reply(status,
                     QByteArray("<html>\r\n<head><title>") + QByteArray::number(status) + ' ' +
                             phrase + "</title></head>\r\n<body>\r\n<center><h1>" +
                             QByteArray::number(status) + ' ' + phrase +
                             "</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>"
                             "\r\n</html>\r\n",
                     "text/html");
    };
    switch (loss) {
    case Loss::Drop:
        return Reply(200, {}, "application/json", {{DropMarker, "1"}});
    case Loss::InternalError:
        return error(500, 500, QStringLiteral("Internal Server Error"));
    case Loss::ProxyBadGateway:
        return proxyPage(502, "Bad Gateway");
    case Loss::ProxyTimeout:
        return proxyPage(504, "Gateway Timeout");
    case Loss::Silence:
        return hang();
    }
    return {};
}

int FakeAcronis::count(const QString &requestPrefix) const
{
    return int(std::count_if(m_requests.begin(), m_requests.end(),
                             [&](const QString &r) { return r.startsWith(requestPrefix); }));
}

QJsonObject FakeAcronis::fixture(const QString &name)
{
    QFile file(QStringLiteral(CSP_SHARED_FIXTURES "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

FakeAcronis::Reply FakeAcronis::json(int status, const QJsonObject &body)
{
    return {status, QJsonDocument(body).toJson(QJsonDocument::Compact)};
}

FakeAcronis::Reply FakeAcronis::error(int status, int code, const QString &message)
{
    return json(
            status,
            {{QStringLiteral("error"),
              QJsonObject{
                      {QStringLiteral("code"), code},
                      {QStringLiteral("message"), message},
                      {QStringLiteral("details"), QJsonObject{{QStringLiteral("info"), message}}},
                      {QStringLiteral("context"), QJsonObject()},
                      {QStringLiteral("domain"), QStringLiteral("PlatformAccountServer")}}}});
}

FakeAcronis::Reply FakeAcronis::flatError(int status, const QString &code, const QString &domain,
                                          const QString &message, const QJsonObject &context)
{
    QJsonObject body{{QStringLiteral("code"), code},
                     {QStringLiteral("domain"), domain},
                     {QStringLiteral("message"), message}};
    if (!context.isEmpty())
        body.insert(QStringLiteral("context"), context);
    return json(status, body);
}

bool FakeAcronis::isPricelist(const QString &operationId)
{
    return operationId == u"Fetch tenant's price lists";
}

namespace {

// The request as the contract log keeps it: never its Authorization header, only its scheme.
QJsonObject exchangeOf(const QString &method, const QHttpServerRequest &request)
{
    const QByteArray authorization = request.value("Authorization");
    QJsonObject headers;
    for (const char *name : {"Content-Type", "Accept"}) {
        if (!request.value(name).isEmpty())
            headers.insert(QString::fromLatin1(name).toLower(),
                           QString::fromLatin1(request.value(name)));
    }
    return {{QStringLiteral("test"), QCoreApplication::applicationName()},
            {QStringLiteral("method"), method},
            {QStringLiteral("target"),
             QString::fromUtf8(
                     request.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority))},
            {QStringLiteral("headers"), headers},
            {QStringLiteral("authorization"),
             authorization.isEmpty() ? QJsonValue()
                                     : QJsonValue(QString::fromLatin1(
                                               authorization.left(authorization.indexOf(' '))))},
            {QStringLiteral("requestBody"), QString::fromUtf8(request.body())},
            {QStringLiteral("probe"), !request.value("X-Contract-Probe").isEmpty()}};
}

// Whether an Accept header admits one of the content types the operation answers with.
bool acceptsAnswer(const QByteArray &accept, const QJsonObject &operation)
{
    if (accept.isEmpty() || accept.contains("*/*"))
        return true;
    const QJsonObject responses = operation.value(u"responses").toObject();
    for (auto it = responses.begin(); it != responses.end(); ++it) {
        if (!it.key().startsWith(u'2'))
            continue;
        for (const QString &type : it.value().toObject().keys()) {
            if (type != u"specRef" && accept.contains(type.toLatin1()))
                return true;
        }
        if (it.value().isNull())
            return true;
    }
    return false;
}

} // namespace

FakeAcronis::Reply FakeAcronis::handle(const QString &path, const QHttpServerRequest &request)
{
    const QString method =
            QString::fromLatin1(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(
                                        int(request.method())))
                    .toUpper();
    const QString line = method + u' ' + path;
    m_requests.append(line);
    const QJsonObject exchange = exchangeOf(method, request);
    m_longestTarget = qMax(m_longestTarget, int(exchange.value(u"target").toString().size()));
    const auto finished = [&](Reply reply, const QString &operationId = {}) {
        reply.exchange = exchange;
        reply.operationId = operationId;
        return reply;
    };
    for (const Fault &fault : std::as_const(m_faults)) {
        if (auto reply = fault(line)) {
            reply->injected = true;
            return finished(*reply);
        }
    }
    const OpenApiContract &contract = OpenApiContract::instance();
    const OpenApiContract::Match match = contract.match(method, QUrl(path).path());
    if (!match.operation)
        return finished(error(404, 404,
                              QStringLiteral("Not found: the API document has no %1 %2")
                                      .arg(method, QUrl(path).path())));
    const QString operationId = match.operation->id;
    const bool pricelist = isPricelist(operationId);
    if (pricelist && !m_priceListOffered) {
        // Played as a gateway without the Pricelist API answers: outside the document.
        Reply missing = finished(error(404, 404, QStringLiteral("Not found")), operationId);
        missing.injected = true;
        return missing;
    }
    const bool basicAuth =
            m_basicAuthAccepted && match.operation->acceptsBasicAuth() && knownClient(request);
    if (basicAuth)
        m_basicAuthorised.append(line);
    if (operationId != u"RequestTokens" && !basicAuth && !authorised(request))
        return finished(pricelist ? flatError(401, QStringLiteral("UNAUTHORIZED_REQUEST"),
                                              QStringLiteral("ACCESS"),
                                              QStringLiteral("Unauthorized"))
                                  : error(401, 401, QStringLiteral("Unauthorized")),
                        operationId);
    if (auto problem = contract.requestProblem(match, request.query(),
                                               request.value("Content-Type"), request.body()))
        return finished(pricelist ? flatError(400, QStringLiteral("BAD_REQUEST_ERROR"),
                                              QStringLiteral("GENERAL"), *problem)
                                  : error(400, 400, *problem),
                        operationId);
    if (!acceptsAnswer(request.value("Accept"), match.operation->definition))
        return finished(error(400, 400,
                              QStringLiteral("Accept: \"%1\" admits none of the content types the "
                                             "document answers with (rule: acceptable content)")
                                      .arg(QString::fromLatin1(request.value("Accept")))),
                        operationId);
    Reply reply = finished(operationId == u"RequestTokens"
                                   ? token(request)
                                   : route(operationId, match.pathValues, request),
                           operationId);
    for (Delay &delay : m_delays) {
        if (delay.left > 0 && line.startsWith(delay.requestPrefix)) {
            --delay.left;
            reply.delayMs = delay.ms;
            break;
        }
    }
    checkAnswer(reply);
    for (AnswerLoss &loss : m_losses) {
        if (loss.left > 0 && line.startsWith(loss.requestPrefix)) {
            --loss.left;
            Reply gone = finished(lost(loss.loss), operationId); // acted on, and the answer is gone
            gone.injected = true;
            return gone;
        }
    }
    return reply;
}

FakeAcronis::Reply FakeAcronis::token(const QHttpServerRequest &request)
{
    if (!knownClient(request) || request.body() != "grant_type=client_credentials")
        return json(401, fixture(QStringLiteral("token_error_invalid_client.json")));
    const QString token = m_replica > 0
            ? QStringLiteral("fake-token-%1-%2").arg(m_replica).arg(++m_issued)
            : QStringLiteral("fake-token-%1").arg(++m_issued);
    m_tokens.insert(token);
    QJsonObject body{{QStringLiteral("access_token"), token},
                     {QStringLiteral("id_token"), QStringLiteral("fake-id-token")},
                     {QStringLiteral("token_type"), QStringLiteral("bearer")}};
    if (m_expiresInStyle)
        body.insert(QStringLiteral("expires_in"), m_tokenLifetime);
    else
        body.insert(QStringLiteral("expires_on"),
                    QDateTime::currentSecsSinceEpoch() + m_tokenLifetime);
    return json(200, body);
}

bool FakeAcronis::knownClient(const QHttpServerRequest &request) const
{
    const QByteArray authorization = request.value("Authorization");
    const QString credentials = QString::fromUtf8(QByteArray::fromBase64(authorization.mid(6)));
    const qsizetype colon = credentials.indexOf(u':');
    const QString id = credentials.left(colon);
    return authorization.startsWith("Basic ") && colon > 0 && m_clients.contains(id) &&
            m_clients.value(id).first == credentials.mid(colon + 1);
}

bool FakeAcronis::authorised(const QHttpServerRequest &request) const
{
    const QByteArray authorization = request.value("Authorization");
    if (!authorization.startsWith("Bearer "))
        return false;
    const QString token = QString::fromLatin1(authorization.mid(7));
    // A replica trusts its siblings' tokens: they issue theirs as it does.
    static const QRegularExpression replicaToken(
            QStringLiteral("^fake-token-[1-9][0-9]*-[1-9][0-9]*$"));
    return m_tokens.contains(token) || (m_replica > 0 && replicaToken.match(token).hasMatch());
}

void FakeAcronis::setInfras(const QJsonArray &infras)
{
    // What the document requires of an infra that a test need not say.
    m_infras = {};
    for (const QJsonValue &value : infras) {
        QJsonObject infra = value.toObject();
        const QString id = infra.value(u"id").toString();
        const std::pair<const char *, QJsonValue> defaults[] = {
                {"owner_tenant_id", QStringLiteral("3f2a9c1e-5b7d-4e8a-9c10-6d2f4b8a1e01")},
                {"location_id", QStringLiteral("5b0c3a1e-7d2f-4e8a-9c10-%1").arg(id.right(12))},
                {"platform_owned", true},
                {"url", QString(QStringLiteral("https://storage.example/") + id)},
                {"capabilities", QJsonArray{QStringLiteral("backup")}},
                {"backend_type", QStringLiteral("azure")},
                {"version", 1}};
        for (const auto &[key, fallback] : defaults) {
            if (!infra.contains(QLatin1String(key)))
                infra.insert(QLatin1String(key), fallback);
        }
        m_infras.append(infra);
    }
}

void FakeAcronis::serveOnAnotherStorage(const QString &itemName, const QString &infraId,
                                        const QString &infraName)
{
    for (const QJsonValue &value : std::as_const(m_catalogue)) {
        QJsonObject item = value.toObject();
        if (item.value(u"name").toString() != itemName)
            continue;
        item.insert(QStringLiteral("infra_id"), infraId);
        m_catalogue.append(item);
        break;
    }
    QJsonArray infras = m_infras;
    infras.append(
            QJsonObject{{QStringLiteral("id"), infraId}, {QStringLiteral("name"), infraName}});
    setInfras(infras);
    m_bodies.clear();
}

void FakeAcronis::loadSampleCatalogue()
{
    m_applications = fixture(QStringLiteral("applications.json")).value(u"items").toArray();
    m_catalogue = fixture(QStringLiteral("offering_items_available_for_child_partner.json"))
                          .value(u"items")
                          .toArray();
    setInfras(
            {QJsonObject{
                     {QStringLiteral("id"), QStringLiteral("019097a6-114f-4418-bd54-e01ef049f209")},
                     {QStringLiteral("name"), QStringLiteral("Acronis Cloud EU")}},
             QJsonObject{
                     {QStringLiteral("id"), QStringLiteral("fbc254b9-d8be-4daf-94f6-0253d23b63f0")},
                     {QStringLiteral("name"), QStringLiteral("Files Cloud Frankfurt")},
                     {QStringLiteral("capabilities"), QJsonArray{QStringLiteral("files_cloud")}}}});
    const QString backup = QStringLiteral("6e6d758d-8e74-3ae3-ac84-50eb0dff12eb");
    const auto price = [&](const char *name, const char *value, const QString &infra = {}) {
        QJsonObject item{{QStringLiteral("application_id"), backup},
                         {QStringLiteral("name"), QLatin1String(name)},
                         {QStringLiteral("price"), QLatin1String(value)},
                         {QStringLiteral("version"), 1}};
        if (!infra.isEmpty())
            item.insert(QStringLiteral("infra_id"), infra);
        return item;
    };
    m_prices = QJsonArray{price("pw_base_workstations", "4.50"), price("pw_base_servers", "19.00"),
                          price("pw_base_storage", "0.0450",
                                QStringLiteral("019097a6-114f-4418-bd54-e01ef049f209")),
                          price("pg_base_workstations", "2.10")};
    m_bodies.clear();
}

QString FakeAcronis::acronisTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

FakeAcronis::Reply FakeAcronis::catalogue(const QString &tenantId) const
{
    if (!m_tenants.contains(tenantId))
        return error(404, 1005, QStringLiteral("Tenant not found"));
    const QString key = QStringLiteral("catalogue|") + tenantId;
    if (const auto cached = m_bodies.constFind(key); cached != m_bodies.constEnd())
        return Reply(200, *cached);
    QJsonArray items;
    for (const QJsonValue &value : m_catalogue) {
        QJsonObject item = value.toObject();
        item.insert(QStringLiteral("tenant_id"), tenantId); // the tenant asked about
        items.append(item);
    }
    QJsonObject body{{QStringLiteral("timestamp"), acronisTime(QDateTime::currentDateTimeUtc())},
                     {QStringLiteral("items"), items}};
    if (m_catalogueCursor && items.size() > 1) {
        items = QJsonArray(items);
        while (items.size() > 1)
            items.removeLast();
        body.insert(QStringLiteral("items"), items);
        body.insert(QStringLiteral("paging"),
                    QJsonObject{{QStringLiteral("cursors"),
                                 QJsonObject{{QStringLiteral("after"), QStringLiteral("1")}}}});
    }
    const Reply reply = json(200, body);
    m_bodies.insert(key, reply.body);
    return reply;
}

FakeAcronis::Reply FakeAcronis::infraBatch(const QHttpServerRequest &request) const
{
    const QStringList wanted =
            request.query().queryItemValue(QStringLiteral("uuids"), QUrl::FullyDecoded).split(u',');
    QJsonArray found;
    for (const QJsonValue &infra : m_infras) {
        if (wanted.contains(infra.toObject().value(u"id").toString()))
            found.append(infra);
    }
    return json(200, {{QStringLiteral("items"), found}});
}

FakeAcronis::Reply FakeAcronis::priceLists(const QHttpServerRequest &request) const
{
    const QString scope =
            QStringLiteral("urn:acronis.com::service_plans_manager::price_list_reader");
    const QString tenantId = request.query().queryItemValue(QStringLiteral("tenant_id"));
    if (!m_priceListReader || !m_tenants.contains(tenantId))
        return flatError(403, QStringLiteral("ACCESS_DENIED_ERROR"), QStringLiteral("ACCESS"),
                         QStringLiteral("Access denied"), {{QStringLiteral("scope"), scope}});
    const QStringList months = request.query()
                                       .queryItemValue(QStringLiteral("months"), QUrl::FullyDecoded)
                                       .split(u',');
    static const QRegularExpression monthPattern(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
    QJsonArray lists;
    for (const QString &month : months) {
        if (!monthPattern.match(month).hasMatch())
            return flatError(400, QStringLiteral("BAD_REQUEST_ERROR"), QStringLiteral("GENERAL"),
                             QStringLiteral("months: \"%1\" is not a month YYYY-MM").arg(month));
        for (const QJsonValue &list : m_priceLists) {
            if (list.toObject().value(u"month").toString() == month)
                lists.append(list);
        }
    }
    return json(200, {{QStringLiteral("price_lists"), lists}});
}

FakeAcronis::Reply FakeAcronis::route(const QString &operationId,
                                      const QHash<QString, QString> &path,
                                      const QHttpServerRequest &request)
{
    if (isPricelist(operationId))
        return priceLists(request);
    if (auto reply = routeProvisioning(operationId, path, request))
        return *reply;
    if (auto reply = routeUsage(operationId, path, request))
        return *reply;
    const QString tenantId = path.value(QStringLiteral("tenant_id"));
    if (operationId == u"FetchApplications")
        return json(200, {{QStringLiteral("items"), m_applications}});
    if (operationId == u"FetchOfferingItemsAvailableForTenantChild")
        return catalogue(tenantId);
    if (operationId == u"FetchTenantOfferingItemsPrices") {
        if (!m_prices || !m_tenants.contains(tenantId))
            return error(404, 404, QStringLiteral("Not found"));
        auto cached = m_bodies.find(QStringLiteral("prices"));
        if (cached == m_bodies.end())
            cached = m_bodies.insert(QStringLiteral("prices"),
                                     json(200, {{QStringLiteral("items"), *m_prices}}).body);
        return Reply(200, *cached);
    }
    if (operationId == u"FetchTenantPricingSettings") {
        if (!m_tenants.contains(tenantId))
            return error(404, 1005, QStringLiteral("Tenant not found"));
        const QJsonObject tenant = m_tenants.value(tenantId);
        return json(
                200,
                {{QStringLiteral("mode"), tenant.value(u"pricing_mode")},
                 {QStringLiteral("currency"), m_currency ? QJsonValue(*m_currency) : QJsonValue()},
                 {QStringLiteral("version"), qint64(1596545222672)},
                 {QStringLiteral("production_start_date"), tenant.value(u"created_at")}});
    }
    if (operationId == u"FetchInfrastructuresBatch")
        return infraBatch(request);
    if (operationId == u"FetchClient") {
        const QString clientId = path.value(QStringLiteral("client_id"));
        if (!m_clients.contains(clientId))
            return error(404, 404, QStringLiteral("Client not found"));
        QJsonObject client = fixture(QStringLiteral("client_info.json"));
        client.insert(QStringLiteral("client_id"), clientId);
        client.insert(QStringLiteral("tenant_id"), m_clients.value(clientId).second);
        return json(200, client);
    }
    if (operationId == u"FetchTenant") {
        if (!m_tenants.contains(tenantId))
            return error(404, 1005, QStringLiteral("Tenant not found"));
        return json(200, m_tenants.value(tenantId));
    }
    return error(404, 404, QStringLiteral("Not found: the fake does not serve ") + operationId);
}

} // namespace csp::test
