#include "providerstatuschange.h"

#include "acronis/accountapi.h"
#include "acronis/apiclient.h"
#include "acronis/provisioningapi.h"
#include "acronis/records.h"
#include "providerrun.h"

namespace csp {

namespace {

bool isGone(const Error &error)
{
    return error.httpStatus == 404 || error.serviceCode == 1005;
}

} // namespace

void ProviderStatusChange::suspend(const Instance &instance, const QString &customerId)
{
    if (m_run.begin(instance, QStringLiteral("suspend"), customerId))
        setEnabled(customerId, false);
}

void ProviderStatusChange::resume(const Instance &instance, const QString &customerId)
{
    if (m_run.begin(instance, QStringLiteral("resume"), customerId))
        setEnabled(customerId, true);
}

void ProviderStatusChange::switchTenant(bool enabled,
                                        std::function<void(const Status &, bool alreadyThere)> done)
{
    m_run.progress(enabled ? tr("Enabling the tenant…") : tr("Disabling the tenant…"));
    auto alreadyThere = std::make_shared<bool>(false);
    m_run.withFreshVersion(
            m_run.provider().tenantId,
            [this, enabled, alreadyThere](const acronis::Tenant &tenant, auto written) {
                if (tenant.enabled == enabled) {
                    *alreadyThere = true;
                    return written(success());
                }
                acronis::account::setTenantEnabled(
                        m_run.api(), tenant.id, enabled, tenant.version,
                        [written](const Result<acronis::Tenant> &changed) {
                            written(changed ? success() : Status(changed.error()));
                        });
            },
            [alreadyThere, done](const Status &status) { done(status, *alreadyThere); });
}

Status ProviderStatusChange::saveStatus(ProviderStatus status)
{
    m_run.provider().status = status;
    return m_run.saveProvider();
}

void ProviderStatusChange::setEnabled(const QString &customerId, bool enabled)
{
    if (!m_run.storedProvider(customerId))
        return;
    m_run.openApi([this, enabled](const QString &) {
        switchTenant(enabled, [this, enabled](const Status &status, bool alreadyThere) {
            if (!status)
                return m_run.fail(status.error());
            if (const Status saved =
                        saveStatus(enabled ? ProviderStatus::Active : ProviderStatus::Suspended);
                !saved)
                return m_run.fail(saved.error());
            const QString name = m_run.provider().name;
            m_run.outcome().changedNothing = alreadyThere;
            if (alreadyThere)
                return m_run.succeed(enabled ? tr("\"%1\" was already active at Acronis; nothing "
                                                  "changed.")
                                                       .arg(name)
                                             : tr("\"%1\" was already suspended at Acronis; "
                                                  "nothing changed.")
                                                       .arg(name));
            m_run.succeed(enabled ? tr("\"%1\" is active again: its tenant is enabled.").arg(name)
                                  : tr("\"%1\" is suspended: its tenant is disabled (Acronis "
                                       "keeps billing its usage while it is disabled).")
                                            .arg(name));
        });
    });
}

void ProviderStatusChange::cancel(const Instance &instance, const QString &customerId)
{
    if (!m_run.begin(instance, QStringLiteral("cancel"), customerId))
        return;
    if (!m_run.storedProvider(customerId))
        return;
    m_run.openApi([this](const QString &) {
        switchTenant(false, [this](const Status &status, bool) {
            if (!status && isGone(status.error())) {
                if (const Status saved = saveStatus(ProviderStatus::Cancelled); !saved)
                    return m_run.fail(saved.error());
                return m_run.succeed(tr("\"%1\" is cancelled; its tenant had already been "
                                        "removed at Acronis.")
                                             .arg(m_run.provider().name));
            }
            if (!status)
                return m_run.fail(status.error());
            deleteDisabled();
        });
    });
}

void ProviderStatusChange::deleteDisabled()
{
    m_run.progress(tr("Deleting the tenant and its data at Acronis…"));
    m_run.withFreshVersion(
            m_run.provider().tenantId,
            [this](const acronis::Tenant &current, auto done) {
                acronis::account::deleteTenant(m_run.api(), current.id, current.version, done);
            },
            [this](const Status &status) {
                if (!status && acronis::isAmbiguous(status.error()))
                    return confirmDeleted(status.error());
                if (!status)
                    return m_run.fail(status.error());
                cancelled();
            });
}

void ProviderStatusChange::confirmDeleted(const Error &deleteError)
{
    // The answer to the DELETE was lost: the tenant tells whether it was carried out.
    m_run.progress(tr("Looking for the tenant at Acronis…"));
    acronis::account::fetchTenant(m_run.api(), m_run.provider().tenantId,
                                  [this, deleteError](const Result<acronis::Tenant> &tenant) {
                                      if (!tenant && isGone(tenant.error()))
                                          return cancelled();
                                      Error error = deleteError;
                                      if (tenant)
                                          error.message += u' ' +
                                                  tr("The tenant still exists at Acronis; run "
                                                     "cancel again to delete it.");
                                      m_run.fail(error);
                                  });
}

void ProviderStatusChange::cancelled()
{
    if (const Status saved = saveStatus(ProviderStatus::Cancelled); !saved)
        return m_run.fail(saved.error());
    m_run.succeed(tr("\"%1\" is cancelled: its tenant was disabled and deleted at Acronis.")
                          .arg(m_run.provider().name));
}

} // namespace csp
