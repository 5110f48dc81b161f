// ProviderService::create: pre-checks, plan, then each step, recording progress as it goes.
#include "acronis/accountapi.h"
#include "acronis/apiclient.h"
#include "acronis/provisioningapi.h"
#include "acronis/records.h"
#include "core/money.h"
#include "core/month.h"
#include "providercreaterun.h"
#include "storage/contractrepository.h"
#include "storage/productrepository.h"
#include "storage/providerrepository.h"

#include <QSet>

namespace csp {

Result<QList<acronis::OfferingItem>> chooseOfferingItems(
        const QList<acronis::OfferingItem> &available, const ProviderRequest &request,
        const QList<ProductKey> &activeProducts)
{
    QList<acronis::OfferingItem> chosen;
    if (!request.items.isEmpty()) {
        for (const QString &name : request.items) {
            qsizetype found = 0;
            for (const acronis::OfferingItem &item : available) {
                if (item.name == name.trimmed() && item.enabled()) {
                    chosen.append(item);
                    ++found;
                }
            }
            if (found == 0)
                return Error{ErrorKind::InvalidInput,
                             ProviderService::tr("Items: \"%1\" is not available to service "
                                                 "providers under this distributor.")
                                     .arg(name)};
        }
        return chosen;
    }
    const QSet<ProductKey> active(activeProducts.begin(), activeProducts.end());
    for (const acronis::OfferingItem &item : available) {
        if (item.enabled() && (request.allItems || active.contains(item.productKey())))
            chosen.append(item);
    }
    if (chosen.isEmpty())
        return Error{ErrorKind::InvalidInput,
                     request.allItems
                             ? ProviderService::tr("Items: the distributor has no offering item "
                                                   "available to service providers.")
                             : ProviderService::tr("Items: the instance has no active products "
                                                   "that Acronis still offers; run Get Services "
                                                   "Definition first, or name the items.")};
    return chosen;
}

void ProviderService::create(const Instance &instance, const ProviderRequest &request, bool dryRun)
{
    if (!begin(instance, QStringLiteral("create"), request.customerId.trimmed()))
        return;
    m_outcome.dryRun = dryRun;
    if (const auto problems = ProviderRules::check(request); !problems.isEmpty())
        return fail(Error{ErrorKind::InvalidInput, ProviderRules::texts(problems).join(u'\n')});
    if (const auto wrong = ContractRules::checkRampUp(request.rampUpMonths))
        return fail(Error{ErrorKind::InvalidInput, *wrong});
    m_create = std::make_unique<CreateRun>();
    m_create->request = request;
    if (request.tier) {
        const auto tier = ContractRepository(m_database).tier(instance.id, *request.tier);
        if (!tier)
            return fail(tier.error());
        if (!*tier)
            return fail(unknownTier(instance, *request.tier));
        m_create->tier = *tier;
    }
    m_create->request.name = request.name.trimmed();
    m_create->request.customerId = request.customerId.trimmed();
    m_create->dryRun = dryRun;

    auto stored = ProviderRepository(m_database).find(instance.id, m_create->request.customerId);
    if (!stored)
        return fail(stored.error());
    if (*stored && (*stored)->status != ProviderStatus::Cancelled && (*stored)->progress.complete) {
        m_outcome.provider = **stored;
        m_outcome.changedNothing = true;
        return succeed(tr("\"%1\" (customer id %2) is already provisioned; nothing to do.")
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
    m_outcome.provider = provider;
    connect([this](const QString &distributorId) { lookForTenant(distributorId); });
}

void ProviderService::lookForTenant(const QString &distributorId)
{
    m_create->distributorId = distributorId;
    emit progress(tr("Looking for a tenant with customer id %1 under the distributor…")
                          .arg(m_create->request.customerId));
    acronis::account::fetchChildTenants(
            *m_api, distributorId, [this](const Result<QList<acronis::Tenant>> &children) {
                if (!children)
                    return fail(children.error());
                const ProviderRequest &request = m_create->request;
                for (const acronis::Tenant &child : *children) {
                    if (child.kind == u"partner" && child.customerId == request.customerId)
                        m_create->existingTenant = child;
                }
                for (const acronis::Tenant &child : *children) {
                    if (child.name.compare(request.name, Qt::CaseInsensitive) == 0 &&
                        child.customerId != request.customerId)
                        return fail(Error{ErrorKind::Conflict,
                                          tr("Name: a tenant named \"%1\" already exists under "
                                             "the distributor (customer id \"%2\"); choose "
                                             "another name.")
                                                  .arg(child.name, child.customerId)});
                }
                if (m_create->existingTenant) {
                    m_outcome.checks
                            << tr("Customer id %1: its tenant exists already (%2); "
                                  "create continues with it.")
                                       .arg(request.customerId, m_create->existingTenant->id);
                    if (m_outcome.provider->tenantId != m_create->existingTenant->id)
                        m_outcome.provider->progress = {};
                } else {
                    m_outcome.checks
                            << tr("Customer id %1: no tenant yet.").arg(request.customerId);
                    m_outcome.checks
                            << tr("Name \"%1\" is free under the distributor.").arg(request.name);
                    m_outcome.provider->progress = {};
                }
                checkItems(m_create->distributorId);
            });
}

void ProviderService::checkItems(const QString &distributorId)
{
    emit progress(tr("Checking the offering items available to service providers…"));
    acronis::account::fetchPartnerCatalogue(
            *m_api, distributorId, [this](const Result<QList<acronis::OfferingItem>> &available) {
                if (!available)
                    return fail(available.error());
                ProductRepository products(m_database);
                ProductFilter filter;
                filter.instanceId = m_instance.id;
                filter.ordered = false;
                auto rows = products.list(filter);
                if (!rows)
                    return fail(rows.error());
                QList<ProductKey> active;
                for (const ProductRow &row : *rows)
                    active.append(row.product.key);
                auto chosen = chooseOfferingItems(*available, m_create->request, active);
                if (!chosen)
                    return fail(chosen.error());
                m_create->items = *chosen;
                m_outcome.checks << tr("%n offering item(s) to enable, all available to service "
                                       "providers.",
                                       nullptr, int(chosen->size()));
                if (const auto &tier = m_create->tier)
                    m_outcome.checks << tr("%1 is one of the contract tiers of \"%2\": a minimum "
                                           "commitment of %3 %4 a month.")
                                                .arg(ContractRules::displayName(*tier),
                                                     m_instance.systemName,
                                                     moneyText(tier->minimumCommitment,
                                                               m_instance.primaryCurrency),
                                                     m_instance.primaryCurrency);
                checkLogin();
            });
}

void ProviderService::checkLogin()
{
    const ProviderRequest &request = m_create->request;
    if (!m_outcome.provider->progress.adminUserId.isEmpty())
        return planCreate();
    emit progress(tr("Checking that the admin login %1 is free…").arg(request.adminLogin));
    acronis::account::isLoginFree(*m_api, request.adminLogin, [this](const Result<bool> &free) {
        if (!free)
            return fail(free.error());
        const QString login = m_create->request.adminLogin;
        if (*free) {
            m_outcome.checks << tr("Admin login %1 is free.").arg(login);
            return planCreate();
        }
        const auto taken = [this, login] {
            fail(Error{ErrorKind::Conflict,
                       tr("Admin login: \"%1\" is taken at Acronis; choose another login.")
                               .arg(login)});
        };
        if (!m_create->existingTenant)
            return taken();
        // An earlier run may have made this very user in the provider's tenant.
        acronis::account::fetchTenantUsers(
                *m_api, m_create->existingTenant->id,
                [this, login, taken](const Result<QList<acronis::User>> &users) {
                    if (!users)
                        return fail(users.error());
                    for (const acronis::User &user : *users) {
                        if (user.login.compare(login, Qt::CaseInsensitive) == 0) {
                            m_create->adoptedUserId = user.id;
                            m_outcome.provider->progress.adminUserId = user.id;
                            m_outcome.checks << tr("Admin login %1 exists already in the "
                                                   "provider's tenant; create continues with it.")
                                                        .arg(login);
                            return planCreate();
                        }
                    }
                    taken();
                });
    });
}

void ProviderService::planCreate()
{
    const ProviderRequest &request = m_create->request;
    const ProvisioningProgress &done = m_outcome.provider->progress;
    const QString tenant =
            m_create->existingTenant ? m_create->existingTenant->id : tr("{new tenant}");
    const QString user = done.adminUserId.isEmpty() ? tr("{new user}") : done.adminUserId;
    QList<PlannedCall> &plan = m_outcome.plan;
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
                                                         m_instance.primaryCurrency, QLocale())),
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
        return succeed(tr("Pre-check passed for \"%1\"; nothing was changed.").arg(request.name));
    m_create->steps = createSteps();
    runSteps(0);
}

Status ProviderService::saveProvider()
{
    return ProviderRepository(m_database).save(*m_outcome.provider);
}

namespace {

// How often a step is made when its outcome stays unknown (a lost answer), before the create
// stops and says how far it got.
constexpr int MaxAttempts = 3;

// An answer to a create that may mean "it exists already, perhaps made by us": a name conflict
// (1004) for a tenant, a taken login (409) for a user.
bool mayBeOurs(const Error &error)
{
    return error.httpStatus == 409 || error.serviceCode == 1004;
}

} // namespace

QList<ProviderService::CreateStep> ProviderService::createSteps()
{
    using Found = std::function<void(const Result<bool> &)>;
    using Made = std::function<void(const Status &)>;
    Provider &provider = *m_outcome.provider;
    const ProviderRequest &request = m_create->request;
    QList<CreateStep> steps;
    steps.append({tr("the partner tenant \"%1\"").arg(request.name),
                  [&provider] { return !provider.tenantId.isEmpty(); },
                  [this](Found found) { findTenant(std::move(found)); },
                  [this](Made made) { makeTenant(std::move(made)); }, 0,
                  [this](const Error &) {
                      return Error{ErrorKind::Conflict,
                                   tr("Name: Acronis already has a tenant named \"%1\" of another "
                                      "customer (error 1004, name conflict); choose another name.")
                                           .arg(m_create->request.name)};
                  }});
    steps.append({tr("%n offering item(s)", nullptr, int(m_create->items.size())),
                  [&provider] { return provider.progress.itemsEnabled; },
                  {},
                  [this, &provider](Made made) {
                      emit progress(tr("Enabling %n offering item(s)…", nullptr,
                                       int(m_create->items.size())));
                      acronis::account::enableOfferingItems(
                              *m_api, provider.tenantId, m_create->items,
                              [&provider, made](const Status &status) {
                                  provider.progress.itemsEnabled = status.ok();
                                  made(status);
                              });
                  },
                  MaxAttempts});
    if (const auto tier = m_create->tier)
        steps.append({tr("the commitment tier"),
                      [&provider] { return provider.progress.tierSet; },
                      {},
                      [this, &provider, tier](Made made) {
                          emit progress(tr("Setting the commitment tier…"));
                          acronis::account::setTierLevel(
                                  *m_api, provider.tenantId, tier->levelValue,
                                  [this, &provider, tier, made](const Status &status) {
                                      provider.progress.tierSet = status.ok();
                                      if (!status)
                                          return made(status);
                                      // The contract has this tier from its first month on.
                                      const QDate start = provider.contractStart.toUTC().date();
                                      made(ContractRepository(m_database)
                                                   .setTierFrom(provider.id, tier->key,
                                                                firstOfMonth(start)));
                                  });
                      },
                      MaxAttempts});
    steps.append({tr("the admin user %1").arg(request.adminLogin),
                  [&provider] { return !provider.progress.adminUserId.isEmpty(); },
                  [this](Found found) { findAdmin(std::move(found)); },
                  [this](Made made) { makeAdmin(std::move(made)); }, 0,
                  [this](const Error &) {
                      return Error{
                              ErrorKind::Conflict,
                              tr("Admin login: \"%1\" is taken at Acronis by a user outside this "
                                 "provider's tenant; choose another login.")
                                      .arg(m_create->request.adminLogin)};
                  }});
    steps.append({tr("the partner administrator role"),
                  [&provider] { return provider.progress.accessPolicySet; },
                  {},
                  [this, &provider](Made made) {
                      emit progress(tr("Making %1 the partner administrator…")
                                            .arg(m_create->request.adminLogin));
                      acronis::account::grantPartnerAdmin(
                              *m_api, provider.progress.adminUserId, provider.tenantId,
                              [&provider, made](const Status &status) {
                                  provider.progress.accessPolicySet = status.ok();
                                  made(status);
                              });
                  },
                  MaxAttempts});
    // Nothing tells whether an e-mail went out: after a lost answer it is sent once more, so the
    // admin gets one, or two when the answer to the first was lost; never more.
    steps.append({tr("the activation e-mail"),
                  [&provider] { return provider.progress.activationSent; },
                  {},
                  [this, &provider](Made made) {
                      emit progress(tr("Sending the activation e-mail to %1…")
                                            .arg(m_create->request.adminEmail));
                      acronis::account::sendActivationEmail(
                              *m_api, provider.progress.adminUserId,
                              [&provider, made](const Status &status) {
                                  provider.progress.activationSent = status.ok();
                                  made(status);
                              });
                  },
                  2});
    return steps;
}

void ProviderService::runSteps(int index)
{
    if (index == m_create->steps.size())
        return completeCreate();
    if (m_create->steps.at(index).done())
        return runSteps(index + 1);
    makeStep(index, 1);
}

void ProviderService::makeStep(int index, int attempt)
{
    m_create->steps.at(index).make([this, index, attempt](const Status &made) {
        if (!m_running)
            return;
        const CreateStep &step = m_create->steps.at(index);
        if (made)
            return stepDone(index);
        const Error &error = made.error();
        const bool unsure = acronis::isAmbiguous(error);
        if (error.kind == ErrorKind::Cancelled || (!unsure && !(step.lookUp && mayBeOurs(error))))
            return stopAt(index, error);
        if (!step.lookUp) {
            if (attempt < step.repeatsWhenUnsure && unsure)
                return makeStep(index, attempt + 1);
            return stopAt(index, error);
        }
        // The server may have made it before the answer was lost, or this is what an earlier
        // run made: look before making it again.
        emit progress(tr("Looking for %1 at Acronis…").arg(step.what));
        step.lookUp([this, index, attempt, error, unsure](const Result<bool> &found) {
            if (!m_running)
                return;
            if (!found)
                return stopAt(index, found.error());
            if (*found)
                return stepDone(index);
            if (!unsure)
                return stopAt(index, m_create->steps.at(index).conflict(error));
            if (attempt >= MaxAttempts)
                return stopAt(index, error);
            makeStep(index, attempt + 1);
        });
    });
}

void ProviderService::stepDone(int index)
{
    if (const Status saved = saveProvider(); !saved)
        return fail(saved.error());
    runSteps(index + 1);
}

void ProviderService::stopAt(int index, const Error &error)
{
    if (error.kind == ErrorKind::Cancelled || error.kind == ErrorKind::Conflict)
        return fail(error);
    QStringList made, missing;
    for (qsizetype i = 0; i < m_create->steps.size(); ++i)
        (m_create->steps.at(i).done() ? made : missing).append(m_create->steps.at(i).what);
    Error stopped = error;
    stopped.message =
            tr("Provisioning stopped at %1: %2").arg(m_create->steps.at(index).what, error.message);
    if (!made.isEmpty())
        stopped.message += u' ' +
                tr("Made so far: %1 (tenant %2).")
                        .arg(made.join(QStringLiteral(", ")), m_outcome.provider->tenantId);
    stopped.message += u' ' + tr("Still to do: %1.").arg(missing.join(QStringLiteral(", ")));
    fail(stopped);
}

void ProviderService::findTenant(std::function<void(const Result<bool> &)> found)
{
    acronis::account::fetchChildTenants(
            *m_api, m_create->distributorId,
            [this, found](const Result<QList<acronis::Tenant>> &children) {
                if (!children)
                    return found(children.error());
                for (const acronis::Tenant &child : *children) {
                    if (child.kind == u"partner" &&
                        child.customerId == m_create->request.customerId) {
                        adoptTenant(child);
                        return found(true);
                    }
                }
                found(false);
            });
}

void ProviderService::adoptTenant(const acronis::Tenant &tenant)
{
    Provider &provider = *m_outcome.provider;
    provider.tenantId = tenant.id;
    // The contract starts when the tenant was made at Acronis.
    if (!provider.contractStart.isValid())
        provider.contractStart =
                tenant.createdAt.isValid() ? tenant.createdAt : QDateTime::currentDateTimeUtc();
    provider.pricingMode =
            tenant.pricingMode.isEmpty() ? QStringLiteral("production") : tenant.pricingMode;
    provider.status = tenant.enabled ? ProviderStatus::Active : ProviderStatus::Suspended;
}

void ProviderService::makeTenant(std::function<void(const Status &)> made)
{
    if (m_create->existingTenant) { // found by the pre-check
        adoptTenant(*m_create->existingTenant);
        return made(success());
    }
    const ProviderRequest &request = m_create->request;
    emit progress(tr("Creating the partner tenant \"%1\"…").arg(request.name));
    acronis::account::createPartnerTenant(*m_api,
                                          {m_create->distributorId, request.name,
                                           request.customerId, request.language,
                                           request.adminEmail},
                                          [this, made](const Result<acronis::Tenant> &tenant) {
                                              if (!tenant)
                                                  return made(tenant.error());
                                              adoptTenant(*tenant);
                                              made(success());
                                          });
}

void ProviderService::findAdmin(std::function<void(const Result<bool> &)> found)
{
    acronis::account::fetchTenantUsers(*m_api, m_outcome.provider->tenantId,
                                       [this, found](const Result<QList<acronis::User>> &users) {
                                           if (!users)
                                               return found(users.error());
                                           for (const acronis::User &user : *users) {
                                               if (user.login.compare(m_create->request.adminLogin,
                                                                      Qt::CaseInsensitive) == 0) {
                                                   m_outcome.provider->progress.adminUserId =
                                                           user.id;
                                                   return found(true);
                                               }
                                           }
                                           found(false);
                                       });
}

void ProviderService::makeAdmin(std::function<void(const Status &)> made)
{
    const ProviderRequest &request = m_create->request;
    emit progress(tr("Creating the admin user %1…").arg(request.adminLogin));
    acronis::account::createUser(*m_api, m_outcome.provider->tenantId, request.adminLogin,
                                 request.adminEmail, request.language,
                                 [this, made](const Result<acronis::User> &user) {
                                     if (!user)
                                         return made(user.error());
                                     m_outcome.provider->progress.adminUserId = user->id;
                                     made(success());
                                 });
}

void ProviderService::completeCreate()
{
    m_outcome.provider->progress.complete = true;
    if (const Status saved = saveProvider(); !saved)
        return fail(saved.error());
    succeed(tr("\"%1\" is provisioned: tenant %2, %n offering item(s), admin %3 (activation "
               "e-mail sent).",
               nullptr, int(m_create->items.size()))
                    .arg(m_outcome.provider->name, m_outcome.provider->tenantId,
                         m_create->request.adminLogin));
}

} // namespace csp
