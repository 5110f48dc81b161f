// A create's steps, each found before it is made again, recording progress as it goes.
#include "acronis/accountapi.h"
#include "acronis/apiclient.h"
#include "acronis/provisioningapi.h"
#include "acronis/records.h"
#include "core/month.h"
#include "providercreation.h"
#include "providerrun.h"
#include "storage/contractrepository.h"

namespace csp {

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

QList<ProviderCreation::CreateStep> ProviderCreation::createSteps()
{
    using Found = std::function<void(const Result<bool> &)>;
    using Made = std::function<void(const Status &)>;
    Provider &provider = m_run.provider();
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
                      m_run.progress(tr("Enabling %n offering item(s)…", nullptr,
                                        int(m_create->items.size())));
                      acronis::account::enableOfferingItems(
                              m_run.api(), provider.tenantId, m_create->items,
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
                          m_run.progress(tr("Setting the commitment tier…"));
                          acronis::account::setTierLevel(
                                  m_run.api(), provider.tenantId, tier->levelValue,
                                  [this, &provider, tier, made](const Status &status) {
                                      provider.progress.tierSet = status.ok();
                                      if (!status)
                                          return made(status);
                                      // The contract has this tier from its first month on.
                                      const QDate start = provider.contractStart.toUTC().date();
                                      made(ContractRepository(m_run.database())
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
                      m_run.progress(tr("Making %1 the partner administrator…")
                                             .arg(m_create->request.adminLogin));
                      acronis::account::grantPartnerAdmin(
                              m_run.api(), provider.progress.adminUserId, provider.tenantId,
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
                      m_run.progress(tr("Sending the activation e-mail to %1…")
                                             .arg(m_create->request.adminEmail));
                      acronis::account::sendActivationEmail(
                              m_run.api(), provider.progress.adminUserId,
                              [&provider, made](const Status &status) {
                                  provider.progress.activationSent = status.ok();
                                  made(status);
                              });
                  },
                  2});
    return steps;
}

void ProviderCreation::runSteps(int index)
{
    if (index == m_create->steps.size())
        return completeCreate();
    if (m_create->steps.at(index).done())
        return runSteps(index + 1);
    makeStep(index, 1);
}

void ProviderCreation::makeStep(int index, int attempt)
{
    m_create->steps.at(index).make([this, index, attempt](const Status &made) {
        if (!m_run.isRunning())
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
        m_run.progress(tr("Looking for %1 at Acronis…").arg(step.what));
        step.lookUp([this, index, attempt, error, unsure](const Result<bool> &found) {
            if (!m_run.isRunning())
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

void ProviderCreation::stepDone(int index)
{
    if (const Status saved = m_run.saveProvider(); !saved)
        return m_run.fail(saved.error());
    runSteps(index + 1);
}

void ProviderCreation::stopAt(int index, const Error &error)
{
    if (error.kind == ErrorKind::Cancelled || error.kind == ErrorKind::Conflict)
        return m_run.fail(error);
    QStringList made, missing;
    for (qsizetype i = 0; i < m_create->steps.size(); ++i)
        (m_create->steps.at(i).done() ? made : missing).append(m_create->steps.at(i).what);
    Error stopped = error;
    stopped.message =
            tr("Provisioning stopped at %1: %2").arg(m_create->steps.at(index).what, error.message);
    if (!made.isEmpty())
        stopped.message += u' ' +
                tr("Made so far: %1 (tenant %2).")
                        .arg(made.join(QStringLiteral(", ")), m_run.provider().tenantId);
    stopped.message += u' ' + tr("Still to do: %1.").arg(missing.join(QStringLiteral(", ")));
    m_run.fail(stopped);
}

void ProviderCreation::findTenant(std::function<void(const Result<bool> &)> found)
{
    acronis::account::fetchChildTenants(
            m_run.api(), m_create->distributorId,
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

void ProviderCreation::adoptTenant(const acronis::Tenant &tenant)
{
    Provider &provider = m_run.provider();
    provider.tenantId = tenant.id;
    // The contract starts when the tenant was made at Acronis.
    if (!provider.contractStart.isValid())
        provider.contractStart =
                tenant.createdAt.isValid() ? tenant.createdAt : QDateTime::currentDateTimeUtc();
    provider.pricingMode =
            tenant.pricingMode.isEmpty() ? QStringLiteral("production") : tenant.pricingMode;
    provider.status = tenant.enabled ? ProviderStatus::Active : ProviderStatus::Suspended;
}

void ProviderCreation::makeTenant(std::function<void(const Status &)> made)
{
    if (m_create->existingTenant) { // found by the pre-check
        adoptTenant(*m_create->existingTenant);
        return made(success());
    }
    const ProviderRequest &request = m_create->request;
    m_run.progress(tr("Creating the partner tenant \"%1\"…").arg(request.name));
    acronis::account::createPartnerTenant(m_run.api(),
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

void ProviderCreation::findAdmin(std::function<void(const Result<bool> &)> found)
{
    acronis::account::fetchTenantUsers(m_run.api(), m_run.provider().tenantId,
                                       [this, found](const Result<QList<acronis::User>> &users) {
                                           if (!users)
                                               return found(users.error());
                                           for (const acronis::User &user : *users) {
                                               if (user.login.compare(m_create->request.adminLogin,
                                                                      Qt::CaseInsensitive) == 0) {
                                                   m_run.provider().progress.adminUserId = user.id;
                                                   return found(true);
                                               }
                                           }
                                           found(false);
                                       });
}

void ProviderCreation::makeAdmin(std::function<void(const Status &)> made)
{
    const ProviderRequest &request = m_create->request;
    m_run.progress(tr("Creating the admin user %1…").arg(request.adminLogin));
    acronis::account::createUser(m_run.api(), m_run.provider().tenantId, request.adminLogin,
                                 request.adminEmail, request.language,
                                 [this, made](const Result<acronis::User> &user) {
                                     if (!user)
                                         return made(user.error());
                                     m_run.provider().progress.adminUserId = user->id;
                                     made(success());
                                 });
}

void ProviderCreation::completeCreate()
{
    m_run.provider().progress.complete = true;
    if (const Status saved = m_run.saveProvider(); !saved)
        return m_run.fail(saved.error());
    m_run.succeed(tr("\"%1\" is provisioned: tenant %2, %n offering item(s), admin %3 (activation "
                     "e-mail sent).",
                     nullptr, int(m_create->items.size()))
                          .arg(m_run.provider().name, m_run.provider().tenantId,
                               m_create->request.adminLogin));
}

} // namespace csp
