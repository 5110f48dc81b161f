// A create's pre-checks and plan; its steps are in providercreationsteps.cpp.
#include "providercreation.h"

#include "acronis/accountapi.h"
#include "acronis/apiclient.h"
#include "acronis/provisioningapi.h"
#include "acronis/records.h"
#include "core/money.h"
#include "core/month.h"
#include "provideritems.h"
#include "providerrun.h"
#include "storage/contractrepository.h"
#include "storage/providerrepository.h"

#include <QLocale>

namespace csp {

ProviderCreation::ProviderCreation(ProviderRun &run)
    : m_run(run)
{ }

ProviderCreation::~ProviderCreation() = default;

void ProviderCreation::create(const Instance &instance, const ProviderRequest &request, bool dryRun)
{
    if (!m_run.begin(instance, QStringLiteral("create"), request.customerId.trimmed()))
        return;
    m_run.outcome().dryRun = dryRun;
    if (const auto problems = ProviderRules::check(request); !problems.isEmpty())
        return m_run.fail(
                Error{ErrorKind::InvalidInput, ProviderRules::texts(problems).join(u'\n')});
    if (const auto wrong = ContractRules::checkRampUp(request.rampUpMonths))
        return m_run.fail(Error{ErrorKind::InvalidInput, *wrong});
    m_create = std::make_unique<CreateRun>();
    m_create->request = request;
    if (request.tier) {
        const auto tier = ContractRepository(m_run.database()).tier(instance.id, *request.tier);
        if (!tier)
            return m_run.fail(tier.error());
        if (!*tier)
            return m_run.fail(m_run.unknownTier(*request.tier));
        m_create->tier = *tier;
    }
    m_create->request.name = request.name.trimmed();
    m_create->request.customerId = request.customerId.trimmed();
    m_create->dryRun = dryRun;

    auto stored =
            ProviderRepository(m_run.database()).find(instance.id, m_create->request.customerId);
    if (!stored)
        return m_run.fail(stored.error());
    if (*stored && (*stored)->status != ProviderStatus::Cancelled && (*stored)->progress.complete) {
        m_run.outcome().provider = **stored;
        m_run.outcome().changedNothing = true;
        return m_run.succeed(tr("\"%1\" (customer id %2) is already provisioned; nothing to do.")
                                     .arg((*stored)->name, (*stored)->customerId));
    }
    Provider provider = stored->value_or(Provider());
    if (*stored && provider.status == ProviderStatus::Cancelled) {
        provider.progress = {};
        provider.tenantId.clear();
    }
    provider.instanceId = instance.id;
    provider.customerId = m_create->request.customerId;
    provider.name = m_create->request.name;
    provider.status = ProviderStatus::Active;
    if (request.tier)
        provider.tier = *request.tier;
    if (!provider.progress.complete)
        provider.rampUpMonths = request.rampUpMonths;
    provider.adminLogin = request.adminLogin;
    provider.adminEmail = request.adminEmail;
    provider.language = request.language;
    m_run.outcome().provider = provider;
    m_run.openApi([this](const QString &distributorId) { lookForTenant(distributorId); });
}

void ProviderCreation::lookForTenant(const QString &distributorId)
{
    m_create->distributorId = distributorId;
    m_run.progress(tr("Looking for a tenant with customer id %1 under the distributor…")
                           .arg(m_create->request.customerId));
    acronis::account::fetchChildTenants(
            m_run.api(), distributorId, [this](const Result<QList<acronis::Tenant>> &children) {
                if (!children)
                    return m_run.fail(children.error());
                const ProviderRequest &request = m_create->request;
                for (const acronis::Tenant &child : *children) {
                    if (child.kind == u"partner" && child.customerId == request.customerId)
                        m_create->existingTenant = child;
                }
                for (const acronis::Tenant &child : *children) {
                    if (child.name.compare(request.name, Qt::CaseInsensitive) == 0 &&
                        child.customerId != request.customerId)
                        return m_run.fail(
                                Error{ErrorKind::Conflict,
                                      tr("Name: a tenant named \"%1\" already exists under "
                                         "the distributor (customer id \"%2\"); choose "
                                         "another name.")
                                              .arg(child.name, child.customerId)});
                }
                if (m_create->existingTenant) {
                    m_run.outcome().checks
                            << tr("Customer id %1: its tenant exists already (%2); "
                                  "create continues with it.")
                                       .arg(request.customerId, m_create->existingTenant->id);
                    if (m_run.provider().tenantId != m_create->existingTenant->id)
                        m_run.provider().progress = {};
                } else {
                    m_run.outcome().checks
                            << tr("Customer id %1: no tenant yet.").arg(request.customerId);
                    m_run.outcome().checks
                            << tr("Name \"%1\" is free under the distributor.").arg(request.name);
                    m_run.provider().progress = {};
                }
                checkItems(m_create->distributorId);
            });
}

void ProviderCreation::checkItems(const QString &distributorId)
{
    m_run.progress(tr("Checking the offering items available to service providers…"));
    acronis::account::fetchPartnerCatalogue(
            m_run.api(), distributorId,
            [this](const Result<QList<acronis::OfferingItem>> &available) {
                if (!available)
                    return m_run.fail(available.error());
                const auto rows = activeProducts(m_run.database(), m_run.instance().id);
                if (!rows)
                    return m_run.fail(rows.error());
                auto chosen = chooseOfferingItems(*available, m_create->request, *rows);
                if (!chosen)
                    return m_run.fail(chosen.error());
                m_create->items = *chosen;
                m_run.outcome().items = describeItems(*chosen, *rows);
                m_run.outcome().checks
                        << tr("%n offering item(s) to enable, all available to service "
                              "providers.",
                              nullptr, int(chosen->size()));
                if (const auto &tier = m_create->tier)
                    m_run.outcome().checks
                            << tr("%1 is one of the contract tiers of \"%2\": a minimum "
                                  "commitment of %3 %4 a month.")
                                       .arg(ContractRules::displayName(*tier),
                                            m_run.instance().systemName,
                                            moneyText(tier->minimumCommitment,
                                                      m_run.instance().primaryCurrency),
                                            m_run.instance().primaryCurrency);
                checkLogin();
            });
}

void ProviderCreation::checkLogin()
{
    const ProviderRequest &request = m_create->request;
    if (!m_run.provider().progress.adminUserId.isEmpty())
        return planCreate();
    m_run.progress(tr("Checking that the admin login %1 is free…").arg(request.adminLogin));
    acronis::account::isLoginFree(
            m_run.api(), request.adminLogin, [this](const Result<bool> &free) {
                if (!free)
                    return m_run.fail(free.error());
                const QString login = m_create->request.adminLogin;
                if (*free) {
                    m_run.outcome().checks << tr("Admin login %1 is free.").arg(login);
                    return planCreate();
                }
                const auto taken = [this, login] {
                    m_run.fail(Error{
                            ErrorKind::Conflict,
                            tr("Admin login: \"%1\" is taken at Acronis; choose another login.")
                                    .arg(login)});
                };
                if (!m_create->existingTenant)
                    return taken();
                // An earlier run may have made this very user in the provider's tenant.
                acronis::account::fetchTenantUsers(
                        m_run.api(), m_create->existingTenant->id,
                        [this, login, taken](const Result<QList<acronis::User>> &users) {
                            if (!users)
                                return m_run.fail(users.error());
                            for (const acronis::User &user : *users) {
                                if (user.login.compare(login, Qt::CaseInsensitive) == 0) {
                                    m_create->adoptedUserId = user.id;
                                    m_run.provider().progress.adminUserId = user.id;
                                    m_run.outcome().checks
                                            << tr("Admin login %1 exists already in the "
                                                  "provider's tenant; create continues with it.")
                                                       .arg(login);
                                    return planCreate();
                                }
                            }
                            taken();
                        });
            });
}

void ProviderCreation::planCreate()
{
    const ProviderRequest &request = m_create->request;
    const ProvisioningProgress &done = m_run.provider().progress;
    const QString tenant =
            m_create->existingTenant ? m_create->existingTenant->id : tr("{new tenant}");
    const QString user = done.adminUserId.isEmpty() ? tr("{new user}") : done.adminUserId;
    QList<PlannedCall> &plan = m_run.outcome().plan;
    plan << PlannedCall{QStringLiteral("POST /api/2/tenants"),
                        tr("create the partner tenant \"%1\" (customer id %2) under the "
                           "distributor")
                                .arg(request.name, request.customerId),
                        m_create->existingTenant.has_value()};
    plan << PlannedCall{QStringLiteral("PUT /api/2/tenants/%1/offering_items").arg(tenant),
                        tr("enable %n offering item(s)", nullptr, int(m_create->items.size())),
                        done.itemsEnabled};
    if (const auto &tier = m_create->tier)
        plan << PlannedCall{
                QStringLiteral("PUT /api/2/applications/%1/settings/tenants/%2/"
                               "tier_level_value")
                        .arg(QString::fromUtf16(acronis::PlatformApplicationId), tenant),
                tier->minimumCommitment.isZero()
                        ? tr("set the commitment tier to %1").arg(ContractRules::displayName(*tier))
                        : tr("set the commitment tier to %1, a minimum commitment of %2 a month")
                                  .arg(ContractRules::displayName(*tier),
                                       moneyWithCurrency(tier->minimumCommitment,
                                                         m_run.instance().primaryCurrency,
                                                         QLocale())),
                done.tierSet};
    plan << PlannedCall{QStringLiteral("POST /api/2/users"),
                        tr("create the admin user %1").arg(request.adminLogin),
                        !done.adminUserId.isEmpty()};
    plan << PlannedCall{QStringLiteral("PUT /api/2/users/%1/access_policies").arg(user),
                        tr("make %1 the partner administrator").arg(request.adminLogin),
                        done.accessPolicySet};
    plan << PlannedCall{QStringLiteral("POST /api/2/users/%1/send-activation-email").arg(user),
                        tr("send the activation e-mail to %1").arg(request.adminEmail),
                        done.activationSent};
    if (m_create->dryRun)
        return m_run.succeed(
                tr("Pre-check passed for \"%1\"; nothing was changed.").arg(request.name));
    m_create->steps = createSteps();
    runSteps(0);
}

} // namespace csp
