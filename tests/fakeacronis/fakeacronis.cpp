#include "fakeacronis.h"

#include <QDateTime>
#include <QFile>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>

namespace csp::test {

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
        if (m_fake.m_dropConnections > 0) {
            --m_fake.m_dropConnections;
            auto *socket = new QTcpSocket(this);
            socket->setSocketDescriptor(descriptor);
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->abort();
                socket->deleteLater();
            });
            return;
        }
        QTcpServer::incomingConnection(descriptor);
    }

private:
    FakeAcronis &m_fake;
};

FakeAcronis::FakeAcronis()
{
    m_server.route(QStringLiteral("/api/2/<arg>"),
                   [this](const QUrl &rest, const QHttpServerRequest &request) {
                       const Reply reply = handle(rest.path(), request);
                       QHttpServerResponse response(reply.contentType, reply.body,
                                                    QHttpServerResponder::StatusCode(reply.status));
                       for (const auto &[name, value] : reply.headers)
                           response.addHeader(name, value);
                       return response;
                   });
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
    for (const Fault &fault : std::as_const(m_faults)) {
        if (auto reply = fault(line))
            return *reply;
    }
    if (path == u"idp/token" && method == u"POST")
        return token(request);
    if (!authorised(request))
        return error(401, 401, QStringLiteral("Unauthorized"));
    return route(method, path.split(u'/'), request);
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

FakeAcronis::Reply FakeAcronis::route(const QString &method, const QStringList &segments,
                                      const QHttpServerRequest &)
{
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
