#pragma once

#include "core/apioptions.h"
#include "core/instance.h"
#include "core/notinvoiced.h"
#include "core/reconciliation.h"
#include "pricelist.h"
#include "services/instancesession.h"

#include <QObject>

#include <memory>
#include <optional>

namespace csp {

class UsageService;
struct UsageOutcome;

struct ReconcileOutcome
{
    QString instanceName;
    QString currency;
    Reconciliation reconciliation;
    std::optional<PriceListRun> priceList;
    QString priceListWarning; // when no sync preceded the month's end
    Decimal jumpPercent;
    QList<NotInvoiced> notInvoiced; // providers with usage but no invoice for the month, and why
    QStringList warnings;
    std::optional<Error> error;

    bool ok() const { return !error.has_value(); }
    bool flagged() const { return !reconciliation.findings.isEmpty(); }
};

// The month end: a closed month's usage report (read from Acronis, priced as of its month)
// beside the last estimate recorded in the month, the previous month and the partner tenants
// Acronis lists under the distributor now; what reconcileMonth flags.
class ReconcileService : public QObject
{
    Q_OBJECT

public:
    ReconcileService(std::shared_ptr<Database> database, SecretStore &secrets,
                     QNetworkAccessManager &network, ApiOptions options = {},
                     QObject *parent = nullptr);
    ~ReconcileService() override;

    // `jumpPercent`: how far above the previous month a counter may rise unflagged.
    void start(const Instance &instance, QDate month, Decimal jumpPercent);
    void cancel();

signals:
    void progress(const QString &step);
    void finished(const csp::ReconcileOutcome &outcome);

private:
    void readReport();
    void compare(const UsageOutcome &report);
    // The recorded counters of `month` from `source`, priced with `prices`.
    Result<QList<UsageLine>> pricedSnapshot(QDate month, bool report, const PriceList &prices,
                                            QHash<QString, QString> *takenAt = nullptr) const;
    Status addHistory(ReconcileInput &input) const;
    void fail(const Error &error);
    void finish();

    UsageService *m_usage = nullptr;
    Instance m_instance;
    QDate m_month;
    std::optional<QList<PartnerTenant>> m_partners;
    ReconcileOutcome m_outcome;
    bool m_running = false;
    // Last, so that it goes first: what is in flight is cancelled while the rest still stands.
    InstanceSession m_session;
};

} // namespace csp

Q_DECLARE_METATYPE(csp::ReconcileOutcome)
