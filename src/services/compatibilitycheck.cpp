#include "compatibilitycheck.h"

#include "acronis/accountapi.h"
#include "acronis/anonymize.h"
#include "acronis/pricelistapi.h"
#include "acronis/provisioningapi.h"
#include "acronis/usageapi.h"
#include "instanceapi.h"
#include "secrets/secretstore.h"
#include "storage/database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace csp {

QString checkResultKey(CheckResult result)
{
    switch (result) {
    case CheckResult::Works:
        return QStringLiteral("works");
    case CheckResult::Differs:
        return QStringLiteral("differs");
    case CheckResult::Refused:
        return QStringLiteral("refused");
    case CheckResult::NotOffered:
        return QStringLiteral("not_offered");
    case CheckResult::Failed:
        break;
    }
    return QStringLiteral("failed");
}

bool CompatibilityReport::ok() const
{
    return !error && std::all_of(checks.begin(), checks.end(), [](const EndpointCheck &check) {
        return check.result == CheckResult::Works;
    });
}

namespace {

template<typename Value>
std::optional<Error> errorOf(const Result<Value> &result)
{
    return result ? std::nullopt : std::optional<Error>(result.error());
}

const QString viewer = QStringLiteral("urn:acronis.com::account-server::tenant_viewer");

} // namespace

// What the program needs of each endpoint it checks: the document's operation, the role or
// scope the document's security section names, and the features that depend on it.
CompatibilityCheck::Expectation CompatibilityCheck::expectation(const QString &operationId)
{
    const QList<Expectation> all = {
            {"RequestTokens",
             "POST",
             "/api/2/idp/token",
             {},
             tr("Everything: every call needs a token.")},
            {"FetchClient", "GET", "/api/2/clients/{client_id}", viewer,
             tr("Finding the distributor tenant of the API client (Test Connection and the first "
                "run of every feature).")},
            {"FetchTenant", "GET", "/api/2/tenants/{tenant_id}", viewer,
             tr("Test Connection names the distributor tenant; provisioning reads tenants back.")},
            {"FetchApplications", "GET", "/api/2/applications", viewer,
             tr("Get Services Definition names each product's application.")},
            {"FetchOfferingItemsAvailableForTenantChild", "GET",
             "/api/2/tenants/{tenant_id}/offering_items/available_for_child", viewer,
             tr("Get Services Definition: the catalogue itself; without it there are no "
                "products.")},
            {"FetchInfrastructuresBatch", "GET", "/api/2/infra", viewer,
             tr("Storage products are named by their storage's name instead of its id.")},
            {"FetchTenantOfferingItemsPrices", "GET",
             "/api/2/tenants/{tenant_id}/offering_items/pricing", viewer,
             tr("Sell prices: without them every price is set by hand.")},
            {"FetchTenantPricingSettings", "GET", "/api/2/tenants/{tenant_id}/pricing", viewer,
             tr("The currency of the served prices; without it they are taken to be in the "
                "primary currency.")},
            {"FetchTenantsBatch", "GET", "/api/2/tenants", viewer,
             tr("Importing the existing service providers and the month-end reconciliation.")},
            {"FetchTenantOfferingItems", "GET", "/api/2/tenants/{tenant_id}/offering_items", viewer,
             tr("A service provider's products (changing which ones it may use).")},
            {"FetchTenantApplicationSetting", "GET",
             "/api/2/applications/{application_id}/settings/tenants/{tenant_id}/{setting_name}",
             viewer,
             tr("Commitment tiers at Acronis; without it tiers are kept only in this program.")},
            {"FetchTenantsUsagesBatch", "GET", "/api/2/tenants/usages", viewer,
             tr("Current usage estimates and the nightly estimate.")},
            {"FetchTenantUsers", "GET", "/api/2/tenants/{tenant_id}/users", viewer,
             tr("Resuming a provisioning finds the administrator it made.")},
            {"CheckLoginNameAvailability", "GET", "/api/2/users/check_login", viewer,
             tr("A new service provider's administrator login is checked before anything is "
                "made.")},
            {"Fetch tenant's price lists", "GET", "/api/price_sync/v1/effective_price_lists",
             acronis::pricelist::ReaderScope,
             tr("Checking the Distributor Discount against the prices Acronis charges (prices "
                "check, the nightly run); nothing else needs it.")},
    };
    for (const Expectation &one : all) {
        if (operationId == QLatin1String(one.operationId))
            return one;
    }
    return {"", "GET", "", {}, {}};
}

