#pragma once

#include "catalogue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace csp {

enum class ProviderStatus { Active, Suspended, Cancelled };

QString providerStatusKey(ProviderStatus status); // "active", "suspended", "cancelled"
std::optional<ProviderStatus> providerStatusFromKey(QStringView key);

// What create has done so far, so that running it again continues where it stopped.
struct ProvisioningProgress
{
    bool itemsEnabled = false;
    bool tierSet = false;
    QString adminUserId; // set once the admin user exists
    bool accessPolicySet = false;
    bool activationSent = false;
    bool complete = false;
};

// A service provider: a partner tenant under the distributor, for one billing-system account.
struct Provider
{
    QString id;
    QString instanceId;
    QString customerId; // the billing system's account id (or the tenant id, for imports without
                        // one)
    QString tenantId;
    QString name;
    ProviderStatus status = ProviderStatus::Active;
    QString tier;            // the contract tier's key ("none", "3", "promo"); empty: not known
    QDateTime contractStart; // the tenant's creation at Acronis; invalid: not known
    int rampUpMonths = 0;    // months of the contract that pay no minimum commitment
    QString pricingMode;     // production / trial, as Acronis reports it
    QString adminLogin;
    QString adminEmail;
    QString language;
    ProvisioningProgress progress;
    QDateTime createdAt;
    QDateTime changedAt;
};

// Whether a provider's usage is read and billed: it has a tenant at Acronis and is not cancelled.
bool isBillable(const Provider &provider);
// Whether its usage in a closed `month` is billed: billable now, or cancelled (its last change)
// after the month began, so that it was a customer during the month.
bool isBillableIn(const Provider &provider, QDate month);

// One suspend, resume, cancel, create or import step taken for a provider, and how it ended.
struct ProviderOperation
{
    QString providerId;
    QString operation; // create, import, suspend, resume, cancel
    QDateTime startedAt;
    QDateTime finishedAt;
    bool succeeded = false;
    QString detail; // what was done, or the error
};

// What the admin asks create for.
struct ProviderRequest
{
    QString name;
    QString customerId;
    QString adminLogin;
    QString adminEmail;
    std::optional<QString> tier; // a tier key of the instance's contract tiers; nullopt: leave it
    int rampUpMonths = 0;
    QString language = QStringLiteral("en");
    QStringList items; // offering item names, each on every storage it is served on
    // Exactly these products (one offering item on one storage each), as the window chooses.
    // Empty, with no items and allItems false: all active products.
    QList<ProductKey> products;
    bool allItems = false;
};

enum class ProviderField { Name, CustomerId, AdminLogin, AdminEmail, Language, Items };

struct ProviderProblem
{
    ProviderField field;
    QString text; // names the field and the rule
};

// The rules for a create request, shared by the wizard and the CLI. Each message names the field.
class ProviderRules
{
    Q_DECLARE_TR_FUNCTIONS(ProviderRules)

public:
    static constexpr int MaxNameLength = 255;
    static QStringList languages(); // the language codes Acronis accepts
    static QList<ProviderProblem> check(const ProviderRequest &request);
    // What is wrong with `customerId` as a provider's billing account id, or nullopt.
    static std::optional<QString> customerIdProblem(const QString &customerId,
                                                    const QString &tenantId);
    static QStringList texts(const QList<ProviderProblem> &problems);
    static bool isPlausibleEmail(const QString &email);
};

} // namespace csp
