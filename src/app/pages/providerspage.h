#pragma once

#include "services/providerservice.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

namespace csp {

class Database;
class SecretStore;

class ProviderTableModel;
class ProviderWizard;

// The Service providers page: the providers of every instance with their status, filters, what
// was done to the selected one; create (a wizard), import, change the tier, suspend, resume and
// cancel.
class ProvidersPage : public QWidget
{
    Q_OBJECT

public:
    ProvidersPage(std::shared_ptr<Database> database, SecretStore &secrets,
                  QNetworkAccessManager &network, QWidget *parent = nullptr);
    ~ProvidersPage() override;

    void reload();
    bool selectProvider(const QString &customerId);
    ProviderWizard *newProvider();
    void importProviders();
    void suspendSelected();
    void resumeSelected();
    void cancelSelected();
    void changeTierOfSelected();
    void editCustomerIdOfSelected();
    // Reads the selected provider's items at Acronis, then lets the admin change them.
    void changeItemsOfSelected();

    bool isBusy() const;
    QString statusText() const;
    int shownCount() const;
    ProviderTableModel *model() const { return m_model; }

signals:
    void operationFinished(const csp::ProviderOutcome &outcome);
    // The admin asked to link an instance (the page has none to work under).
    void setupRequested();

private:
    void chooseItems(const ProviderOutcome &read);
    static QString detailText(const QString &detail);
    void buildLayout();
    void fillInstanceFilter();
    void applyFilters();
    void showOperations();
    void updateActions();
    const Provider *selected() const;
    // The provider's instance; a warning when it cannot be read.
    std::optional<Instance> instanceOf(const Provider &provider);
    std::optional<Instance> filteredInstance() const;
    void onFinished(const ProviderOutcome &outcome);

    std::shared_ptr<Database> m_database;
    SecretStore &m_secrets;
    QNetworkAccessManager &m_network;
    ProviderService *m_service = nullptr;
    ProviderTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QComboBox *m_instanceFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QWidget *m_noInstanceHint = nullptr;
    QTableView *m_table = nullptr;
    QTableWidget *m_operations = nullptr;
    QLabel *m_statusLine = nullptr;
    QProgressBar *m_importProgress = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_suspendButton = nullptr;
    QPushButton *m_resumeButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QAction *m_customerIdAction = nullptr;
    QPushButton *m_tierButton = nullptr;
    QPushButton *m_itemsButton = nullptr;
    QPointer<ProviderWizard> m_wizard;
    QString m_selectAfterReload;
};

} // namespace csp