CompatibilityCheck::CompatibilityCheck(std::shared_ptr<Database> database, SecretStore &secrets,
                                       QNetworkAccessManager &network, ApiOptions options,
                                       QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_secrets(secrets)
    , m_network(network)
    , m_options(std::move(options))
{ }

CompatibilityCheck::~CompatibilityCheck()
{
    if (m_api)
        m_api->cancel();
}

void CompatibilityCheck::start(const Instance &instance)
{
    m_running = true;
    m_instance = instance;
    m_instance.distributorTenantId.clear(); // found again: GET /clients/{id} is checked too
    m_report = CompatibilityReport();
    m_report.instanceName = instance.systemName;
    m_report.gateway = instance.gateway;
    m_steps.clear();
    m_partners.clear();
    m_infraIds.clear();
    auto scrubber = std::make_shared<acronis::PersonalDataScrubber>();
    ApiOptions options = m_options;
    const auto heard = options.answerTap;
    options.answerTap = [this, heard, scrubber](const QString &endpoint, int status,
                                                const QByteArray &body) {
        // Never the token: the tap hears API calls only.
        if (heard)
            heard(endpoint, status, body);
        m_lastStatus = status;
        const QJsonDocument json = QJsonDocument::fromJson(body);
        if (json.isNull())
            return;
        const QJsonValue scrubbed = scrubber->scrub(json.isObject() ? QJsonValue(json.object())
                                                                    : QJsonValue(json.array()));
        capture((scrubbed.isObject() ? QJsonDocument(scrubbed.toObject())
                                     : QJsonDocument(scrubbed.toArray()))
                        .toJson(QJsonDocument::Indented));
    };
    openInstanceApi(
            m_database, m_secrets, m_network, options, m_instance, this,
            [this](const QString &step) { emit progress(step); },
            [this](const Result<InstanceApi> &opened) {
                if (!m_running)
                    return;
                if (!opened)
                    return finish(opened.error());
                m_api = opened->api;
                m_distributorId = opened->distributorTenantId;
                queueChecks();
                next();
            });
}

void CompatibilityCheck::capture(const QByteArray &body)
{
    // An operationId may hold spaces and quotes ("Fetch tenant's price lists"): not in a name.
    QString operation = m_currentOperation;
    operation.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("-"));
    m_report.captured.append({QStringLiteral("%1-%2.json")
                                      .arg(m_report.captured.size() + 1, 2, 10, QLatin1Char('0'))
                                      .arg(operation),
                              body});
}

void CompatibilityCheck::addStep(const char *operationId, std::function<void()> step)
{
    m_steps.push_back({QLatin1String(operationId), std::move(step)});
}

void CompatibilityCheck::next()
{
    if (!m_running)
        return;
    if (m_steps.empty())
        return finish();
    auto [operationId, step] = std::move(m_steps.front());
    m_steps.pop_front();
    m_currentOperation = operationId;
    m_lastStatus = 0;
    step();
}

void CompatibilityCheck::record(const QString &operationId, const std::optional<Error> &error,
                                bool notOffered)
{
    const Expectation expected = expectation(operationId);
    EndpointCheck check{operationId,
                        QString::fromLatin1(expected.method),
                        QString::fromLatin1(expected.path),
                        CheckResult::Works,
                        error ? error->httpStatus : m_lastStatus,
                        {},
                        expected.affects};
    if (notOffered) {
        check.result = CheckResult::NotOffered;
        check.httpStatus = 404;
        check.detail = tr("This gateway does not offer it (HTTP 404).");
    } else if (error && (error->httpStatus == 401 || error->httpStatus == 403)) {
        check.result = CheckResult::Refused;
        check.detail = tr("Refused (HTTP %1: %2). The API client needs the role or scope %3; "
                          "create it in the management portal with an administrator who has it.")
                               .arg(error->httpStatus)
                               .arg(error->message, expected.needs);
    } else if (error && error->httpStatus == 404) {
        check.result = CheckResult::NotOffered;
        check.detail = tr("This gateway does not offer it (HTTP 404).");
    } else if (error && error->httpStatus == 0 && error->kind == ErrorKind::Failed) {
        check.result = CheckResult::Differs; // the program's reader refused the answer
        check.detail = error->message;
    } else if (error) {
        check.result = CheckResult::Failed;
        check.detail = error->message;
    }
    m_report.checks.append(check);
    emit progress(tr("%1: %2").arg(operationId, checkResultKey(check.result)));
}

void CompatibilityCheck::checked(const char *operationId, const std::optional<Error> &error,
                                 bool notOffered)
{
    if (error && error->kind == ErrorKind::Cancelled)
        return;
    record(QLatin1String(operationId), error, notOffered);
    next();
}

void CompatibilityCheck::skip(const QString &operationId, const QString &reason)
{
    m_report.unchecked.append({operationId, reason});
}

