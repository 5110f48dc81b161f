#include "fakeacronis.h"

#include <QDateTime>
#include <QFile>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QRandomGenerator>
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
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
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
        item.insert(QStringLiteral("infra_id"), storage ? QJsonValue(infra) : QJsonValue());
        items.append(item);
        if (i % 3 == 0)
            prices->append(QJsonObject{
                    {QStringLiteral("application_id"), generatedApplication},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("infra_id"), storage ? QJsonValue(infra) : QJsonValue()},
                    {QStringLiteral("price"),
                     QStringLiteral("%1.%2").arg(i % 97).arg(i % 100, 2, 10, QLatin1Char('0'))}});
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
    m_server.route(QStringLiteral("/api/2/<arg>"),
                   [this](const QUrl &rest, const QHttpServerRequest &request,
                          QHttpServerResponder &&responder) {
                       const qint64 received = QDateTime::currentMSecsSinceEpoch();
                       Reply reply = handle(rest.path(), request);
                       reply.logLine = m_requests.last();
                       reply.receivedMs = received;
                       auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
                       const int delay = reply.delayMs != 0 ? reply.delayMs : m_latencyMs;
                       if (delay < 0)
                           return m_hanging.push_back(held); // keeps the connection open, silent
                       if (delay == 0)
                           return respond(held, reply);
                       QTimer::singleShot(delay, this,
                                          [this, held, reply] { respond(held, reply); });
                   });
}

void FakeAcronis::respond(std::shared_ptr<QHttpServerResponder> responder, const Reply &reply)
{
    responder->writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder->writeHeader("Content-Type", reply.contentType);
    responder->writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    for (const auto &[name, value] : reply.headers)
        responder->writeHeader(name, value);
    responder->writeBody(reply.body.constData(), reply.body.size());
    if (m_requestLog) {
        // received and answered, in ms since the epoch, for timelines of a whole process
        m_requestLog->write(QByteArray::number(reply.receivedMs) + ' ' +
                            QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + ' ' +
                            QByteArray::number(reply.status) + ' ' + reply.logLine.toUtf8() + ' ' +
                            QByteArray::number(reply.body.size()) + '\n');
    }
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
    m_tenants.insert(tenant.value(u"id").toString(), tenant);
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

FakeAcronis::Reply FakeAcronis::handle(const QString &path, const QHttpServerRequest &request)
{
    const QString method =
            QString::fromLatin1(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(
                                        int(request.method())))
                    .toUpper();
    const QString line = method + QStringLiteral(" /api/2/") + path;
    m_requests.append(line);
    m_longestTarget =
            qMax(m_longestTarget,
                 int(request.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority).size()));
    for (const Fault &fault : std::as_const(m_faults)) {
        if (auto reply = fault(line))
            return *reply;
    }
    if (path == u"idp/token" && method == u"POST")
        return token(request);
    if (!authorised(request))
        return error(401, 401, QStringLiteral("Unauthorized"));
    Reply reply = route(method, path.split(u'/'), request);
    for (Delay &delay : m_delays) {
        if (delay.left > 0 && line.startsWith(delay.requestPrefix)) {
            --delay.left;
            reply.delayMs = delay.ms;
            break;
        }
    }
    for (AnswerLoss &loss : m_losses) {
        if (loss.left > 0 && line.startsWith(loss.requestPrefix)) {
            --loss.left;
            return lost(loss.loss); // acted on, and the answer is gone
        }
    }
    return reply;
}

