#include "usageservice.h"

#include "notinvoicedlist.h"

#include "core/timetext.h"
#include "secrets/secretstore.h"
#include "storage/database.h"

#include "acronis/usageapi.h"
#include "core/month.h"
#include "instanceapi.h"
#include "storage/providerrepository.h"
#include "storage/reportrepository.h"
#include "storage/usagesnapshotrepository.h"

#include <QDateTime>

#include <QTimer>

namespace csp {

QList<UsageLine> UsageOutcome::allLines() const
{
    QList<UsageLine> lines;
    for (const ProviderUsage &usage : providers)
        lines.append(usage.lines);
    lines.append(otherTenants);
    return lines;
}

UsageService::UsageService(std::shared_ptr<Database> database, SecretStore &secrets,
                           QNetworkAccessManager &network, ApiOptions options, QObject *parent)
    : QObject(parent)
    , m_session(std::move(database), secrets, network, std::move(options))
{ }

UsageService::~UsageService() = default;

void UsageService::start(const Instance &instance, const UsageRequest &request)
{
    m_running = true;
    m_timer.start();
    m_instance = instance;
    m_request = request;
    m_outcome = UsageOutcome();
    m_outcome.instanceName = instance.systemName;
    m_outcome.currency = instance.primaryCurrency;
    m_outcome.estimate = !request.month.has_value();
    m_outcome.month = request.month.value_or(QDate());
    m_providers.clear();
    m_prices = PriceList();
    if (request.batchSize < 1 || request.batchSize > 500)
        return fail(
                Error{ErrorKind::InvalidInput,
                      tr("Batch size: must be 1 to 500 tenants (got %1).").arg(request.batchSize)});
    if (request.month && firstOfMonth(*request.month) >= currentMonth())
        return fail(Error{ErrorKind::InvalidInput,
                          tr("Month: %1 is not a closed month yet; Acronis reports a month once "
                             "it is over.")
                                  .arg(monthKey(*request.month))});
    if (!loadProvidersAndPrices())
        return;
    m_session.open(
            m_instance, this, [this](const QString &step) { emit progress(step); },
            [this](const Result<InstanceApi> &opened) {
                if (!m_running)
                    return;
                if (!opened)
                    return fail(opened.error());
                if (m_request.month)
                    return requestReport(opened->distributorTenantId);
                readLiveUsage();
            });
}

bool UsageService::loadProvidersAndPrices()
{
    auto providers = ProviderRepository(m_session.database()).list(m_instance.id);
    if (!providers) {
        fail(providers.error());
        return false;
    }
    for (const Provider &provider : *providers) {
        const bool wanted =
                m_request.customerId.isEmpty() || provider.customerId == m_request.customerId;
        const bool billable =
                m_request.month ? isBillableIn(provider, *m_request.month) : isBillable(provider);
        if (wanted && billable)
            m_providers.append(provider);
    }
    // A closed month's report covers every tenant: without providers it still says what the
    // tenants used (as other tenants), which the month-end reconciliation flags.
    const bool wholeReport = m_request.month && m_request.customerId.isEmpty();
    if (m_providers.isEmpty() && !wholeReport) {
        fail(Error{m_request.customerId.isEmpty() ? ErrorKind::InvalidInput : ErrorKind::NotFound,
                   m_request.customerId.isEmpty()
                           ? tr("\"%1\" has no service providers yet: provision or import them "
                                "first.")
                                     .arg(m_instance.systemName)
                           : tr("There is no active or suspended service provider with customer "
                                "id \"%1\" in \"%2\".")
                                     .arg(m_request.customerId, m_instance.systemName)});
        return false;
    }
    PriceListService priceLists(m_session.database());
    auto prices = m_request.month ? priceLists.asOfMonthEnd(m_instance, *m_request.month)
                                  : priceLists.current(m_instance);
    if (!prices) {
        fail(prices.error());
        return false;
    }
    m_prices = std::move(prices).value();
    m_outcome.priceList = m_prices.run;
    m_outcome.priceListWarning = m_prices.warning;
    return true;
}

void UsageService::readLiveUsage()
{
    QStringList tenants;
    for (const Provider &provider : std::as_const(m_providers))
        tenants.append(provider.tenantId);
    const QList<QStringList> batches =
            acronis::usageBatches(m_instance.gateway, tenants, m_request.batchSize);
    m_outcome.batches = int(batches.size());
    emit progress(tr("Reading the current usage of %n service provider(s)…", nullptr,
                     int(tenants.size())));
    auto collected = std::make_shared<QList<UsageRecord>>();
    auto pending = std::make_shared<int>(int(batches.size()));
    for (const QStringList &batch : batches)
        readBatch(batch, collected, pending);
}

void UsageService::readBatch(const QStringList &tenants,
                             std::shared_ptr<QList<UsageRecord>> collected,
                             std::shared_ptr<int> pending)
{
    acronis::account::fetchUsages(
            m_session.api(), tenants,
            [this, tenants, collected, pending](const Result<QList<UsageRecord>> &usages) {
                if (!m_running)
                    return;
                // A tenant the server will not show (one deleted at Acronis) fails its whole
                // batch, with 403 as the document has it or 404 as older gateways did: read the
                // batch's tenants one by one, so that only that one is missed.
                const bool refused = !usages &&
                        (usages.error().httpStatus == 403 || usages.error().httpStatus == 404);
                if (refused && tenants.size() > 1) {
                    *pending += int(tenants.size()) - 1;
                    for (const QString &tenant : tenants)
                        readBatch({tenant}, collected, pending);
                    return;
                }
                if (refused) {
                    m_outcome.warnings.append(missingTenantWarning(tenants.first()));
                } else if (!usages) {
                    m_session.cancel();
                    return fail(usages.error());
                } else {
                    collected->append(*usages);
                }
                if (--*pending == 0)
                    priceAll(*collected);
            });
}

QString UsageService::missingTenantWarning(const QString &tenantId) const
{
    for (const Provider &provider : m_providers) {
        if (provider.tenantId == tenantId)
            return tr("The tenant of %1 (%2) is not at Acronis any more; its usage was not "
                      "read. The month-end reconciliation flags it.")
                    .arg(provider.name, provider.customerId);
    }
    return tr("The tenant %1 is not at Acronis any more; its usage was not read.").arg(tenantId);
}

void UsageService::requestReport(const QString &distributorId)
{
    const QDate first = firstOfMonth(*m_request.month);
    ReportRepository reports(m_session.database());
    const auto earlier = reports.find(m_instance.id, first);
    if (!earlier)
        return fail(earlier.error());
    if (*earlier) { // asked for before and not deleted at Acronis: no second one
        emit progress(tr("Reading the usage report of %1 asked for before…").arg(monthKey(first)));
        return pollReport({(*earlier)->id, (*earlier)->version}, 1, distributorId);
    }
    emit progress(tr("Asking Acronis for the usage report of %1…").arg(monthKey(first)));
    acronis::account::createUsageReport(
            m_session.api(), distributorId, first, first.addMonths(1).addDays(-1),
            [this, first](const Result<acronis::CreatedReport> &report) {
                if (!m_running)
                    return;
                if (!report)
                    return fail(report.error());
                if (const Status saved =
                            ReportRepository(m_session.database())
                                    .remember(m_instance.id, first, {report->id, report->version});
                    !saved)
                    return fail(saved.error());
                pollReport(*report, 1, {});
            });
}

namespace {

// The file to download: the csv_v2_0 one, whose columns are known; nullopt while it is not ready.
std::optional<acronis::StoredReport> readyFile(const QList<acronis::StoredReport> &files,
                                               bool *failed)
{
    for (const acronis::StoredReport &file : files) {
        if (file.format != u"csv_v2_0" || file.id.isEmpty())
            continue;
        if (file.status == u"saved")
            return file;
        *failed = *failed || file.status == u"failed";
    }
    return std::nullopt;
}

// The formats a report's stored files have, for a message: "json_v1, html".
QString formatsOf(const QList<acronis::StoredReport> &files)
{
    QStringList formats;
    for (const acronis::StoredReport &file : files)
        formats.append(file.format + (file.id.isEmpty() ? QStringLiteral(" (no id)") : QString()));
    return formats.join(QStringLiteral(", "));
}

} // namespace

void UsageService::pollReport(const acronis::CreatedReport &report, int attempt,
                              const QString &reusedFor)
{
    acronis::account::fetchStoredReports(
            m_session.api(), report.id,
            [this, report, attempt, reusedFor](const Result<QList<acronis::StoredReport>> &stored) {
                if (!m_running)
                    return;
                const QDate month = *m_request.month;
                const int status = stored ? 0 : stored.error().httpStatus;
                if (!stored && !reusedFor.isEmpty() && (status == 403 || status == 404)) {
                    // Deleted at Acronis meanwhile (the document answers 403 for a report it
                    // will not show): ask for a new one.
                    if (const Status forgotten =
                                ReportRepository(m_session.database()).forget(m_instance.id, month);
                        !forgotten)
                        return fail(forgotten.error());
                    return requestReport(reusedFor);
                }
                if (!stored)
                    return fail(stored.error());
                bool failed = false;
                if (const auto file = readyFile(*stored, &failed))
                    return download(report, *file);
                if (failed)
                    return fail(Error{
                            ErrorKind::Failed,
                            tr("Acronis could not generate the usage report %1.").arg(report.id)});
                const bool pending = std::any_of(stored->begin(), stored->end(), [](const auto &f) {
                    return f.status == u"in_progress";
                });
                if (!stored->isEmpty() && !pending)
                    return fail(Error{ErrorKind::Failed,
                                      tr("The usage report %1 has no csv_v2_0 file to download "
                                         "(it has: %2).")
                                              .arg(report.id, formatsOf(*stored))});
                if (attempt >= m_request.reportPollLimit)
                    return fail(Error{ErrorKind::Failed,
                                      tr("The usage report %1 was not ready after %2 checks; try "
                                         "again later (the same report is read then).")
                                              .arg(report.id)
                                              .arg(attempt)});
                emit progress(
                        tr("Acronis is generating the usage report (check %1)…").arg(attempt));
                QTimer::singleShot(m_request.reportPollInterval, this, [this, report, attempt] {
                    if (m_running)
                        pollReport(report, attempt + 1, {});
                });
            });
}

void UsageService::download(const acronis::CreatedReport &report, const acronis::StoredReport &file)
{
    emit progress(tr("Downloading the usage report…"));
    acronis::account::downloadUsageReport(
            m_session.api(), report.id, file,
            [this, report](const Result<QList<UsageRecord>> &records) {
                if (!m_running)
                    return;
                if (!records)
                    return fail(records.error());
                m_reportToDelete = std::make_unique<acronis::CreatedReport>(report);
                m_outcome.reportId = report.id;
                priceAll(*records);
            });
}

void UsageService::deleteReport(std::function<void()> then)
{
    const auto downloaded = std::exchange(m_reportToDelete, nullptr);
    if (!downloaded || downloaded->id.isEmpty() || !m_session.isOpen())
        return then();
    const acronis::CreatedReport report = *downloaded;
    if (report.version == 0) { // asked for by an older version of this program, which kept none
        ReportRepository(m_session.database()).forget(m_instance.id, *m_request.month);
        m_outcome.warnings.append(
                tr("The usage report %1 was asked for before this program kept report versions, "
                   "which Acronis needs to delete it; delete it in the management portal.")
                        .arg(report.id));
        return then();
    }
    // Downloaded: so that reports do not pile up in the distributor's account.
    acronis::account::deleteReport(
            m_session.api(), report, [this, report, then](const Status &deleted) {
                if (deleted || deleted.error().httpStatus == 404)
                    ReportRepository(m_session.database()).forget(m_instance.id, *m_request.month);
                else
                    m_outcome.warnings.append(
                            tr("The usage report %1 could not be deleted at Acronis (%2); the next "
                               "run "
                               "for this month reads it again and deletes it then.")
                                    .arg(report.id, deleted.error().message));
                then();
            });
}

void UsageService::recordSnapshot(const QList<UsageRecord> &records)
{
    const QString now = catalogueTimeNow();
    UsageSnapshotRepository snapshots(m_session.database());
    Status recorded = success();
    if (m_request.month) {
        recorded = snapshots.recordReport(m_instance.id, *m_request.month, records, now);
    } else {
        QStringList tenants;
        for (const Provider &provider : std::as_const(m_providers))
            tenants.append(provider.tenantId);
        const QDate today = QDateTime::currentDateTimeUtc().date();
        recorded = snapshots.recordEstimates(m_instance.id, firstOfMonth(today), tenants, records,
                                             now);
    }
    // The figures are right without it; only the month-end comparison misses this read.
    m_outcome.recorded = recorded.ok();
    if (!recorded)
        m_outcome.warnings.append(tr("The usage read was not recorded for the month-end "
                                     "reconciliation: %1")
                                          .arg(recorded.error().message));
}

void UsageService::priceAll(const QList<UsageRecord> &records)
{
    recordSnapshot(records);
    emit progress(tr("Pricing %n usage line(s)…", nullptr, int(records.size())));
    QHash<QString, qsizetype> byTenant;
    for (const Provider &provider : std::as_const(m_providers)) {
        byTenant.insert(provider.tenantId, m_outcome.providers.size());
        m_outcome.providers.append({provider, {}, {}});
    }
    const QString everything = tr("all service providers of \"%1\"").arg(m_instance.systemName);
    for (UsageRecord record : records) {
        if (record.measurementUnit.isEmpty()) // reports may leave it to the product
            record.measurementUnit = m_prices.units.value(record.key);
        UsageLine line = priceUsage(record, m_prices.prices, m_instance.primaryCurrency);
        const auto owner = byTenant.constFind(record.tenantId);
        if (owner == byTenant.constEnd()) {
            if (!m_outcome.estimate && m_request.customerId.isEmpty())
                m_outcome.otherTenants.append(line);
            continue;
        }
        ProviderUsage &usage = m_outcome.providers[*owner];
        line.customerId = usage.provider.customerId;
        line.providerName = usage.provider.name;
        if (const Status added = usage.totals.add(line, usage.provider.name); !added)
            return fail(added.error());
        if (const Status added = m_outcome.totals.add(line, everything); !added)
            return fail(added.error());
        usage.lines.append(std::move(line));
    }
    for (const UsageLine &line : std::as_const(m_outcome.otherTenants)) {
        if (const Status added = m_outcome.totals.add(line, everything); !added)
            return fail(added.error());
    }
    if (!m_outcome.estimate) {
        auto leftOut = notInvoicedIn(m_session.database(), m_instance, m_outcome.month,
                                     m_outcome.providers, m_outcome.otherTenants);
        if (!leftOut)
            return fail(leftOut.error());
        m_outcome.notInvoiced = std::move(leftOut).value();
    }
    deleteReport([this] { finish(); });
}

void UsageService::cancel()
{
    if (m_running)
        fail(Error{ErrorKind::Cancelled, tr("Cancelled.")});
}

void UsageService::fail(const Error &error)
{
    m_outcome.error = error;
    finish();
}

void UsageService::finish()
{
    if (m_session.isOpen()) {
        m_outcome.requests = m_session.api().requestsSent();
        m_session.cancel();
    }
    m_outcome.elapsedMs = m_timer.elapsed();
    m_running = false;
    const UsageOutcome outcome = m_outcome;
    emit finished(outcome);
}

} // namespace csp
