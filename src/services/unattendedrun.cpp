#include "unattendedrun.h"

#include "services/cataloguereader.h"
#include "services/desktopnotice.h"
#include "services/usageservice.h"

#include <QDateTime>

#include <algorithm>

namespace csp {

UnattendedRun::UnattendedRun(std::shared_ptr<Database> database, SecretStore &secrets,
                             QNetworkAccessManager &network, ApiOptions options, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_secrets(secrets)
    , m_network(network)
    , m_options(std::move(options))
{ }

UnattendedRun::~UnattendedRun() = default;

void UnattendedRun::start(bool dryRun, const QString &startedBy)
{
    m_outcome = {};
    m_dryRun = dryRun;
    m_startedBy = startedBy;
    m_cancelled = false;
    m_next = 0;
    const auto instances = CatalogueReader(m_database).instances();
    if (!instances) {
        m_outcome.error = instances.error();
        return finish();
    }
    m_instances = *instances;
    m_outcome.noInstances = m_instances.isEmpty();
    next();
}

void UnattendedRun::cancel()
{
    m_cancelled = true;
    if (m_sync)
        m_sync->cancel();
    if (m_usage)
        m_usage->cancel();
    if (m_prices)
        m_prices->cancel();
}

void UnattendedRun::next()
{
    if (m_cancelled || m_next >= m_instances.size())
        return finish();
    // A job of its own for each instance, as a job's finished may still be on the stack.
    if (m_sync)
        m_sync->deleteLater();
    m_sync = new SyncJob(m_database, m_secrets, m_network, m_options, this);
    connect(m_sync, &SyncJob::finished, this, &UnattendedRun::synced);
    m_sync->setStartedBy(m_startedBy);
    m_sync->start(m_instances.at(m_next++), m_dryRun);
}

void UnattendedRun::synced(const SyncOutcome &outcome)
{
    if (outcome.error) {
        m_outcome.failed.append(outcome.instanceName);
        if (!m_outcome.firstFailure)
            m_outcome.firstFailure = outcome.error;
        if (outcome.error->kind == ErrorKind::Cancelled)
            m_cancelled = true; // stopped by Ctrl+C or SIGTERM: the others are not started
    }
    if (!outcome.ok() || m_dryRun || m_cancelled)
        return instanceDoneWith({outcome, std::nullopt, std::nullopt});
    estimate(outcome);
}

void UnattendedRun::estimate(const SyncOutcome &outcome)
{
    const Instance &instance = m_instances.at(m_next - 1);
    const auto providers = CatalogueReader(m_database).providers(instance.id);
    if (!providers)
        return checkPrices(
                {outcome, UsageEstimate{false, 0, 0, {}, providers.error()}, std::nullopt});
    if (std::none_of(providers->begin(), providers->end(), isBillable))
        return checkPrices({outcome, std::nullopt, std::nullopt});
    if (m_usage)
        m_usage->deleteLater();
    m_usage = new UsageService(m_database, m_secrets, m_network, m_options, this);
    connect(m_usage, &UsageService::finished, this, [this, outcome](const UsageOutcome &usage) {
        UsageEstimate estimate{usage.recorded, int(usage.providers.size()),
                               int(usage.allLines().size()), usage.warnings, usage.error};
        checkPrices({outcome, estimate, std::nullopt});
    });
    m_usage->start(instance, UsageRequest());
}

void UnattendedRun::checkPrices(InstanceRun run)
{
    if (m_cancelled)
        return instanceDoneWith(run);
    const Instance &instance = m_instances.at(m_next - 1);
    if (m_prices)
        m_prices->deleteLater();
    m_prices = new PriceCheck(m_database, m_secrets, m_network, m_options, this);
    connect(m_prices, &PriceCheck::finished, this, [this, run](const PriceCheckReport &report) {
        InstanceRun checked = run;
        if (!report.error || report.error->kind != ErrorKind::Cancelled)
            checked.priceCheck = report;
        if (report.differing() > 0)
            m_outcome.priceDifferences.append(report.instanceName);
        instanceDoneWith(checked);
    });
    m_prices->start(instance, QDateTime::currentDateTimeUtc().date());
}

void UnattendedRun::instanceDoneWith(InstanceRun run)
{
    m_outcome.runs.append(run);
    emit instanceDone(run);
    next();
}

void UnattendedRun::finish()
{
    if (!m_outcome.failed.isEmpty() && m_startedBy == u"timer") {
        QString body = tr("%n instance(s) failed: %1. See 'acronis-csp history' or the journal.",
                          nullptr, int(m_outcome.failed.size()))
                               .arg(m_outcome.failed.join(QStringLiteral(", ")));
        if (!m_outcome.priceDifferences.isEmpty())
            body += u' ' +
                    tr("Acronis' price list differs from the Distributor Discount of: %1 "
                       "('acronis-csp prices check').")
                            .arg(m_outcome.priceDifferences.join(QStringLiteral(", ")));
        notifyDesktop(tr("The nightly Get Services Definition failed"), body);
    }
    emit finished(m_outcome);
}

} // namespace csp
