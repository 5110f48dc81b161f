#pragma once

#include <QHash>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace csp::test {

// A stand-in for the Acronis Account Management API on 127.0.0.1, with state a test can set up
// and inspect, and faults it can inject.
class FakeAcronis : public QObject
{
    Q_OBJECT

public:
    struct Reply
    {
        Reply(int status_ = 200, QByteArray body_ = {},
              QByteArray contentType_ = "application/json",
              QList<QPair<QByteArray, QByteArray>> headers_ = {})
            : status(status_)
            , body(std::move(body_))
            , contentType(std::move(contentType_))
            , headers(std::move(headers_))
        { }
        int status;
        QByteArray body;
        QByteArray contentType;
        QList<QPair<QByteArray, QByteArray>> headers;
        int delayMs = 0; // answer this late; -1: never (a hanging server)
        QString logLine;
        qint64 receivedMs = 0;
    };
    static Reply hang()
    {
        Reply reply;
        reply.delayMs = -1;
        return reply;
    }
    // Looks at "METHOD /api/2/path" and either answers in place of the fake or lets it through.
    using Fault = std::function<std::optional<Reply>(const QString &request)>;

    FakeAcronis();

    // Listens on 127.0.0.1 (a free port); with TLS when a certificate and key are given.
    bool listen(const QString &certificatePem = {}, const QString &keyPem = {});
    QString url() const; // e.g. http://127.0.0.1:40123

    void addClient(const QString &clientId, const QString &secret, const QString &tenantId);
    void addTenant(const QJsonObject &tenant);
    // The catalogue side: what GET /applications, …/offering_items/available_for_child,
    // …/infra, /infra?uuids= and …/offering_items/pricing answer. Prices: nullopt → 404.
    void setApplications(const QJsonArray &applications)
    {
        m_applications = applications;
        m_pages.clear();
    }
    void setCatalogue(const QJsonArray &items)
    {
        m_catalogue = items;
        m_pages.clear();
    }
    void setInfras(const QJsonArray &infras) { m_infras = infras; }
    std::optional<QJsonArray> prices() const { return m_prices; }
    void setPrices(const std::optional<QJsonArray> &prices)
    {
        m_prices = prices;
        m_pricesBody.clear();
    }
    // Where the client asks for no `limit`, pages of this many (0: the page size).
    void setDefaultPageSize(int size)
    {
        m_defaultPageSize = size;
        m_pages.clear();
    }
    // Each request as "RECEIVED_MS ANSWERED_MS STATUS METHOD PATH BYTES", when it is answered.
    void setRequestLog(QIODevice *log) { m_requestLog = log; }
    // Lists longer than this come in pages (paging.cursors.after); 0: one page. A client's
    // `limit` gets at most this many.
    void setPageSize(int size)
    {
        m_pageSize = size;
        m_pages.clear();
    }
    // The realistic catalogue of the fixtures: 13 items, two storages, some prices.
    void loadSampleCatalogue();
    // The screenshots' demo: the sample catalogue with a price for every sold item, and seven
    // named service providers under `distributorId` with usage of different sizes.
    void loadDemo(const QString &distributorId);
    // `count` items of the Backup application, one in five a storage item on one of 8 storages,
    // one in three priced.
    void loadGeneratedCatalogue(int count);
    static QJsonArray generatedCatalogue(int count, QJsonArray *prices, QJsonArray *infras);

    // Seconds a new token lives; `expiresInStyle` answers expires_in instead of expires_on.
    void setTokenLifetime(int seconds, bool expiresInStyle = false);
    void revokeTokens();
    QStringList issuedTokens() const { return m_tokens.values(); }