FakeAcronis::Reply FakeAcronis::token(const QHttpServerRequest &request)
{
    const QByteArray authorization = request.value("Authorization");
    const QString credentials = QString::fromUtf8(QByteArray::fromBase64(authorization.mid(6)));
    const qsizetype colon = credentials.indexOf(u':');
    const QString id = credentials.left(colon);
    const bool valid = authorization.startsWith("Basic ") && colon > 0 && m_clients.contains(id) &&
            m_clients.value(id).first == credentials.mid(colon + 1) &&
            request.body() == "grant_type=client_credentials";
    if (!valid)
        return json(401, fixture(QStringLiteral("token_error_invalid_client.json")));
    const QString token = QStringLiteral("fake-token-%1").arg(++m_issued);
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

bool FakeAcronis::authorised(const QHttpServerRequest &request) const
{
    const QByteArray authorization = request.value("Authorization");
    return authorization.startsWith("Bearer ") &&
            m_tokens.contains(QString::fromLatin1(authorization.mid(7)));
}

void FakeAcronis::loadSampleCatalogue()
{
    m_applications = fixture(QStringLiteral("applications.json")).value(u"items").toArray();
    m_catalogue = fixture(QStringLiteral("offering_items_available_for_child_partner.json"))
                          .value(u"items")
                          .toArray();
    m_infras = QJsonArray{
            QJsonObject{
                    {QStringLiteral("id"), QStringLiteral("019097a6-114f-4418-bd54-e01ef049f209")},
                    {QStringLiteral("name"), QStringLiteral("Acronis Cloud EU")},
                    {QStringLiteral("platform_owned"), true}},
            QJsonObject{
                    {QStringLiteral("id"), QStringLiteral("fbc254b9-d8be-4daf-94f6-0253d23b63f0")},
                    {QStringLiteral("name"), QStringLiteral("Files Cloud Frankfurt")},
                    {QStringLiteral("platform_owned"), true}},
    };
    const QString backup = QStringLiteral("6e6d758d-8e74-3ae3-ac84-50eb0dff12eb");
    const auto price = [&](const char *name, const char *value, const QString &infra = {}) {
        QJsonObject item{{QStringLiteral("application_id"), backup},
                         {QStringLiteral("name"), QLatin1String(name)},
                         {QStringLiteral("price"), QLatin1String(value)},
                         {QStringLiteral("version"), 1}};
        item.insert(QStringLiteral("infra_id"), infra.isEmpty() ? QJsonValue() : QJsonValue(infra));
        return item;
    };
    m_prices = QJsonArray{price("pw_base_workstations", "4.50"), price("pw_base_servers", "19.00"),
                          price("pw_base_storage", "0.0450",
                                QStringLiteral("019097a6-114f-4418-bd54-e01ef049f209")),
                          price("pg_base_workstations", "2.10")};
}

FakeAcronis::Reply FakeAcronis::page(const QString &list, const QJsonArray &items,
                                     const QHttpServerRequest &request) const
{
    const int start = request.query().queryItemValue(QStringLiteral("after")).toInt();
    const QString cacheKey = list + u'|' + QString::number(start) + u'|' +
            request.query().queryItemValue(QStringLiteral("limit"));
    if (const auto cached = m_pages.constFind(cacheKey); cached != m_pages.constEnd())
        return Reply(200, *cached);
    const int limit = request.query().queryItemValue(QStringLiteral("limit")).toInt();
    int size = m_pageSize > 0 ? m_pageSize : int(items.size());
    if (m_pageSize > 0 && limit <= 0 && m_defaultPageSize > 0)
        size = std::min(size, m_defaultPageSize);
    else if (m_pageSize > 0 && limit > 0)
        size = std::min(size, limit);
    QJsonArray slice;
    for (int i = start; i < items.size() && i < start + size; ++i)
        slice.append(items.at(i));
    QJsonObject body{{QStringLiteral("items"), slice}};
    if (m_pageSize > 0) {
        QJsonObject cursors;
        if (start + size < items.size())
            cursors.insert(QStringLiteral("after"), QString::number(start + size));
        body.insert(QStringLiteral("paging"), QJsonObject{{QStringLiteral("cursors"), cursors}});
        body.insert(QStringLiteral("timestamp"), QStringLiteral("2026-11-24T10:00:00Z"));
    }
    const Reply reply = json(200, body);
    m_pages.insert(cacheKey, reply.body);
    return reply;
}

FakeAcronis::Reply FakeAcronis::route(const QString &method, const QStringList &segments,
                                      const QHttpServerRequest &request)
{
    if (auto reply = routeProvisioning(method, segments, request))
        return *reply;
    if (method == u"GET" && segments == QStringList{QStringLiteral("applications")})
        return page(QStringLiteral("applications"), m_applications, request);
    if (method == u"GET" && segments.size() == 4 && segments[0] == u"tenants" &&
        segments[2] == u"offering_items" && segments[3] == u"available_for_child") {
        if (!m_tenants.contains(segments[1]))
            return error(404, 1005, QStringLiteral("Tenant not found"));
        return page(QStringLiteral("catalogue"), m_catalogue, request);
    }
    if (method == u"GET" && segments.size() == 4 && segments[0] == u"tenants" &&
        segments[2] == u"offering_items" && segments[3] == u"pricing") {
        if (!m_prices)
            return error(404, 404, QStringLiteral("Not found"));
        if (m_pricesBody.isEmpty())
            m_pricesBody = json(200, {{QStringLiteral("items"), *m_prices}}).body;
        return Reply(200, m_pricesBody);
    }
    if (method == u"GET" && segments.size() == 3 && segments[0] == u"tenants" &&
        segments[2] == u"infra") {
        QJsonArray ids;
        for (const QJsonValue &infra : std::as_const(m_infras))
            ids.append(infra.toObject().value(u"id"));
        return json(200, {{QStringLiteral("infras"), ids}});
    }
    if (method == u"GET" && segments == QStringList{QStringLiteral("infra")}) {
        const QStringList wanted =
                request.query().queryItemValue(QStringLiteral("uuids")).split(u',');
        QJsonArray found;
        for (const QJsonValue &infra : std::as_const(m_infras)) {
            if (wanted.contains(infra.toObject().value(u"id").toString()))
                found.append(infra);
        }
        return json(200, {{QStringLiteral("items"), found}});
    }
    if (method == u"GET" && segments.size() == 2 && segments[0] == u"clients") {
        if (!m_clients.contains(segments[1]))
            return error(404, 404, QStringLiteral("Client not found"));
        QJsonObject client = fixture(QStringLiteral("client_info.json"));
        client.insert(QStringLiteral("client_id"), segments[1]);
        client.insert(QStringLiteral("tenant_id"), m_clients.value(segments[1]).second);
        return json(200, client);
    }
    if (method == u"GET" && segments.size() == 2 && segments[0] == u"tenants") {
        if (!m_tenants.contains(segments[1]))
            return error(404, 1005, QStringLiteral("Tenant not found"));
        return json(200, m_tenants.value(segments[1]));
    }
    return error(404, 404, QStringLiteral("Not found"));
}

} // namespace csp::test
