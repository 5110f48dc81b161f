#pragma once

#include "core/contract.h"
#include "services/usageservice.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QNetworkAccessManager;
class QPushButton;
class QStandardItem;
class QStandardItemModel;
class QTableWidget;

class QChart;

namespace csp {

class Database;
class SecretStore;

class FrozenColumnView;
class TableFooter;
class UsageChart;

// The Usage page: each service provider's usage with its sell and cost totals and margin, a
// provider's lines, a chart of sell against cost (per provider or per application), and CSV
// export. Current counters are labelled as estimates; a closed month comes from the report.
class UsagePage : public QWidget
{
    Q_OBJECT

public:
    enum class ChartBy { Provider, Application };

    UsagePage(std::shared_ptr<Database> database, SecretStore &secrets,
              QNetworkAccessManager &network, QWidget *parent = nullptr);
    ~UsagePage() override;

    void reloadInstances();
    // Reads the usage of the chosen instance: current counters, or `month`'s report.
    void refresh(std::optional<QDate> month = std::nullopt);
    // Reads the current usage the first time the page is opened (the window calls it).
    void readIfNeverRead();
    void setChartBy(ChartBy by);
    bool exportCsv(const QString &path, QString *error) const;
    bool isBusy() const;
    QString statusText() const;
    QChart *chart() const;
    const UsageOutcome &outcome() const { return m_outcome; }

signals:
    void usageRead(const csp::UsageOutcome &outcome);

private:
    void buildLayout();
    void showOutcome(const UsageOutcome &outcome);
    QHash<QString, ContractStanding> standingsOf(const UsageOutcome &outcome) const;
    void showLines();
    void showChart();
    void chooseExportFile();
    void forgetOutcome();
    void showTotals(const UsageOutcome &outcome);
    QList<QStandardItem *> providerRow(const ProviderUsage &usage, int index,
                                       const QString &currency,
                                       const ContractStanding &standing) const;
    QString lineNote(const UsageLine &line) const;
    QString selectedProviderId() const;
    void selectProvider(const QString &providerId);
    static constexpr int ProviderIdRole = Qt::UserRole + 3; // on the name; 1 and 2 are taken
    std::optional<QDate> chosenMonth() const;

public:
    QString exportFileName() const;

private:
    std::shared_ptr<Database> m_database;
    UsageService *m_service = nullptr;
    UsageOutcome m_outcome;
    QComboBox *m_instance = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_month = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_export = nullptr;
    QComboBox *m_chartBy = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_notInvoiced = nullptr;
    QLabel *m_statusLine = nullptr;
    FrozenColumnView *m_providers = nullptr;
    QStandardItemModel *m_providerRows = nullptr;
    QTableWidget *m_lines = nullptr;
    TableFooter *m_totals = nullptr;
    QStandardItemModel *m_totalRow = nullptr;
    UsageChart *m_chart = nullptr;
    bool m_everRead = false;
};

} // namespace csp