    // The next `times` requests starting with `requestPrefix` ("GET /api/2/tenants") get `reply`.
    void failNext(const QString &requestPrefix, Reply reply, int times = 1);
    // From now on, `percent` % of all requests (drawn from `seed`) fail with a 503, a 500 or a
    // proxy's 502, without being acted on (the soak run).
    void failAtRandom(int percent, quint32 seed);
    // The next `count` TCP connections are closed as soon as their request arrives.
    void dropNextConnections(int count) { m_dropConnections = count; }
    // How an answer is lost after the fake acted on the request, as a gateway, a proxy or the
    // network loses it: the connection drops, a 500, a proxy's 502 or 504 HTML page, or no
    // answer at all (the client's timeout).
    enum class Loss { Drop, InternalError, ProxyBadGateway, ProxyTimeout, Silence };
    // The next `times` requests starting with `requestPrefix` are carried out, then their
    // answers are lost that way.
    void loseAnswerOfNext(const QString &requestPrefix, Loss loss, int times = 1);
    void stopLosingAnswers() { m_losses.clear(); }
    // The next `times` requests starting with `requestPrefix` are answered as usual, `ms` late.
    void delayNext(const QString &requestPrefix, int ms, int times = 1)
    {
        m_delays.append({requestPrefix, ms, times});
    }
    void addFault(Fault fault) { m_faults.append(std::move(fault)); }
    void clearFaults() { m_faults.clear(); }

    // Every answer comes this late (a far-away gateway); requests are still served in parallel.
    void setLatency(int milliseconds) { m_latencyMs = milliseconds; }

    // Provisioning state: tenants (created, changed and deleted through the API), users, the
    // items enabled per tenant, tier settings, access policies and activation e-mails.
    QJsonObject tenant(const QString &id) const { return m_tenants.value(id); }
    bool hasTenant(const QString &id) const { return m_tenants.contains(id); }
    // A tenant deleted by hand at Acronis, behind the program's back.
    void removeTenant(const QString &id) { m_tenants.remove(id); }
    QList<QJsonObject> children(const QString &parentId) const;
    QList<QJsonObject> tenantsWithCustomerId(const QString &customerId) const;
    // Adds `count` partner tenants under `parentId` named "Partner NNNN" with customer ids
    // "ERP-NNNN" (every third one without a customer id, every fifth one disabled).
    void addPartners(const QString &parentId, int count);
    void bumpVersion(const QString &tenantId);
    // The tenant's items with status 1 (those enabled and not disabled since).
    QJsonArray enabledItems(const QString &tenantId) const;
    std::optional<int> tierLevel(const QString &tenantId) const;
    QList<QJsonObject> users() const { return m_users.values(); }
    QJsonArray accessPolicies(const QString &userId) const { return m_policies.value(userId); }
    const QStringList &activationMails() const { return m_activationMails; }
    void addUser(const QString &tenantId, const QString &login);
    // The created_at of tenants made from now on (default: the current time).
    void setCreationTime(const QDateTime &time) { m_creationTime = time; }
    void setTierLevel(const QString &tenantId, int level) { m_tierLevels.insert(tenantId, level); }

    // Usage: the live counters of each tenant (GET /tenants/usages, /tenants/{id}/usages), and
    // the rows of the usage report (POST /reports, then GET …/stored, which says in_progress
    // `pollsBeforeSaved` times before saved, then the JSON download).
    void setUsages(const QString &tenantId, const QJsonArray &usages)
    {
        m_usages[tenantId] = usages;
    }
    // Every tenant in `tenantIds` gets `linesPerTenant` usage lines of the sample catalogue.
    void generateUsages(const QStringList &tenantIds, int linesPerTenant);
    void setReportRows(const QJsonArray &rows, int pollsBeforeSaved = 1)
    {
        m_reportRows = rows;
        m_pollsBeforeSaved = pollsBeforeSaved;
    }
    QJsonObject lastReportRequest() const { return m_lastReportRequest; }
    // Reports created and not deleted.
    QStringList reports() const { return m_reports; }
    // Which stored files a report offers: the CSV (the default), the JSON, or both.
    void setReportFormats(const QStringList &formats) { m_reportFormats = formats; }

