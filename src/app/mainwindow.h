#pragma once

#include "core/instance.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QNetworkAccessManager;
class QSplitter;
class QStackedWidget;
class QPushButton;
class QFrame;
class QTabWidget;

namespace csp {

class Database;
class SecretStore;

class CompatibilityDialog;

class CatalogueWatcher;
class UserGuideWindow;
class ConnectionTest;
struct ConnectionInfo;
class InstanceForm;
class InstanceService;
class ProductsPage;
class ProvidersPage;
class UsagePage;
class AuditPage;
class DiscountsDialog;
class PriceCheckDialog;
class InvoicesPage;
class ReconcilePage;
class SyncPanel;

// The Applications Setup window: the linked Acronis instances on the left, the selected one's
// setup form on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(std::shared_ptr<Database> database, SecretStore &secrets, QWidget *parent = nullptr);
    ~MainWindow() override;
    // The first size of the window (before one is remembered) on a screen with `available` free.
    static QSize defaultSize(const QSize &available);
    // Where this machine keeps its own files (the trusted CAs); by default the SQLite
    // catalogue's folder.
    void setDataDirectory(const QString &directory) { m_dataDirectory = directory; }

    InstanceForm *form() const { return m_form; }
    ProductsPage *productsPage() const { return m_products; }
    ProvidersPage *providersPage() const { return m_providers; }
    UsagePage *usagePage() const { return m_usage; }
    InvoicesPage *invoicesPage() const { return m_invoices; }
    ReconcilePage *reconcilePage() const { return m_reconcile; }
    AuditPage *auditPage() const { return m_audit; }
    // The discounts of the instance in the form, in a dialog of its own; null for a new one.
    DiscountsDialog *editDiscounts();
    // Opens the compatibility check of the saved instance (nullptr when there is none to check).
    CompatibilityDialog *checkCompatibility();
    // "Check against Acronis' price list…": the dialog, checking the current month.
    PriceCheckDialog *checkPrices();
    // "setup", "products", "providers", "usage": the pages, as --page names them. The window
    // reopens on the page it was closed on.
    static QStringList pageKeys();
    bool showPage(const QString &key);
    // Re-checks whether the OS keychain answers; shows or hides the banner.
    void probeKeychain();
    // Whether the keychain has answered a check since the window opened.
    bool keychainChecked() const { return m_keychainChecked; }

signals:
    // File > Catalogue Database: the admin wants to choose where the catalogue lives.
    void catalogueDatabaseRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildLayout();
    void reloadInstances(const QString &selectId = {});
    // Another program wrote to the catalogue: every page shows it, keeping the selection and
    // what the admin is editing.
    void catalogueChanged(const QSet<QString> &tables);
    void refreshInstances();
    void fillInstanceList(const QList<Instance> &instances, const QString &selectId,
                          bool selectFirst);
    void onCurrentInstanceChanged(QListWidgetItem *current, QListWidgetItem *previous);
    void showSelectedInstance();
    void newInstance();
    void save(std::function<void(bool saved)> then = {});
    void removeInstance();
    // A save refused because another admin saved the instance since the form was opened.
    bool changedSinceOpened() const;
    void offerReload(const QString &message);
    void testConnection();
    // Runs `proceed` when there are no unsaved changes, or once the admin saved or discarded
    // them; does nothing when the admin cancels.
    void whenChangesSettled(std::function<void()> proceed);
    void setKeychainBanner(const QString &problem);
    void updateActions();
    void updateTitle();
    static QString notSavedText();
    static QString connectedText(const QString &time, const ConnectionInfo &info);

    std::shared_ptr<Database> m_database;
    QString m_dataDirectory;
    SecretStore &m_secrets;
    std::unique_ptr<InstanceService> m_service;
    QNetworkAccessManager *m_network = nullptr;
    ConnectionTest *m_connectionTest = nullptr;
    CatalogueWatcher *m_watcher = nullptr;
    UserGuideWindow *m_guide = nullptr;
    QString m_instancesShown; // ids and names in the list, to see whether they changed

    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QSplitter *m_splitter = nullptr;
    QListWidget *m_instances = nullptr;
    QPushButton *m_removeButton = nullptr;
    QStackedWidget *m_setupStack = nullptr;
    QWidget *m_emptyPage = nullptr;
    QWidget *m_instancePage = nullptr; // the form (scrolling) above the sync panel
    InstanceForm *m_form = nullptr;
    SyncPanel *m_syncPanel = nullptr;
    QTabWidget *m_tabs = nullptr;
    ProductsPage *m_products = nullptr;
    ProvidersPage *m_providers = nullptr;
    UsagePage *m_usage = nullptr;
    InvoicesPage *m_invoices = nullptr;
    ReconcilePage *m_reconcile = nullptr;
    AuditPage *m_audit = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_testAction = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_removeAction = nullptr;
    bool m_closeAfterSave = false;
    bool m_keychainChecked = false;
};

} // namespace csp
