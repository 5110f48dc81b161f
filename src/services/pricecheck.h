#pragma once

#include "core/apioptions.h"
#include "core/instance.h"
#include "core/pricecheck.h"
#include "core/result.h"

#include <QDate>
#include <QObject>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace csp {
class Database;
class SecretStore;
} // namespace csp
namespace csp::acronis {
class ApiClient;
}

namespace csp {

// The Distributor Discount beside the prices Acronis actually charges for one month.
struct PriceCheckReport
{
    QString instanceName;
    QString instanceCurrency;
    QDate month;
    MonthPriceList list; // empty prices when Acronis lists none for the month
    bool listed = false; // whether Acronis listed a price list for the month
    QList<PriceCheckRow> rows;
    std::optional<Error> error; // the price list could not be read, or the run was cancelled

    int differing() const { return differingRows(rows); }
    bool ok() const { return !error && differing() == 0; }
    // One sentence naming the differing SKUs, for the nightly run's warning; empty when none.
    QString differencesText() const;
};

// `prices check` and "Check against Acronis' price list…": reads the distributor's effective
// price list for a month (Pricelist API v1) and puts each SKU's implied discount beside the one
// this program applies for that month. Each check's outcome is kept as the instance's last one.
class PriceCheck : public QObject
{
    Q_OBJECT

public:
    PriceCheck(std::shared_ptr<Database> database, SecretStore &secrets,
               QNetworkAccessManager &network, ApiOptions options = {}, QObject *parent = nullptr);
    ~PriceCheck() override;

    void start(const Instance &instance, QDate month);
    void cancel();
    bool isRunning() const { return m_running; }

    // The instance's last check; nullopt when it was never checked.
    static Result<std::optional<PriceCheckSummary>> last(std::shared_ptr<Database> database,
                                                         const QString &instanceId);

signals:
    void progress(const QString &step);
    void finished(const csp::PriceCheckReport &report);

private:
    void compare(const MonthPriceList &list);
    void finish(const std::optional<Error> &error = std::nullopt);

    std::shared_ptr<Database> m_database;
    SecretStore &m_secrets;
    QNetworkAccessManager &m_network;
    ApiOptions m_options;
    std::shared_ptr<acronis::ApiClient> m_api;
    Instance m_instance;
    PriceCheckReport m_report;
    bool m_running = false;
};

} // namespace csp

Q_DECLARE_METATYPE(csp::PriceCheckReport)
