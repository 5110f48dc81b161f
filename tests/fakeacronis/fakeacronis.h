#pragma once

#include <QDateTime>
#include <QFile>
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

// A stand-in for Acronis' Account Management API v2 (and the Pricelist API v1) on 127.0.0.1, with
// state a test can set up and inspect, and faults it can inject. It follows Acronis' official
// document (tests/data/acronis-openapi/): it serves only the operations the document has (any
// other path: 404 with the error envelope), refuses a request that breaks it (400 naming the
// parameter or field and the rule), and checks its own answers against it; an answer that breaks
// it becomes a 500 naming the problem (see violations()). With $CSP_CONTRACT_LOG set, every
// exchange is written there for tests/contract/check_exchanges.py.
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
        // Played by a test as a broken server or proxy would answer: exempt from the document.
        bool injected = false;
        QJsonObject exchange; // the request as the contract log keeps it
        QString operationId;
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
    // /infra?uuids= and …/offering_items/pricing answer. Prices: nullopt → 404. Infras and
    // tenants are completed with the fields the document requires that a test leaves out.
    void setApplications(const QJsonArray &applications)
    {
        m_applications = applications;
        m_bodies.clear();
    }
    void setCatalogue(const QJsonArray &items)
    {
        m_catalogue = items;
        m_bodies.clear();
    }
    void setInfras(const QJsonArray &infras);
    // The catalogue's item `itemName` is served on the storage `infraId` ("infraName") too, as
    // one more entry of the list (Acronis lists an item once per storage).
    void serveOnAnotherStorage(const QString &itemName, const QString &infraId,
                               const QString &infraName);
    std::optional<QJsonArray> prices() const { return m_prices; }
    void setPrices(const std::optional<QJsonArray> &prices)
    {
        m_prices = prices;
        m_bodies.clear();
    }
    // GET /tenants/{id}/pricing: the currency the distributor is billed in (null: none set).
    void setPricingCurrency(const std::optional<QString> &currency) { m_currency = currency; }
    // Each request as "RECEIVED_MS ANSWERED_MS STATUS METHOD PATH BYTES", when it is answered.
    void setRequestLog(QIODevice *log) { m_requestLog = log; }
    // GET /tenants lists longer than this come in pages (paging.cursors.after); 0: one page. A
    // client's `limit` gets at most this many; without one, the document's default of 5000.
    void setPageSize(int size) { m_pageSize = size; }
    // A list the document gives no cursor parameter (the catalogue) answered in part, with a
    // cursor, as a server might: the client must not take it for the whole list.
    void setCatalogueCursor(bool cursor)
    {
        m_catalogueCursor = cursor;
        m_bodies.clear();
    }
    // The realistic catalogue of the fixtures: 13 items, two storages, some prices (EUR).
    void loadSampleCatalogue();
    // The screenshots' demo: the sample catalogue with a price for every sold item, and seven
    // named service providers under `distributorId` with usage of different sizes.
    void loadDemo(const QString &distributorId);
    // `count` items of the Backup application, one in five a storage item on one of 8 storages,
    // one in three priced (by offering-item name).
    void loadGeneratedCatalogue(int count);
    static QJsonArray generatedCatalogue(int count, QJsonArray *prices, QJsonArray *infras);

    // The Pricelist API v1 (GET /api/price_sync/v1/effective_price_lists): the distributor's
    // price lists, one object per month as the document gives them (money and percentages as
    // strings); a request gets those of the months it names.
    void setPriceLists(const QJsonArray &lists) { m_priceLists = lists; }
    // false: the API client lacks the scope price_list_reader (403, the document's flat
    // AccessDeniedError naming the scope).
    void setPriceListReader(bool allowed) { m_priceListReader = allowed; }
    // false: the gateway does not offer the Pricelist API (404, as a gateway without it answers
    // any path it lacks).
    void setPriceListOffered(bool offered) { m_priceListOffered = offered; }

    // false: a gateway that lets only tokens in, where the document also allows the client's
    // id and secret (basicAuth): those requests are refused with a 401.
    void setBasicAuthAccepted(bool accepted) { m_basicAuthAccepted = accepted; }
    // For benchmarks only: one of `replicas` gateways behind one proxy, which accepts the tokens
    // its siblings issue ("fake-token-R-N", R its number) as they accept its own.
    void setReplica(int number) { m_replica = number; }
    // The requests ("GET /api/2/clients/…") let in by the client's id and secret, not a token.
    const QStringList &basicAuthorised() const { return m_basicAuthorised; }

    // Seconds a new token lives; `expiresInStyle` answers expires_in instead of expires_on.
    void setTokenLifetime(int seconds, bool expiresInStyle = false);
    void revokeTokens();
    QStringList issuedTokens() const { return m_tokens.values(); }

    // The next `times` requests starting with `requestPrefix` ("GET /api/2/tenants") get `reply`.
    void failNext(const QString &requestPrefix, Reply reply, int times = 1);
    // The request starting with `requestPrefix` after `skipped` such requests get `reply`
    // (a later page of a list, say).
    void failAfter(const QString &requestPrefix, int skipped, Reply reply);
    // From now on, `percent` % of all requests (drawn from `seed`) fail with a 503, a 500 or a
    // proxy's 502, without being acted on (the soak run).
    void failAtRandom(int percent, quint32 seed);
    // The next `count` TCP connections are closed as soon as their request arrives.
    void dropNextConnections(int count) { m_dropConnections = count; }
    // How many connections it has dropped so far.
    int droppedConnections() const { return m_droppedConnections; }
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
    // Tier settings answered as numeric strings ("2"), which the document's setting value allows.
    void setTierValuesAsText(bool text) { m_tierValuesAsText = text; }

    // Usage: the live counters of each tenant (GET /tenants/usages), and the rows of the usage
    // report (POST /reports, then GET …/stored, which says in_progress `pollsBeforeSaved` times
    // before saved, then the csv_v2_0 download, gzip-compressed unless told otherwise).
    void setUsages(const QString &tenantId, const QJsonArray &usages)
    {
        m_usages[tenantId] = usages;
        m_bodies.clear();
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
    QStringList reports() const { return m_reports.keys(); }
    // A report deleted in the management portal, behind the program's back.
    void removeReport(const QString &id) { m_reports.remove(id); }
    // Whether a stored report downloads gzip-compressed (as Acronis' own module reads it) or
    // plain.
    void setReportCompressed(bool gzip) { m_reportGzip = gzip; }
    // The status GET /tenants/usages answers for a batch that holds a tenant that is gone: 403
    // (the document) or 404 (an older reading).
    void setGoneTenantStatus(int status) { m_goneTenantStatus = status; }

    const QStringList &requests() const { return m_requests; }
    // Where the fake's own answers broke the document (each became a 500); empty in a good run.
    const QStringList &violations() const { return m_violations; }
    // The longest request target (path and query) seen, in bytes.
    int longestTarget() const { return m_longestTarget; }
    int count(const QString &requestPrefix) const;

    static QJsonObject fixture(const QString &name); // a file of shared/fixtures
    // A time as Acronis' document writes them: RFC 3339 without an offset (UTC).
    static QString acronisTime(const QDateTime &time);

private:
    Reply handle(const QString &path, const QHttpServerRequest &request);
    Reply token(const QHttpServerRequest &request);
    Reply route(const QString &operationId, const QHash<QString, QString> &path,
                const QHttpServerRequest &request);
    bool authorised(const QHttpServerRequest &request) const;
    // "Basic base64(id:secret)" of a client this gateway knows.
    bool knownClient(const QHttpServerRequest &request) const;
    void mergeTenantItems(const QString &tenantId, const QJsonArray &changed);
    std::optional<Reply> routeProvisioning(const QString &operationId,
                                           const QHash<QString, QString> &path,
                                           const QHttpServerRequest &request);
    Reply createTenant(const QJsonObject &body);
    Reply updateTenant(const QString &id, const QJsonObject &body);
    Reply deleteTenant(const QString &id, const QHttpServerRequest &request);
    Reply childTenants(const QHttpServerRequest &request) const;
    Reply createUser(const QJsonObject &body);
    Reply setting(const QString &tenantId) const;
    std::optional<Reply> routeUsage(const QString &operationId, const QHash<QString, QString> &path,
                                    const QHttpServerRequest &request);
    Reply usagesBatch(const QHttpServerRequest &request) const;
    Reply createReport(const QJsonObject &body);
    Reply storedReports(const QString &reportId);
    Reply downloadReport(const QString &reportId, const QString &storedId);
    Reply catalogue(const QString &tenantId) const;
    Reply infraBatch(const QHttpServerRequest &request) const;
    Reply priceLists(const QHttpServerRequest &request) const;
    void checkAnswer(Reply &reply) const;
    void logExchange(const Reply &reply, int status) const;
    static Reply json(int status, const QJsonObject &body);
    static Reply error(int status, int code, const QString &message);
    // The Pricelist API's flat error object: {code, domain, message, context?}.
    static Reply flatError(int status, const QString &code, const QString &domain,
                           const QString &message, const QJsonObject &context = {});
    static bool isPricelist(const QString &operationId);
    static QJsonObject documentTenant(QJsonObject tenant);
    static QJsonObject documentUser(QJsonObject user);

    QHttpServer m_server;
    class Listener;
    Listener *m_listener = nullptr;
    int m_dropConnections = 0;
    int m_droppedConnections = 0;
    quint16 m_port = 0;
    bool m_tls = false;
    QHash<QString, QPair<QString, QString>> m_clients; // id → (secret, tenant id)
    QHash<QString, QJsonObject> m_tenants;
    QHash<QString, QJsonObject> m_users;
    QHash<QString, QJsonArray> m_tenantItems; // every item a PUT named, with its status
    QHash<QString, int> m_tierLevels;
    bool m_tierValuesAsText = false;
    QDateTime m_creationTime;
    QHash<QString, QJsonArray> m_policies;
    QStringList m_activationMails;
    QHash<QString, QJsonArray> m_usages;
    QJsonArray m_reportRows;
    int m_pollsBeforeSaved = 1;
    int m_polls = 0;
    QJsonObject m_lastReportRequest;
    QHash<QString, qint64> m_reports; // id → version
    bool m_reportGzip = true;
    int m_goneTenantStatus = 403;
    QByteArray reportCsv() const;
    int m_created = 0;
    QJsonArray m_applications;
    QJsonArray m_catalogue;
    QJsonArray m_infras;
    std::optional<QJsonArray> m_prices;
    std::optional<QString> m_currency = QStringLiteral("EUR");
    QJsonArray m_priceLists;
    bool m_priceListReader = true;
    bool m_priceListOffered = true;
    int m_pageSize = 0;
    bool m_catalogueCursor = false;
    QIODevice *m_requestLog = nullptr;
    int m_latencyMs = 0;
    std::vector<std::shared_ptr<QHttpServerResponder>> m_hanging;
    void respond(std::shared_ptr<QHttpServerResponder> responder, const Reply &reply);
    // Bodies are built once per state, so that the fake's own JSON work stays out of timings.
    mutable QHash<QString, QByteArray> m_bodies;
    QSet<QString> m_tokens;
    int m_tokenLifetime = 7200;
    bool m_expiresInStyle = false;
    int m_issued = 0;
    int m_replica = 0; // 0: the only gateway
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
    QStringList m_basicAuthorised;
    bool m_basicAuthAccepted = true;
    mutable QStringList m_violations;
    mutable QSet<QString> m_checkedAnswers; // answers found to follow the document
    int m_longestTarget = 0;
    std::unique_ptr<QFile> m_exchangeLog;
};

} // namespace csp::test
