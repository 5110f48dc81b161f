#pragma once

#include "core/apioptions.h"
#include "core/instance.h"
#include "core/notinvoiced.h"
#include "core/provider.h"
#include "core/usage.h"
#include "pricelist.h"
#include "services/instancesession.h"

#include <QDate>
#include <QElapsedTimer>
#include <QObject>

#include <memory>
#include <optional>

namespace csp::acronis {
struct CreatedReport;
struct StoredReport;
} // namespace csp::acronis

namespace csp {

struct UsageRequest
{
    QString customerId;         // one provider; empty: all of the instance's providers
    int batchSize = 50;         // tenants per GET /tenants/usages
    std::optional<QDate> month; // a closed month from the usage report; nullopt: live counters
    int reportPollLimit = 60;   // polls of the stored report before giving up
    std::chrono::milliseconds reportPollInterval{5'000};
};

struct ProviderUsage
{
    Provider provider;
    QList<UsageLine> lines;
    UsageTotals totals;
};

struct UsageOutcome
{
    QString instanceName;
    QString currency;     // the instance's primary currency
    bool estimate = true; // live counters (estimates), not the month's report
    QDate month;          // the report's month
    // The sync whose price list priced it (for a closed month, the last one before the month
    // ended), and a warning when no sync preceded the month's end.
    std::optional<PriceListRun> priceList;
    QString priceListWarning;
    QList<ProviderUsage> providers;
    QList<UsageLine> otherTenants; // report rows of tenants that are not recorded providers
    // A closed month's providers with usage but no invoice for it, and why (by name).
    QList<NotInvoiced> notInvoiced;
    UsageTotals totals;    // per currency, never added across currencies
    QStringList warnings;  // what went wrong without spoiling the figures
    bool recorded = false; // kept for the month-end reconciliation
    QString reportId;      // the Acronis usage report a closed month was read from
    std::optional<Error> error;
    int requests = 0;
    int batches = 0;
    qint64 elapsedMs = 0;

    bool ok() const { return !error.has_value(); }
    QList<UsageLine> allLines() const;
};

// Usage priced for invoicing: the current usage of an instance's providers (read in batches, in
// parallel) or a closed month's usage report, each line matched to the instance's product and
// priced at sell and cost.
class UsageService : public QObject
{
    Q_OBJECT

public:
    UsageService(std::shared_ptr<Database> database, SecretStore &secrets,
                 QNetworkAccessManager &network, ApiOptions options = {},
                 QObject *parent = nullptr);
    ~UsageService() override;

    void start(const Instance &instance, const UsageRequest &request);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(const QString &step);
    void finished(const csp::UsageOutcome &outcome);

private:
    bool loadProvidersAndPrices();
    void readLiveUsage();
    // One GET /tenants/usages; `pending` counts the reads still out.
    void readBatch(const QStringList &tenants, std::shared_ptr<QList<UsageRecord>> collected,
                   std::shared_ptr<int> pending);
    QString missingTenantWarning(const QString &tenantId) const;
    void requestReport(const QString &distributorId);
    // `reusedFor`: the distributor, when the report is one asked for by an earlier run.
    void pollReport(const acronis::CreatedReport &report, int attempt, const QString &reusedFor);
    void download(const acronis::CreatedReport &report, const acronis::StoredReport &file);
    void deleteReport(std::function<void()> then);
    // Kept for the month-end reconciliation: the month's last estimate, or its report.
    void recordSnapshot(const QList<UsageRecord> &records);
    void priceAll(const QList<UsageRecord> &records);
    void fail(const Error &error);
    void finish();

    Instance m_instance;
    UsageRequest m_request;
    UsageOutcome m_outcome;
    QList<Provider> m_providers;
    PriceList m_prices;
    std::unique_ptr<acronis::CreatedReport> m_reportToDelete; // downloaded, to be deleted
    QElapsedTimer m_timer;
    bool m_running = false;
    // Last, so that it goes first: what is in flight is cancelled while the rest still stands.
    InstanceSession m_session;
};

} // namespace csp