void CompatibilityCheck::queueChecks()
{
    using namespace acronis;
    // Signing in and finding the distributor (GET /clients/{id}) are done by now.
    m_lastStatus = 200;
    record(QStringLiteral("RequestTokens"), std::nullopt);
    m_lastStatus = 200;
    record(QStringLiteral("FetchClient"), std::nullopt);
    if (!m_report.captured.isEmpty()) // heard while the API was opened
        m_report.captured.first().fileName = QStringLiteral("01-FetchClient.json");
    addStep("FetchTenant", [this] {
        account::fetchTenant(*m_api, m_distributorId, [this](const Result<Tenant> &r) {
            checked("FetchTenant", errorOf(r));
        });
    });
    addStep("FetchApplications", [this] {
        account::fetchApplications(*m_api, [this](const Result<QList<Application>> &r) {
            checked("FetchApplications", errorOf(r));
        });
    });
    addStep("FetchOfferingItemsAvailableForTenantChild", [this] {
        account::fetchPartnerCatalogue(
                *m_api, m_distributorId, [this](const Result<QList<OfferingItem>> &r) {
                    for (const OfferingItem &item : r.valueOr({})) {
                        if (!item.infraId.isEmpty() && !m_infraIds.contains(item.infraId))
                            m_infraIds.append(item.infraId);
                    }
                    checked("FetchOfferingItemsAvailableForTenantChild", errorOf(r));
                });
    });
    addStep("FetchInfrastructuresBatch", [this] {
        if (m_infraIds.isEmpty()) {
            skip(QStringLiteral("FetchInfrastructuresBatch"),
                 tr("The catalogue names no storage to look up."));
            return next();
        }
        account::fetchInfras(*m_api, m_infraIds.mid(0, 100), [this](const Result<QList<Infra>> &r) {
            checked("FetchInfrastructuresBatch", errorOf(r));
        });
    });
    addStep("FetchTenantOfferingItemsPrices", [this] {
        account::fetchPriceList(*m_api, m_distributorId,
                                [this](const Result<std::optional<QList<PriceItem>>> &r) {
                                    checked("FetchTenantOfferingItemsPrices", errorOf(r), r && !*r);
                                });
    });
    addStep("FetchTenantPricingSettings", [this] {
        account::fetchTenantPricing(*m_api, m_distributorId,
                                    [this](const Result<std::optional<TenantPricing>> &r) {
                                        checked("FetchTenantPricingSettings", errorOf(r), r && !*r);
                                    });
    });
    addStep("FetchTenantsBatch", [this] {
        account::fetchChildTenants(*m_api, m_distributorId, [this](const Result<QList<Tenant>> &r) {
            for (const Tenant &tenant : r.valueOr({})) {
                if (tenant.kind == u"partner")
                    m_partners.append(tenant);
            }
            checked("FetchTenantsBatch", errorOf(r));
        });
    });
    queuePartnerChecks();
    addStep("CheckLoginNameAvailability", [this] {
        // A login nobody has: the check itself changes nothing.
        const QString login = QStringLiteral("acronis-csp-check-") +
                QUuid::createUuid().toString(QUuid::Id128).left(12);
        account::isLoginFree(*m_api, login, [this](const Result<bool> &r) {
            checked("CheckLoginNameAvailability", errorOf(r));
        });
    });
    addStep("Fetch tenant's price lists", [this] {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        acronis::pricelist::fetchEffectivePriceList(
                *m_api, m_distributorId, QDate(today.year(), today.month(), 1),
                [this](const Result<std::optional<MonthPriceList>> &r) {
                    checked("Fetch tenant's price lists", errorOf(r));
                });
    });
}

void CompatibilityCheck::queuePartnerChecks()
{
    using namespace acronis;
    // These read a service provider's tenant: the first partner under the distributor.
    const auto withPartner = [this](const char *operationId, auto check) {
        addStep(operationId, [this, operationId, check] {
            if (m_partners.isEmpty()) {
                skip(QLatin1String(operationId),
                     tr("There is no service provider (partner tenant) under the distributor to "
                        "read yet."));
                return next();
            }
            check(m_partners.first().id);
        });
    };
    withPartner("FetchTenantOfferingItems", [this](const QString &partner) {
        account::fetchTenantOfferingItems(*m_api, partner,
                                          [this](const Result<QList<OfferingItem>> &r) {
                                              checked("FetchTenantOfferingItems", errorOf(r));
                                          });
    });
    withPartner("FetchTenantApplicationSetting", [this](const QString &partner) {
        account::fetchTierLevel(*m_api, partner, [this](const Result<std::optional<int>> &r) {
            checked("FetchTenantApplicationSetting", errorOf(r), r && m_lastStatus == 404);
        });
    });
    withPartner("FetchTenantsUsagesBatch", [this](const QString &) {
        QStringList tenants;
        for (const Tenant &tenant : m_partners.mid(0, 10))
            tenants.append(tenant.id);
        account::fetchUsages(*m_api, tenants, [this](const Result<QList<UsageRecord>> &r) {
            checked("FetchTenantsUsagesBatch", errorOf(r));
        });
    });
    withPartner("FetchTenantUsers", [this](const QString &partner) {
        account::fetchTenantUsers(*m_api, partner, [this](const Result<QList<User>> &r) {
            checked("FetchTenantUsers", errorOf(r));
        });
    });
}

void CompatibilityCheck::cancel()
{
    if (m_running)
        finish(Error{ErrorKind::Cancelled, tr("The compatibility check was cancelled.")});
}

void CompatibilityCheck::finish(const std::optional<Error> &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_steps.clear();
    if (m_api)
        m_api->cancel();
    m_report.error = error;
    if (!error) // what a report cannot check without making one
        m_report.unchecked.append(
                {QStringLiteral("CreateReport"),
                 tr("Invoices, closed months and the month end need usage reports, which this "
                    "check does not create (a write). Reading a closed month's usage tries "
                    "them.")});
    emit finished(m_report);
}

} // namespace csp