    const QStringList &requests() const { return m_requests; }
    // The longest request target (path and query) seen, in bytes.
    int longestTarget() const { return m_longestTarget; }
    int count(const QString &requestPrefix) const;

    static QJsonObject fixture(const QString &name); // a file of shared/fixtures

private:
    Reply handle(const QString &path, const QHttpServerRequest &request);
    Reply token(const QHttpServerRequest &request);
    Reply route(const QString &method, const QStringList &segments,
                const QHttpServerRequest &request);
    bool authorised(const QHttpServerRequest &request) const;
    void mergeTenantItems(const QString &tenantId, const QJsonArray &changed);
    std::optional<Reply> routeProvisioning(const QString &method, const QStringList &segments,
                                           const QHttpServerRequest &request);
    Reply createTenant(const QJsonObject &body);
    Reply updateTenant(const QString &id, const QJsonObject &body);
    Reply deleteTenant(const QString &id, const QHttpServerRequest &request);
    Reply childTenants(const QHttpServerRequest &request) const;
    Reply createUser(const QJsonObject &body);
    std::optional<Reply> routeUsage(const QString &method, const QStringList &segments,
                                    const QHttpServerRequest &request);
    static Reply json(int status, const QJsonObject &body);
    static Reply error(int status, int code, const QString &message);

    QHttpServer m_server;
    class Listener;
    Listener *m_listener = nullptr;
    int m_dropConnections = 0;
    quint16 m_port = 0;
    bool m_tls = false;
    QHash<QString, QPair<QString, QString>> m_clients; // id → (secret, tenant id)
    QHash<QString, QJsonObject> m_tenants;
    QHash<QString, QJsonObject> m_users;
    QHash<QString, QJsonArray> m_tenantItems; // every item a PUT named, with its status
    QHash<QString, int> m_tierLevels;
    QDateTime m_creationTime;
    QHash<QString, QJsonArray> m_policies;
    QStringList m_activationMails;
    QHash<QString, QJsonArray> m_usages;
    QHash<QString, QByteArray> m_usageBodies;
    QJsonArray m_reportRows;
    int m_pollsBeforeSaved = 1;
    int m_polls = 0;
    QJsonObject m_lastReportRequest;
    QStringList m_reports;
    QStringList m_reportFormats{QStringLiteral("csv_v2_0"), QStringLiteral("json_v2_0")};
    QByteArray reportCsv() const;
    int m_created = 0;
    QJsonArray m_applications;
    QJsonArray m_catalogue;
    QJsonArray m_infras;
    std::optional<QJsonArray> m_prices;
    int m_pageSize = 0;
    int m_defaultPageSize = 0;
    QIODevice *m_requestLog = nullptr;
    int m_latencyMs = 0;
    std::vector<std::shared_ptr<QHttpServerResponder>> m_hanging;
    void respond(std::shared_ptr<QHttpServerResponder> responder, const Reply &reply);
    // Bodies are built once per state, so that the fake's own JSON work stays out of timings.
    mutable QHash<QString, QByteArray> m_pages;
    mutable QByteArray m_pricesBody;
    Reply page(const QString &list, const QJsonArray &items,
               const QHttpServerRequest &request) const;
    QSet<QString> m_tokens;
    int m_tokenLifetime = 7200;
    bool m_expiresInStyle = false;
    int m_issued = 0;
    QList<Fault> m_faults;
    struct AnswerLoss
    {
        QString requestPrefix;
        Loss loss;
        int left;
    };
    QList<AnswerLoss> m_losses;
    struct Delay
    {
        QString requestPrefix;
        int ms;
        int left;
    };
    QList<Delay> m_delays;
    static Reply lost(Loss loss);
    class Socket;
    QStringList m_requests;
    int m_longestTarget = 0;
};

} // namespace csp::test
