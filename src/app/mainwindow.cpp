#include "mainwindow.h"

#include "compatibilitydialog.h"

#include "auditpage.h"
#include "discountsdialog.h"
#include "instanceform.h"
#include "invoicespage.h"
#include "pricecheckdialog.h"
#include "productspage.h"
#include "prompts.h"
#include "providerspage.h"
#include "reconcilepage.h"
#include "services/cataloguedatabase.h"
#include "services/cataloguereader.h"
#include "services/cataloguewatcher.h"
#include "services/connectiontest.h"
#include "services/discountservice.h"
#include "services/instanceservice.h"
#include "services/keychain.h"
#include "services/nightlytimer.h"
#include "syncpanel.h"
#include "trustdialog.h"
#include "ui_mainwindow.h"
#include "usagepage.h"
#include "userguide.h"
#include "windowtitles.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTime>
#include <QWhatsThis>

namespace csp {

MainWindow::MainWindow(std::shared_ptr<Database> database, SecretStore &secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_secrets(secrets)
    , m_service(std::make_unique<InstanceService>(database, secrets))
    , m_network(new QNetworkAccessManager(this))
{
    m_connectionTest = new ConnectionTest(*m_network, m_secrets, m_database, {}, this);
    buildLayout();
    buildActions();
    connect(m_connectionTest, &ConnectionTest::stepChanged, this,
            [this](const QString &step) { m_form->setConnectionStatus(step, false); });
    connect(m_connectionTest, &ConnectionTest::finished, this,
            [this](const Result<ConnectionInfo> &result) {
                m_form->setConnectionTestRunning(false);
                const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
                if (result)
                    m_form->setConnectionStatus(connectedText(time, *result), false);
                else if (result.error().kind != ErrorKind::Cancelled)
                    m_form->setConnectionStatus(
                            tr("\u2716 Test failed at %1: %2").arg(time, result.error().message),
                            true);
            });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        m_splitter->setSizes({220, 580});
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(defaultSize(screen()->availableGeometry().size()));
    showPage(settings.value(QStringLiteral("window/page")).toString());
    updateTitle();
    reloadInstances();
    probeKeychain();
    auto *where = new QLabel(CatalogueDatabase::locationOf(*m_database).display(), this);
    where->setObjectName(QStringLiteral("catalogueLocation"));
    where->setToolTip(tr("Where the catalogue lives (File > Catalogue Database)"));
    statusBar()->addPermanentWidget(where);
    m_watcher = new CatalogueWatcher(m_database, this);
    connect(m_watcher, &CatalogueWatcher::changed, this, &MainWindow::catalogueChanged);
}

void MainWindow::catalogueChanged(const QSet<QString> &tables)
{
    const auto touched = [&tables](std::initializer_list<QStringView> names) {
        return tables.isEmpty() ||
                std::any_of(names.begin(), names.end(), [&tables](QStringView name) {
                    return tables.contains(name.toString());
                });
    };
    if (touched({u"instances", u"sync_runs"}))
        refreshInstances();
    if (touched({u"instances", u"products", u"product_prices"}))
        m_products->refresh();
    if (touched({u"instances", u"providers", u"provider_operations", u"provider_tiers"}))
        m_providers->reload();
    if (touched({u"audit_log"}))
        m_audit->reload();
}

void MainWindow::refreshInstances()
{
    const QListWidgetItem *item = m_instances->currentItem();
    const QString current = item ? item->data(Qt::UserRole).toString() : QString();
    const auto instances = CatalogueReader(m_database).instances();
    if (!instances)
        return; // said when the admin next acts; a refresh does not interrupt with a dialog
    fillInstanceList(*instances, current, !m_form->isNew()); // a draft stays one
    // The form keeps what the admin typed: a save based on an older instance is refused and
    // offers to reload.
    if (!m_form->isNew() && !m_form->isDirty())
        showSelectedInstance();
    // The pages that choose an instance follow a change of the list.
    QStringList shown;
    for (const Instance &instance : *instances)
        shown.append(instance.id + u'=' + instance.systemName);
    if (const QString now = shown.join(u'\n'); std::exchange(m_instancesShown, now) != now) {
        m_usage->reloadInstances();
        m_invoices->reloadInstances();
        m_reconcile->reloadInstances();
        m_audit->reloadInstances();
    }
}

MainWindow::~MainWindow() = default;

QSize MainWindow::defaultSize(const QSize &available)
{
    // Roomy on a 1280×800 screen (the products table and the form beside the instance list),
    // never larger than the screen leaves free, never below what the pages need.
    const QSize roomy(1120, 720);
    const QSize smallest(800, 540);
    return roomy.boundedTo(available * 0.92).expandedTo(smallest.boundedTo(available));
}

void MainWindow::buildLayout()
{
    Ui::MainWindow ui;
    ui.setupUi(this);
    m_banner = ui.keychainBanner;
    m_bannerText = ui.keychainBannerText;
    m_splitter = ui.mainSplitter;
    m_instances = ui.instanceList;
    m_removeButton = ui.removeInstanceButton;
    m_setupStack = ui.setupStack;
    m_emptyPage = ui.emptyPage;
    m_instancePage = ui.instanceView;
    m_form = ui.InstanceForm;
    m_tabs = ui.mainTabs;

    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, bannerPalette.color(QPalette::ToolTipBase));
    bannerPalette.setColor(QPalette::WindowText, bannerPalette.color(QPalette::ToolTipText));
    m_banner->setPalette(bannerPalette);
    connect(ui.keychainRetryButton, &QPushButton::clicked, this, &MainWindow::probeKeychain);
    m_banner->hide();

    connect(ui.addInstanceButton, &QPushButton::clicked, this, &MainWindow::newInstance);
    connect(m_removeButton, &QPushButton::clicked, this, &MainWindow::removeInstance);
    connect(m_instances, &QListWidget::currentItemChanged, this,
            &MainWindow::onCurrentInstanceChanged);

    connect(ui.linkFirstInstanceButton, &QPushButton::clicked, this, &MainWindow::newInstance);
    // The sync panel needs the catalogue and the network: it joins the page here, below the
    // form's scroll area, so that its button, progress and result are never scrolled away.
    m_syncPanel = new SyncPanel(m_database, m_secrets, *m_network, ui.instanceView);
    ui.instanceViewLayout->addWidget(m_syncPanel);
    connect(m_form, &InstanceForm::saveRequested, this, [this] { save(); });
    connect(m_form, &InstanceForm::testConnectionRequested, this, &MainWindow::testConnection);
    connect(m_form, &InstanceForm::compatibilityCheckRequested, this,
            &MainWindow::checkCompatibility);
    connect(m_form, &InstanceForm::discountsRequested, this, &MainWindow::editDiscounts);
    connect(m_form, &InstanceForm::priceCheckRequested, this, &MainWindow::checkPrices);
    connect(m_form, &InstanceForm::changed, this, &MainWindow::updateActions);
    m_form->setNameCheck([this](const QString &name, const QString &instanceId) {
        return m_service->nameTaken(name, instanceId);
    });
    m_splitter->setStretchFactor(1, 1);

    // The pages need the catalogue (and the network): they join the setup tab here.
    m_products = new ProductsPage(m_database, m_tabs);
    m_tabs->addTab(m_products, tr("&Products"));
    m_providers = new ProvidersPage(m_database, m_secrets, *m_network, m_tabs);
    m_tabs->addTab(m_providers, tr("Service Pr&oviders"));
    m_usage = new UsagePage(m_database, m_secrets, *m_network, m_tabs);
    m_tabs->addTab(m_usage, tr("Usage for &Billing"));
    m_invoices = new InvoicesPage(m_database, m_secrets, *m_network, m_tabs);
    m_tabs->addTab(m_invoices, tr("In&voices"));
    m_reconcile = new ReconcilePage(m_database, m_secrets, *m_network, m_tabs);
    m_tabs->addTab(m_reconcile, tr("Month End"));
    m_audit = new AuditPage(m_database, m_tabs);
    m_tabs->addTab(m_audit, tr("Audit Trail"));
    connect(m_invoices, &InvoicesPage::tiersChanged, m_providers, &ProvidersPage::reload);
    connect(m_providers, &ProvidersPage::setupRequested, this,
            [this] { m_tabs->setCurrentIndex(0); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        updateTitle();
        if (m_tabs->currentWidget() == m_usage)
            m_usage->readIfNeverRead();
    });
    connect(m_syncPanel, &SyncPanel::catalogueChanged, m_products, &ProductsPage::reload);
    connect(m_products, &ProductsPage::syncRequested, this, [this](const QString &instanceId) {
        whenChangesSettled([this, instanceId] {
            m_tabs->setCurrentIndex(0);
            reloadInstances(instanceId);
            m_syncPanel->runNow();
        });
    });
}

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Instance"), this, &MainWindow::newInstance);
    newAction->setShortcut(QKeySequence::New);
    m_saveAction = file->addAction(tr("&Save"), this, [this] { save(); });
    m_saveAction->setShortcut(QKeySequence::Save);
    m_revertAction = file->addAction(tr("&Revert\u2026"), m_form, &InstanceForm::revert);
    m_testAction = file->addAction(tr("&Test Connection"), this, &MainWindow::testConnection);
    m_testAction->setObjectName(QStringLiteral("testConnectionAction"));
    m_testAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_checkAction = file->addAction(tr("Check Compati&bility\u2026"), this,
                                    &MainWindow::checkCompatibility);
    m_checkAction->setObjectName(QStringLiteral("checkCompatibilityAction"));
    m_removeAction =
            file->addAction(tr("Re&move Instance\u2026"), this, &MainWindow::removeInstance);
    file->addSeparator();
    QAction *database = file->addAction(tr("Catalogue &Database\u2026"), this,
                                        &MainWindow::catalogueDatabaseRequested);
    database->setObjectName(QStringLiteral("catalogueDatabaseAction"));
    file->addAction(tr("Trusted &Certificate Authorities\u2026"), this, [this] {
        TrustDialog(m_dataDirectory.isEmpty()
                            ? QFileInfo(CatalogueDatabase::locationOf(*m_database).sqlitePath())
                                      .absolutePath()
                            : m_dataDirectory,
                    this)
                .exec();
    });
    file->addSeparator();
    QAction *nightly =
            file->addAction(tr("Run Get Services Definition for All Instances Every Ni&ght"));
    nightly->setObjectName(QStringLiteral("nightlyAction"));
    nightly->setCheckable(true);
    // Asked when the menu opens, not at start: the window shows before any D-Bus round trip.
    connect(file, &QMenu::aboutToShow, this, [nightly] {
        const QSignalBlocker quiet(nightly);
        const auto enabled = NightlyTimer().isEnabled();
        nightly->setChecked(enabled.valueOr(false));
        // A timer that cannot be asked about says why, instead of showing "off".
        nightly->setToolTip(enabled ? QString() : enabled.error().message);
    });
    connect(nightly, &QAction::toggled, this, [this, nightly](bool on) {
        NightlyTimer timer;
        if (!timer.isAvailable()) {
            const QSignalBlocker quiet(nightly);
            nightly->setChecked(false);
            Prompts::warn(
                    this, tr("Nightly Runs"),
                    tr("There is no systemd user manager in this session, so the program cannot "
                       "set up the nightly run itself. Add this line to your crontab "
                       "(crontab -e):\n\n%1")
                            .arg(NightlyTimer::cronLine()));
            return;
        }
        if (const Status set = timer.setEnabled(on); !set) {
            const QSignalBlocker quiet(nightly);
            nightly->setChecked(!on);
            Prompts::warn(this, tr("Nightly Runs"), set.error().message);
        }
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User Guide"), this, [this] {
        if (!m_guide)
            m_guide = new UserGuideWindow(this);
        m_guide->show();
        m_guide->raise();
        m_guide->activateWindow();
    });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(QWhatsThis::createAction(this));
    help->addAction(tr("&About"), this, [this] {
        QMessageBox::about(this, tr("About Acronis CSP Setup"),
                           tr("Acronis CSP Setup %1\nLinks a cloud distributor's billing system to "
                              "Acronis Cyber Cloud.")
                                   .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::updateActions()
{
    const bool dirty = m_form->isDirty();
    m_syncPanel->setInstance(m_form->savedInstance(), !m_form->isNew() && !dirty);
    m_saveAction->setEnabled(dirty);
    m_testAction->setEnabled(m_form->canTestConnection());
    m_checkAction->setEnabled(m_form->canCheckCompatibility());
    m_revertAction->setEnabled(dirty);
    // "Not saved: …" says what to fix; once it is fixed, it has nothing left to say.
    if (statusBar()->currentMessage() == notSavedText() && m_form->isValid())
        statusBar()->clearMessage();
    const bool showingInstance = m_setupStack->currentWidget() != m_emptyPage;
    m_removeAction->setEnabled(showingInstance);
    m_removeButton->setEnabled(showingInstance);
    setWindowModified(dirty);
}

void MainWindow::reloadInstances(const QString &selectId)
{
    if (const auto instances = CatalogueReader(m_database).instances(); !instances)
        Prompts::warn(this, tr("Cannot read the instances"), instances.error().message);
    else
        fillInstanceList(*instances, selectId, true);
    showSelectedInstance();
}

void MainWindow::fillInstanceList(const QList<Instance> &instances, const QString &selectId,
                                  bool selectFirst)
{
    const QSignalBlocker blocker(m_instances);
    m_instances->clear();
    for (const Instance &instance : instances) {
        auto *item = new QListWidgetItem(instance.systemName, m_instances);
        item->setData(Qt::UserRole, instance.id);
        item->setToolTip(tr("%1\n%2").arg(instance.productType(), instance.gateway));
        if (instance.id == selectId)
            m_instances->setCurrentItem(item);
    }
    if (!m_instances->currentItem() && m_instances->count() > 0 && selectFirst)
        m_instances->setCurrentRow(0);
}

void MainWindow::showSelectedInstance()
{
    const QListWidgetItem *item = m_instances->currentItem();
    if (!item) {
        m_setupStack->setCurrentWidget(m_emptyPage);
        updateActions();
        return;
    }
    const auto instance = CatalogueReader(m_database).instance(item->data(Qt::UserRole).toString());
    if (!instance) {
        Prompts::warn(this, tr("Cannot read the instance"), instance.error().message);
        return;
    }
    m_form->showInstance(*instance);
    m_form->showDiscountOverrides(DiscountService(m_database).list(*instance));
    m_form->showPriceCheck(PriceCheck::last(m_database, instance->id));
    m_setupStack->setCurrentWidget(m_instancePage);
    updateActions();
}

void MainWindow::onCurrentInstanceChanged(QListWidgetItem *current, QListWidgetItem *previous)
{
    if (!m_form->isDirty())
        return showSelectedInstance();
    const QString target = current ? current->data(Qt::UserRole).toString() : QString();
    {
        const QSignalBlocker blocker(m_instances);
        m_instances->setCurrentItem(previous);
    }
    whenChangesSettled([this, target] { reloadInstances(target); });
}

void MainWindow::whenChangesSettled(std::function<void()> proceed)
{
    if (!m_form->isDirty())
        return proceed();
    const QString name = m_form->isNew()
            ? tr("the new instance")
            : QStringLiteral("\"%1\"").arg(m_form->savedInstance().systemName);
    // Saving invalid fields cannot succeed: then the choice is to discard them or go back.
    const bool valid = m_form->isValid();
    const auto answer = Prompts::ask(
            this, tr("Unsaved changes"),
            valid ? tr("The settings of %1 have unsaved changes. Save them?").arg(name)
                  : tr("The settings of %1 have unsaved changes, and some are not valid. "
                       "Discard them?")
                            .arg(name),
            valid ? QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel
                  : QMessageBox::Discard | QMessageBox::Cancel,
            valid ? QMessageBox::Save : QMessageBox::Cancel);
    if (answer == QMessageBox::Discard) {
        m_form->isNew() ? m_form->showNewInstance() : m_form->showInstance(m_form->savedInstance());
        return proceed();
    }
    if (answer == QMessageBox::Save)
        save([proceed](bool saved) {
            if (saved)
                proceed();
        });
}

void MainWindow::newInstance()
{
    whenChangesSettled([this] {
        {
            const QSignalBlocker blocker(m_instances);
            m_instances->setCurrentItem(nullptr);
        }
        m_form->showNewInstance();
        m_setupStack->setCurrentWidget(m_instancePage);
        m_form->findChild<QWidget *>(QStringLiteral("systemNameEdit"))->setFocus();
        updateActions();
    });
}

void MainWindow::save(std::function<void(bool)> then)
{
    const auto finish = [then](bool saved) {
        if (then)
            then(saved);
    };
    if (!m_form->isDirty())
        return finish(true);
    if (!m_form->isValid()) {
        // Every message shows now, also of fields not typed in, and the cursor goes to the
        // first: they say why; no dialog in between.
        m_form->revealAllChecks();
        statusBar()->showMessage(notSavedText(), 5000);
        return finish(false);
    }
    m_form->setBusy(true);
    statusBar()->showMessage(tr("Saving\u2026"));
    auto done = [this, finish](const SaveOutcome &outcome) {
        m_form->setBusy(false);
        statusBar()->clearMessage();
        if (!outcome.ok()) {
            for (const FieldMessage &error : outcome.report.errors)
                m_form->showFieldError(error.field, error.text);
            if (outcome.error && outcome.error->kind == ErrorKind::Conflict &&
                changedSinceOpened()) {
                offerReload(outcome.error->message);
                return finish(false);
            }
            if (outcome.error && outcome.error->kind == ErrorKind::Conflict)
                m_form->showFieldError(InstanceField::SystemName, outcome.error->message);
            else if (outcome.error && outcome.error->kind != ErrorKind::InvalidInput)
                Prompts::warn(this, tr("Not saved"),
                              tr("Nothing was saved. %1").arg(outcome.error->message));
            return finish(false);
        }
        reloadInstances(outcome.instance->id);
        m_products->reload();
        m_providers->reload();
        m_usage->reloadInstances();
        m_invoices->reloadInstances();
        m_reconcile->reloadInstances();
        m_audit->reloadInstances();
        statusBar()->showMessage(tr("Saved \"%1\".").arg(outcome.instance->systemName), 5000);
        finish(true);
    };
    if (m_form->isNew())
        m_service->add(m_form->changes(), m_form->typedSecret().value_or(QString()), done);
    else
        m_service->edit(m_form->savedInstance().id, m_form->changes(), m_form->typedSecret(), done,
                        m_form->savedInstance().version);
}

bool MainWindow::changedSinceOpened() const
{
    if (m_form->isNew())
        return false;
    const auto stored = CatalogueReader(m_database).instance(m_form->savedInstance().id);
    return stored && stored->version != m_form->savedInstance().version;
}

void MainWindow::offerReload(const QString &message)
{
    const auto answer = Prompts::ask(this, tr("Changed by someone else"),
                                     message + u"\n\n" +
                                             tr("Reload the instance? Your unsaved changes are "
                                                "discarded."),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        reloadInstances(m_form->savedInstance().id);
}

void MainWindow::removeInstance()
{
    if (m_setupStack->currentWidget() == m_emptyPage)
        return;
    if (m_form->isNew()) {
        // A draft was never saved: removing it discards what was typed, after asking.
        if (m_form->isDirty() &&
            Prompts::ask(this, tr("Discard the new instance"),
                         tr("Discard the new instance? What you typed is lost; nothing was saved "
                            "yet."),
                         QMessageBox::Discard | QMessageBox::Cancel,
                         QMessageBox::Cancel) != QMessageBox::Discard)
            return;
        m_form->showNewInstance(); // not dirty any more
        return reloadInstances();
    }
    const Instance instance = m_form->savedInstance();
    const auto products = CatalogueReader(m_database).productCount(instance.id);
    const auto providers = CatalogueReader(m_database).providers(instance.id);
    if (!products || !providers) // the question must say what goes: no guessing
        return Prompts::warn(this, tr("Remove instance"),
                             (products ? providers.error() : products.error()).message);
    QString question = tr("Remove the instance \"%1\"?\n\nThis deletes its settings, "
                          "its client secret in the OS keychain "
                          "and its %n product(s) with their history. Nothing changes "
                          "at Acronis. This cannot be undone.",
                          nullptr, *products)
                               .arg(instance.systemName);
    if (!providers->isEmpty())
        question += u'\n' +
                tr("It also deletes the records of %n service provider(s); their "
                   "tenants at Acronis stay.",
                   nullptr, int(providers->size()));
    const auto answer = Prompts::ask(this, tr("Remove instance"), question,
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_service->remove(instance.id, [this, instance](const Status &removed) {
        if (!removed) {
            Prompts::warn(this, tr("Not removed"),
                          tr("The instance \"%1\" was not removed. %2")
                                  .arg(instance.systemName, removed.error().message));
            return;
        }
        reloadInstances();
        m_products->reload();
        m_providers->reload();
        m_usage->reloadInstances();
        m_invoices->reloadInstances();
        m_reconcile->reloadInstances();
        m_audit->reloadInstances();
        statusBar()->showMessage(tr("Removed \"%1\".").arg(instance.systemName), 5000);
    });
}

void MainWindow::testConnection()
{
    if (m_setupStack->currentWidget() == m_emptyPage || m_connectionTest->isRunning())
        return;
    const auto draft = m_form->draft();
    if (!draft) {
        m_form->setConnectionStatus(tr("Correct the marked fields first."), true);
        return;
    }
    const auto secret = m_form->typedSecret();
    if (!secret && (m_form->isNew() || !draft->hasSecret)) {
        m_form->setConnectionStatus(tr("Type the client secret to test the connection."), true);
        return;
    }
    m_form->setConnectionTestRunning(true);
    m_connectionTest->start(*draft, secret);
}

CompatibilityDialog *MainWindow::checkCompatibility()
{
    if (!m_form->canCheckCompatibility())
        return nullptr;
    auto *dialog = new CompatibilityDialog(m_database, m_secrets, *m_network,
                                           m_form->savedInstance(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->run();
    return dialog;
}

PriceCheckDialog *MainWindow::checkPrices()
{
    if (!m_form->canCheckCompatibility())
        return nullptr;
    const Instance instance = m_form->savedInstance();
    auto *dialog = new PriceCheckDialog(m_database, m_secrets, *m_network, instance, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PriceCheckDialog::checked, this, [this, id = instance.id] {
        if (m_form->savedInstance().id == id)
            m_form->showPriceCheck(PriceCheck::last(m_database, id));
    });
    dialog->open();
    dialog->run();
    return dialog;
}

void MainWindow::probeKeychain()
{
    Keychain::probe(m_secrets, this, [this](const QString &problem) {
        setKeychainBanner(problem);
        m_keychainChecked = true;
    });
}

void MainWindow::setKeychainBanner(const QString &problem)
{
    m_bannerText->setText(
            tr("%1\nYou can still browse and edit the settings; saving a new secret and testing "
               "the connection need the keychain.")
                    .arg(problem));
    m_banner->setVisible(!problem.isEmpty());
    m_form->setKeychainAvailable(problem.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_form->isDirty()) {
        event->ignore();
        whenChangesSettled(
                [this] { QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection); });
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/page"), pageKeys().value(m_tabs->currentIndex()));
    event->accept();
}

QStringList MainWindow::pageKeys()
{
    return {QStringLiteral("setup"), QStringLiteral("products"), QStringLiteral("providers"),
            QStringLiteral("usage"), QStringLiteral("invoices"), QStringLiteral("month-end"),
            QStringLiteral("audit")};
}

DiscountsDialog *MainWindow::editDiscounts()
{
    if (m_form->isNew())
        return nullptr;
    const Instance instance = m_form->savedInstance();
    auto *dialog = new DiscountsDialog(m_database, instance, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DiscountsDialog::discountsChanged, this, [this, instance] {
        m_form->showDiscountOverrides(DiscountService(m_database).list(instance));
        m_products->refresh(); // their cost prices
    });
    dialog->open();
    return dialog;
}

QString MainWindow::notSavedText()
{
    return tr("Not saved: some fields are not valid.");
}

QString MainWindow::connectedText(const QString &time, const ConnectionInfo &info)
{
    // Acronis keeps a distributor as a "partner" tenant; people know it as their account.
    if (info.tenantKind == u"partner")
        return tr("\u2714 Connected at %1. The API client belongs to \"%2\", the distributor "
                  "account at Acronis under which your service providers are created.")
                .arg(time, info.tenantName);
    return tr("\u2714 Connected at %1. The API client belongs to \"%2\", which Acronis keeps "
              "as a %3 account, not a distributor's: service providers cannot be created under "
              "it.")
            .arg(time, info.tenantName, info.tenantKind);
}

// "Products - Acronis CSP Setup": the page in front first, so that a list of windows tells them
// apart.
void MainWindow::updateTitle()
{
    QString page = m_tabs->tabText(m_tabs->currentIndex());
    page.replace(QStringLiteral("&&"), QStringLiteral("\u0001"));
    page.remove(u'&');
    page.replace(u'\u0001', u'&');
    setWindowTitle(plainWindowTitle(page + QStringLiteral("[*]")));
}

bool MainWindow::showPage(const QString &key)
{
    const qsizetype index = pageKeys().indexOf(key);
    if (index < 0)
        return false;
    m_tabs->setCurrentIndex(int(index));
    return true;
}

} // namespace csp
