#include "providerspage.h"

#include "core/audit.h"

#include "changeitemsdialog.h"
#include "changetierdialog.h"
#include "core/notinvoiced.h"
#include "core/timetext.h"
#include "prompts.h"
#include "providertablemodel.h"
#include "providerwizard.h"
#include "services/cataloguereader.h"
#include "services/contractservice.h"
#include "ui_confirmcanceldialog.h"
#include "ui_providerspage.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>

namespace csp {

namespace {

// Instance, status and a search over name, customer id, admin and tenant id.
class ProviderFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString instanceId;
    QString status;
    QString text;

    void refilter() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &) const override
    {
        const QAbstractItemModel *source = sourceModel();
        const QModelIndex first = source->index(row, 0);
        if (!instanceId.isEmpty() &&
            first.data(ProviderTableModel::InstanceIdRole).toString() != instanceId)
            return false;
        if (!status.isEmpty() && first.data(ProviderTableModel::StatusKeyRole).toString() != status)
            return false;
        if (text.isEmpty())
            return true;
        for (int column : {ProviderTableModel::Name, ProviderTableModel::CustomerId,
                           ProviderTableModel::Admin, ProviderTableModel::TenantId}) {
            if (source->index(row, column).data().toString().contains(text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
};

// Asks the admin to type the provider's name before its tenant and data are deleted.
class ConfirmCancelDialog : public QDialog
{
public:
    ConfirmCancelDialog(const Provider &provider, QWidget *parent)
        : QDialog(parent)
        , m_name(provider.name)
    {
        Ui::ConfirmCancelDialog ui;
        ui.setupUi(this);
        ui.confirmText->setText(
                ProvidersPage::tr("Cancelling \"%1\" disables its tenant and then <b>deletes it "
                                  "at Acronis with all its data</b> (backups, users, "
                                  "sub-tenants). This cannot be undone.<br><br>Type the "
                                  "provider's name to confirm:")
                        .arg(provider.name.toHtmlEscaped()));
        m_typed = ui.confirmName;
        m_typed->setPlaceholderText(provider.name);
        QDialogButtonBox *buttons = ui.confirmButtons;
        m_confirm = buttons->addButton(ProvidersPage::tr("&Delete Tenant and Data"),
                                       QDialogButtonBox::DestructiveRole);
        m_confirm->setEnabled(false);
        connect(m_typed, &QLineEdit::textChanged, this,
                [this] { m_confirm->setEnabled(confirmed()); });
        connect(m_confirm, &QPushButton::clicked, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    }
    bool confirmed() const { return m_typed->text() == m_name; }

private:
    QString m_name;
    QLineEdit *m_typed = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace

ProvidersPage::ProvidersPage(std::shared_ptr<Database> database, SecretStore &secrets,
                             QNetworkAccessManager &network, QWidget *parent)
    : QWidget(parent)
    , m_database(std::move(database))
    , m_secrets(secrets)
    , m_network(network)
{
    m_service = new ProviderService(m_database, m_secrets, m_network, {}, this);
    connect(m_service, &ProviderService::progress, this,
            [this](const QString &step) { m_statusLine->setText(step); });
    connect(m_service, &ProviderService::finished, this, &ProvidersPage::onFinished);
    buildLayout();
    reload();
}

ProvidersPage::~ProvidersPage() = default;

void ProvidersPage::buildLayout()
{
    Ui::ProvidersPage ui;
    ui.setupUi(this);
    m_instanceFilter = ui.providerInstanceFilter;
    m_statusFilter = ui.providerStatusFilter;
    m_search = ui.providerSearch;
    m_count = ui.providerCount;
    m_noInstanceHint = ui.noInstanceHint;
    m_noInstanceHint->hide();
    connect(ui.goToSetupButton, &QPushButton::clicked, this, &ProvidersPage::setupRequested);
    m_newButton = ui.newProviderButton;
    m_importButton = ui.importProvidersButton;
    m_suspendButton = ui.suspendProviderButton;
    m_resumeButton = ui.resumeProviderButton;
    m_cancelButton = ui.cancelProviderButton;
    m_tierButton = ui.changeTierButton;
    m_itemsButton = ui.changeItemsButton;
    m_table = ui.providerTable;
    m_operations = ui.providerOperations;
    m_statusLine = ui.providerStatusLine;
    m_importProgress = ui.importProgress;
    m_stopButton = ui.stopImportButton;

    m_statusFilter->addItem(tr("Any status"));
    for (ProviderStatus status :
         {ProviderStatus::Active, ProviderStatus::Suspended, ProviderStatus::Cancelled})
        m_statusFilter->addItem(ProviderTableModel::statusLabel(status), providerStatusKey(status));
    connect(m_newButton, &QPushButton::clicked, this, [this] { newProvider(); });
    connect(m_importButton, &QPushButton::clicked, this, &ProvidersPage::importProviders);
    connect(m_suspendButton, &QPushButton::clicked, this, &ProvidersPage::suspendSelected);
    connect(m_resumeButton, &QPushButton::clicked, this, &ProvidersPage::resumeSelected);
    connect(m_cancelButton, &QPushButton::clicked, this, &ProvidersPage::cancelSelected);
    connect(m_tierButton, &QPushButton::clicked, this, &ProvidersPage::changeTierOfSelected);
    // The table's own menu (right click, the menu key, Shift+F10): the row of buttons is as
    // wide as a small screen allows.
    m_customerIdAction = new QAction(tr("Customer &Id…"), m_table);
    m_customerIdAction->setObjectName(QStringLiteral("customerIdAction"));
    m_customerIdAction->setToolTip(
            tr("Give the chosen provider the billing system's customer id, here and at Acronis"));
    m_table->addAction(m_customerIdAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_customerIdAction, &QAction::triggered, this,
            &ProvidersPage::editCustomerIdOfSelected);
    connect(m_itemsButton, &QPushButton::clicked, this, &ProvidersPage::changeItemsOfSelected);

    m_model = new ProviderTableModel(this);
    auto *filter = new ProviderFilter(this);
    filter->setSourceModel(m_model);
    filter->setSortCaseSensitivity(Qt::CaseInsensitive);
    filter->setSortLocaleAware(true);
    m_filter = filter;
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProviderTableModel::Name, Qt::AscendingOrder);
    m_operations->setColumnCount(4);
    m_operations->setHorizontalHeaderLabels(
            {tr("When"), tr("Operation"), tr("Outcome"), tr("What happened")});
    ui.providerSplitter->setStretchFactor(0, 3);
    ui.providerSplitter->setStretchFactor(1, 1);
    // An import reads one tier per partner: thousands of requests, shown and stoppable.
    m_importProgress->hide();
    m_stopButton->hide();
    connect(m_stopButton, &QPushButton::clicked, m_service, &ProviderService::abort);
    connect(m_service, &ProviderService::counted, this, [this](int done, int total) {
        m_importProgress->setRange(0, total);
        m_importProgress->setValue(done);
    });

    connect(m_instanceFilter, &QComboBox::currentIndexChanged, this, &ProvidersPage::applyFilters);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &ProvidersPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &ProvidersPage::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showOperations();
        updateActions();
    });
}

void ProvidersPage::fillInstanceFilter()
{
    const QString current = m_instanceFilter->currentData().toString();
    const QSignalBlocker blocker(m_instanceFilter);
    m_instanceFilter->clear();
    m_instanceFilter->addItem(tr("All instances"));
    const auto instances = CatalogueReader(m_database).instances();
    if (!instances)
        m_statusLine->setText(instances.error().message);
    for (const Instance &instance : instances.valueOr({}))
        m_instanceFilter->addItem(instance.systemName, instance.id);
    m_instanceFilter->setCurrentIndex(std::max(0, m_instanceFilter->findData(current)));
    // Without an instance every action is disabled: say why, and where to add one.
    m_noInstanceHint->setVisible(instances && instances->isEmpty());
}

void ProvidersPage::reload()
{
    const Provider *before = selected();
    const QString keep = m_selectAfterReload.isEmpty() && before ? before->id : m_selectAfterReload;
    m_selectAfterReload.clear();
    fillInstanceFilter();
    QHash<QString, QString> names;
    QHash<QString, QString> currencies;
    const CatalogueReader reader(m_database);
    const auto instances = reader.instances();
    for (const Instance &instance : instances.valueOr({})) {
        names.insert(instance.id, instance.systemName);
        currencies.insert(instance.id, instance.primaryCurrency);
    }
    auto providers = reader.providers();
    const auto tiers = ContractService(m_database).allTiers();
    for (const auto *error :
         {instances ? nullptr : &instances.error(), providers ? nullptr : &providers.error(),
          tiers ? nullptr : &tiers.error()}) {
        if (error)
            m_statusLine->setText(error->message); // never an empty list in its place
    }
    m_model->setProviders(providers ? *providers : QList<Provider>(), names, tiers.valueOr({}),
                          currencies);
    applyFilters();
    m_table->resizeColumnsToContents();
    if (const int row = m_model->rowOf(keep); row >= 0)
        m_table->setCurrentIndex(m_filter->mapFromSource(m_model->index(row, 0)));
    else if (m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, 0));
    showOperations();
    updateActions();
}

void ProvidersPage::applyFilters()
{
    auto *filter = static_cast<ProviderFilter *>(m_filter);
    filter->instanceId = m_instanceFilter->currentData().toString();
    filter->status = m_statusFilter->currentData().toString();
    filter->text = m_search->text().trimmed();
    filter->refilter();
    m_count->setText(tr("%1 of %2")
                             .arg(QLocale().toString(m_filter->rowCount()),
                                  QLocale().toString(m_model->rowCount())));
    updateActions();
}

int ProvidersPage::shownCount() const
{
    return m_filter->rowCount();
}

const Provider *ProvidersPage::selected() const
{
    if (!m_table)
        return nullptr;
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    return current.isValid() ? &m_model->provider(current.row()) : nullptr;
}

bool ProvidersPage::selectProvider(const QString &customerId)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, ProviderTableModel::CustomerId);
        if (index.data(ProviderTableModel::CustomerIdRole).toString() == customerId) {
            m_table->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

// A recorded outcome in the admin's language where it is one of the service's fixed sentences
// (the catalogue keeps what the program that did it said, e.g. the English of the command line);
// a sentence naming a provider or an amount stays as it was written.
QString ProvidersPage::detailText(const QString &detail)
{
    return QCoreApplication::translate("csp::ProviderService", detail.toUtf8().constData());
}

void ProvidersPage::showOperations()
{
    m_operations->setRowCount(0);
    const Provider *provider = selected();
    if (!provider)
        return;
    const auto operations = CatalogueReader(m_database).operations(provider->id);
    if (!operations)
        return m_statusLine->setText(operations.error().message);
    for (const ProviderOperation &operation : *operations) {
        const int row = m_operations->rowCount();
        m_operations->insertRow(row);
        const QStringList cells{
                timeText(operation.finishedAt), providerOperationLabel(operation.operation),
                operation.succeeded ? tr("Succeeded") : tr("Failed"), detailText(operation.detail)};
        for (int column = 0; column < cells.size(); ++column)
            m_operations->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_operations->resizeColumnsToContents();
}

void ProvidersPage::updateActions()
{
    const bool busy = isBusy();
    const Provider *provider = selected();
    const bool live = provider && provider->status != ProviderStatus::Cancelled;
    m_newButton->setEnabled(!busy && m_instanceFilter->count() > 1);
    m_importButton->setEnabled(!busy && filteredInstance().has_value());
    m_suspendButton->setEnabled(!busy && live && provider->status == ProviderStatus::Active);
    m_resumeButton->setEnabled(!busy && live && provider->status == ProviderStatus::Suspended);
    m_cancelButton->setEnabled(!busy && live);
    m_tierButton->setEnabled(!busy && live && provider->progress.complete);
    m_customerIdAction->setEnabled(!busy && live && !provider->tenantId.isEmpty());
    m_itemsButton->setEnabled(!busy && live && provider->progress.complete);
}

bool ProvidersPage::isBusy() const
{
    return m_service->isRunning();
}

QString ProvidersPage::statusText() const
{
    return m_statusLine->text();
}

std::optional<Instance> ProvidersPage::instanceOf(const Provider &provider)
{
    auto instance = CatalogueReader(m_database).instance(provider.instanceId);
    if (!instance) {
        Prompts::warn(this, tr("Service Providers"), instance.error().message);
        return std::nullopt;
    }
    return *instance;
}

std::optional<Instance> ProvidersPage::filteredInstance() const
{
    QString id = m_instanceFilter->currentData().toString();
    if (id.isEmpty() && m_instanceFilter->count() == 2) // "All instances" and the only one
        id = m_instanceFilter->itemData(1).toString();
    if (id.isEmpty())
        return std::nullopt;
    auto instance = CatalogueReader(m_database).instance(id);
    return instance ? std::optional<Instance>(*instance) : std::nullopt;
}

ProviderWizard *ProvidersPage::newProvider()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    const auto instance = filteredInstance();
    m_wizard = new ProviderWizard(m_database, m_secrets, m_network,
                                  instance ? instance->id : QString(), this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &ProviderWizard::providerChanged, this, [this](const QString &providerId) {
        m_selectAfterReload = providerId;
        reload();
    });
    m_wizard->show();
    return m_wizard;
}

void ProvidersPage::importProviders()
{
    const auto instance = filteredInstance();
    if (!instance || isBusy())
        return;
    m_importProgress->setRange(0, 0); // busy until the partners are counted
    m_importProgress->show();
    m_stopButton->show();
    m_service->importAll(*instance);
    updateActions();
}

void ProvidersPage::suspendSelected()
{
    const Provider *provider = selected();
    if (!provider || isBusy())
        return;
    const auto answer = Prompts::ask(
            this, tr("Suspend Service Provider"),
            tr("Suspend \"%1\"? Its tenant is disabled: its users cannot sign in and its "
               "services stop. Acronis keeps billing its usage while it is suspended.")
                    .arg(provider->name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (const auto instance = instanceOf(*provider))
        m_service->suspend(*instance, provider->customerId);
    updateActions();
}

void ProvidersPage::resumeSelected()
{
    const Provider *provider = selected();
    if (!provider || isBusy())
        return;
    if (const auto instance = instanceOf(*provider))
        m_service->resume(*instance, provider->customerId);
    updateActions();
}

void ProvidersPage::cancelSelected()
{
    const Provider *provider = selected();
    if (!provider || isBusy())
        return;
    ConfirmCancelDialog dialog(*provider, this);
    if (Prompts::exec(dialog) != QDialog::Accepted || !dialog.confirmed())
        return;
    if (const auto instance = instanceOf(*provider))
        m_service->cancel(*instance, provider->customerId);
    updateActions();
}

void ProvidersPage::changeTierOfSelected()
{
    const Provider *provider = selected();
    if (!provider || isBusy())
        return;
    const auto found = instanceOf(*provider);
    if (!found)
        return;
    const Instance &instance = *found;
    const auto tiers = ContractService(m_database).tiers(instance.id);
    if (!tiers)
        return Prompts::warn(this, tr("Change Tier"), tiers.error().message);
    ChangeTierDialog dialog(provider->name, provider->tier, *tiers, instance.primaryCurrency, this);
    if (Prompts::exec(dialog) != QDialog::Accepted)
        return;
    m_service->setTier(instance, provider->customerId, dialog.tierKey(), dialog.fromMonth());
    updateActions();
}

void ProvidersPage::editCustomerIdOfSelected()
{
    const Provider *provider = selected();
    if (!provider || isBusy())
        return;
    const auto instance = instanceOf(*provider);
    if (!instance)
        return;
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("customerIdDialog"));
    dialog.setWindowTitle(tr("Customer Id"));
    dialog.setLabelText(
            InvoiceEligibility::lacksCustomerId(*provider)
                    ? tr("\"%1\" was imported without the billing system's customer id (its "
                         "tenant id stands in), so it cannot be invoiced. Its customer id:")
                              .arg(provider->name)
                    : tr("The billing system's customer id of \"%1\":").arg(provider->name));
    if (!InvoiceEligibility::lacksCustomerId(*provider))
        dialog.setTextValue(provider->customerId);
    if (Prompts::exec(dialog) != QDialog::Accepted)
        return;
    m_service->editCustomerId(*instance, provider->customerId, dialog.textValue().trimmed());
    updateActions();
}

void ProvidersPage::changeItemsOfSelected()
{
    const Provider *provider = selected();
    if (!provider || isBusy())
        return;
    // The tenant's items are read first: the dialog shows them as they are at Acronis now.
    if (const auto instance = instanceOf(*provider))
        m_service->readItems(*instance, provider->customerId);
    updateActions();
}

void ProvidersPage::chooseItems(const ProviderOutcome &read)
{
    const Provider &provider = *read.provider;
    const auto instance = instanceOf(provider);
    if (!instance)
        return;
    ProductFilter filter;
    filter.instanceId = instance->id;
    const auto products = CatalogueReader(m_database).products(filter);
    if (!products)
        return Prompts::warn(this, tr("Change Products"), products.error().message);
    QList<ProductKey> enabled;
    for (const ItemOnStorage &item : read.items)
        enabled.append(item.key);
    ChangeItemsDialog dialog(provider.name, *products, enabled, this);
    if (Prompts::exec(dialog) != QDialog::Accepted)
        return;
    ProviderRequest request;
    request.products = dialog.checkedProducts();
    m_service->setItems(*instance, provider.customerId, request);
    updateActions();
}

void ProvidersPage::onFinished(const ProviderOutcome &outcome)
{
    m_importProgress->hide();
    m_stopButton->hide();
    if (outcome.operation == u"read-items" && outcome.ok() && outcome.provider) {
        m_statusLine->setText(outcome.summary);
        return chooseItems(outcome);
    }
    m_statusLine->setText(outcome.ok() ? outcome.summary : outcome.error->message);
    if (outcome.provider)
        m_selectAfterReload = outcome.provider->id;
    reload();
    if (!outcome.ok() && outcome.error->kind != ErrorKind::Cancelled) // a stop is no surprise
        Prompts::warn(this, tr("Service Providers"), outcome.error->message);
    emit operationFinished(outcome);
}

} // namespace csp
