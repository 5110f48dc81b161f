#include "reconcileservice.h"

#include "acronis/provisioningapi.h"
#include "acronis/records.h"
#include "core/month.h"
#include "instanceapi.h"
#include "secrets/secretstore.h"
#include "storage/database.h"
#include "storage/productrepository.h"
#include "storage/providerrepository.h"
#include "storage/usagesnapshotrepository.h"
#include "usageservice.h"

namespace csp {

ReconcileService::ReconcileService(std::shared_ptr<Database> database, SecretStore &secrets,
                                   QNetworkAccessManager &network, ApiOptions options,
                                   QObject *parent)
    : QObject(parent)
    , m_session(std::move(database), secrets, network, std::move(options))
{ }

ReconcileService::~ReconcileService() = default;

void ReconcileService::start(const Instance &instance, QDate month, Decimal jumpPercent)
{
    m_running = true;
    m_instance = instance;
    m_month = firstOfMonth(month);
    m_partners.reset();
    m_outcome = ReconcileOutcome();
    m_outcome.instanceName = instance.systemName;
    m_outcome.currency = instance.primaryCurrency;
    m_outcome.jumpPercent = jumpPercent;
    if (!isJumpPercent(jumpPercent))
        return fail({ErrorKind::InvalidInput,
                     tr("Usage jump: %1 is not a percentage from 0 to %2.")
                             .arg(jumpPercent.text())
                             .arg(MaxJumpPercent)});
    m_session.open(
            m_instance, this, [this](const QString &step) { emit progress(step); },
            [this](const Result<InstanceApi> &opened) {
                if (!m_running)
                    return;
                if (!opened)
                    return fail(opened.error());
                emit progress(tr("Reading the partner tenants under the distributor…"));
                acronis::account::fetchChildTenants(
                        m_session.api(), opened->distributorTenantId,
                        [this](const Result<QList<acronis::Tenant>> &tenants) {
                            if (!m_running)
                                return;
                            if (!tenants)
                                return fail(tenants.error());
                            QList<PartnerTenant> partners;
                            for (const acronis::Tenant &tenant : *tenants) {
                                if (tenant.kind == u"partner")
                                    partners.append({tenant.id, tenant.name});
                            }
                            m_partners = partners;
                            readReport();
                        });
            });
}

void ReconcileService::readReport()
{
    m_usage = m_session.make<UsageService>(this);
    connect(m_usage, &UsageService::progress, this, &ReconcileService::progress);
    connect(m_usage, &UsageService::finished, this, [this](const UsageOutcome &report) {
        m_usage->deleteLater();
        m_usage = nullptr;
        if (!m_running)
            return;
        if (!report.ok())
            return fail(*report.error);
        compare(report);
    });
    UsageRequest request;
    request.month = m_month;
    m_usage->start(m_instance, request);
}

Result<QList<UsageLine>> ReconcileService::pricedSnapshot(QDate month, bool report,
                                                          const PriceList &prices,
                                                          QHash<QString, QString> *takenAt) const
{
    const auto snapshot = UsageSnapshotRepository(m_session.database())
                                  .read(m_instance.id, month,
                                        report ? SnapshotSource::Report : SnapshotSource::Estimate);
    if (!snapshot)
        return snapshot.error();
    if (takenAt)
        *takenAt = snapshot->takenAt;
    QList<UsageLine> lines;
    for (UsageRecord record : snapshot->records) {
        if (record.measurementUnit.isEmpty())
            record.measurementUnit = prices.units.value(record.key);
        lines.append(priceUsage(record, prices.prices, m_instance.primaryCurrency));
    }
    return lines;
}

Status ReconcileService::addHistory(ReconcileInput &input) const
{
    UsageSnapshotRepository snapshots(m_session.database());
    const auto used = snapshots.usedBefore(m_instance.id, m_month);
    if (!used)
        return used.error();
    input.usedBefore = *used;
    const auto earlier = snapshots.anyBefore(m_instance.id, m_month);
    if (!earlier)
        return earlier.error();
    input.earlierMonthsRecorded = *earlier;
    // The month before: its report when it was read, else its last estimate.
    const QDate before = m_month.addMonths(-1);
    const auto prices = PriceListService(m_session.database()).asOfMonthEnd(m_instance, before);
    if (!prices)
        return prices.error();
    auto previous = pricedSnapshot(before, true, *prices);
    if (previous && previous->isEmpty())
        previous = pricedSnapshot(before, false, *prices);
    if (!previous)
        return previous.error();
    for (const UsageLine &line : *previous) {
        if (line.quantity)
            input.previous.insert(usageKey(line.tenantId, line.key), *line.quantity);
    }
    return success();
}

void ReconcileService::compare(const UsageOutcome &report)
{
    emit progress(tr("Comparing the report with the month's estimates…"));
    m_outcome.priceList = report.priceList;
    m_outcome.priceListWarning = report.priceListWarning;
    m_outcome.warnings.append(report.warnings);
    m_outcome.notInvoiced = report.notInvoiced;
    ReconcileInput input;
    input.month = m_month;
    input.partnerTenants = m_partners;
    input.jumpPercent = m_outcome.jumpPercent;
    input.reported = report.allLines();
    const auto providers = ProviderRepository(m_session.database()).list(m_instance.id);
    if (!providers)
        return fail(providers.error());
    input.providers = *providers;
    const auto prices = PriceListService(m_session.database()).asOfMonthEnd(m_instance, m_month);
    if (!prices)
        return fail(prices.error());
    const auto estimated = pricedSnapshot(m_month, false, *prices, &input.estimatedAt);
    if (!estimated)
        return fail(estimated.error());
    input.estimated = *estimated;
    if (input.estimated.isEmpty())
        m_outcome.warnings.append(tr("No usage of %1 was read while the month ran, so there is "
                                     "no estimate to compare with: read the usage during the "
                                     "month (in the window, from the command line or by the "
                                     "nightly run).")
                                          .arg(monthKey(m_month)));
    if (Status history = addHistory(input); !history)
        return fail(history.error());
    const auto products = ProductRepository(m_session.database()).forInstance(m_instance.id);
    if (!products)
        return fail(products.error());
    for (const Product &product : *products) {
        if (!product.key.infraId.isEmpty() && !product.infraName.isEmpty())
            input.locations.insert(product.key.infraId, product.infraName);
    }
    m_outcome.reconciliation = reconcileMonth(input);
    finish();
}

void ReconcileService::cancel()
{
    if (!m_running)
        return;
    if (m_usage)
        m_usage->cancel();
    fail({ErrorKind::Cancelled, tr("Cancelled.")});
}

void ReconcileService::fail(const Error &error)
{
    m_outcome.error = error;
    finish();
}

void ReconcileService::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_session.cancel();
    const ReconcileOutcome outcome = m_outcome;
    emit finished(outcome);
}

} // namespace csp
