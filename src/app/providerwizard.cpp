#include "providerwizard.h"

#include "core/money.h"
#include "services/contractservice.h"
#include "storage/instancerepository.h"
#include "storage/productrepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSet>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace csp {

namespace {

QList<ProviderField> fieldsOn(int page)
{
    switch (page) {
    case ProviderWizard::DetailsPage:
        return {ProviderField::Name, ProviderField::CustomerId, ProviderField::Language};
    case ProviderWizard::ItemsPage:
        return {ProviderField::Items};
    case ProviderWizard::AdminPage:
        return {ProviderField::AdminLogin, ProviderField::AdminEmail};
    }
    return {};
}

} // namespace

// A page that shows the problems of its fields and lets the wizard decide when it is complete.
class ProviderWizard::Page : public QWizardPage
{
public:
    Page(ProviderWizard &wizard, int id, const QString &title, const QString &subTitle)
        : m_wizard(wizard)
        , m_id(id)
    {
        setTitle(title);
        setSubTitle(subTitle);
        m_problems = new QLabel(this);
        m_problems->setObjectName(QStringLiteral("pageProblems"));
        m_problems->setWordWrap(true);
        m_problems->setStyleSheet(QStringLiteral("color: palette(link);"));
    }
    QLabel *problems() const { return m_problems; }
    void refresh()
    {
        m_problems->setText(m_wizard.problemsOn(m_id).join(u'\n'));
        emit completeChanged();
    }
    bool isComplete() const override
    {
        if (m_id == ReviewPage)
            return m_wizard.precheckPassed();
        if (m_id == RunPage)
            return m_wizard.runFinished();
        return m_wizard.problemsOn(m_id).isEmpty();
    }
    void initializePage() override
    {
        if (m_id == ReviewPage)
            m_wizard.startPrecheck();
        if (m_id == RunPage)
            m_wizard.startRun();
        refresh();
    }

private:
    ProviderWizard &m_wizard;
    int m_id;
    QLabel *m_problems = nullptr;
};

ProviderWizard::ProviderWizard(std::shared_ptr<Database> database, SecretStore &secrets,
                               QNetworkAccessManager &network, const QString &instanceId,
                               QWidget *parent)
    : QWizard(parent)
    , m_database(std::move(database))
{
    setWindowTitle(tr("New Service Provider"));
    setObjectName(QStringLiteral("providerWizard"));
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_service = new ProviderService(m_database, secrets, network, {}, this);
    connect(m_service, &ProviderService::progress, this,
            [this](const QString &step) { m_log->appendPlainText(step); });
    connect(m_service, &ProviderService::finished, this, &ProviderWizard::onFinished);
    setPage(DetailsPage, buildDetails());
    setPage(ItemsPage, buildItems());
    setPage(AdminPage, buildAdmin());
    setPage(ReviewPage, buildReview());
    setPage(RunPage, buildRun());
    if (const int index = m_instance->findData(instanceId); index >= 0)
        m_instance->setCurrentIndex(index);
    fillItems();
}

ProviderWizard::~ProviderWizard() = default;

QWizardPage *ProviderWizard::buildDetails()
{
    auto *page = new Page(*this, DetailsPage, tr("Details"),
                          tr("The tenant is created under the distributor of the instance. The "
                             "customer id is the billing system's account id: it makes running "
                             "this again safe."));
    auto *form = new QFormLayout(page);
    m_instance = new QComboBox(page);
    m_instance->setObjectName(QStringLiteral("wizardInstance"));
    for (const Instance &instance : InstanceRepository(m_database).list().valueOr({}))
        m_instance->addItem(instance.systemName, instance.id);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("wizardName"));
    m_customerId = new QLineEdit(page);
    m_customerId->setObjectName(QStringLiteral("wizardCustomerId"));
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("wizardLanguage"));
    m_language->addItems(ProviderRules::languages());
    m_language->setCurrentText(QStringLiteral("en"));
    form->addRow(tr("&Instance:"), m_instance);
    form->addRow(tr("N&ame:"), m_name);
    form->addRow(tr("&Customer id:"), m_customerId);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(page->problems());
    for (QLineEdit *edit : {m_name, m_customerId})
        connect(edit, &QLineEdit::textChanged, page, &Page::refresh);
    connect(m_instance, &QComboBox::currentIndexChanged, this, &ProviderWizard::fillItems);
    return page;
}

QWizardPage *ProviderWizard::buildItems()
{
    auto *page = new Page(*this, ItemsPage, tr("Products and tier"),
                          tr("The offering items enabled on the tenant, and its commitment "
                             "tier."));
    auto *layout = new QVBoxLayout(page);
    m_defaultItems = new QRadioButton(page);
    m_defaultItems->setChecked(true);
    m_allItems =
            new QRadioButton(tr("&Every item the distributor may give to service providers"), page);
    m_chosenItems = new QRadioButton(tr("Only the items &checked below:"), page);
    m_items = new QListWidget(page);
    m_items->setObjectName(QStringLiteral("wizardItems"));
    m_items->setEnabled(false);
    m_tier = new QComboBox(page);
    m_tier->setObjectName(QStringLiteral("wizardTier"));

    for (QWidget *widget :
         {static_cast<QWidget *>(m_defaultItems), static_cast<QWidget *>(m_allItems),
          static_cast<QWidget *>(m_chosenItems), static_cast<QWidget *>(m_items)})
        layout->addWidget(widget);
    auto *tierRow = new QFormLayout;
    tierRow->addRow(tr("Commitment &tier:"), m_tier);
    layout->addLayout(tierRow);
    layout->addWidget(page->problems());
    connect(m_chosenItems, &QRadioButton::toggled, m_items, &QWidget::setEnabled);
    connect(m_chosenItems, &QRadioButton::toggled, page, &Page::refresh);
    connect(m_items, &QListWidget::itemChanged, page, &Page::refresh);
    return page;
}

QWizardPage *ProviderWizard::buildAdmin()
{
    auto *page = new Page(*this, AdminPage, tr("First administrator"),
                          tr("A partner administrator of the new tenant; Acronis sends the "
                             "activation e-mail."));
    auto *form = new QFormLayout(page);
    m_adminLogin = new QLineEdit(page);
    m_adminLogin->setObjectName(QStringLiteral("wizardAdminLogin"));
    m_adminEmail = new QLineEdit(page);
    m_adminEmail->setObjectName(QStringLiteral("wizardAdminEmail"));
    form->addRow(tr("Lo&gin:"), m_adminLogin);
    form->addRow(tr("&E-mail:"), m_adminEmail);
    form->addRow(page->problems());
    for (QLineEdit *edit : {m_adminLogin, m_adminEmail})
        connect(edit, &QLineEdit::textChanged, page, &Page::refresh);
    return page;
}

QWizardPage *ProviderWizard::buildReview()
{
    auto *page = new Page(*this, ReviewPage, tr("Review"),
                          tr("Every check that changes nothing, and the calls that provisioning "
                             "will make."));
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("&Provision"));
    auto *layout = new QVBoxLayout(page);
    m_plan = new QTextBrowser(page);
    m_plan->setObjectName(QStringLiteral("wizardPlan"));
    layout->addWidget(m_plan);
    return page;
}

QWizardPage *ProviderWizard::buildRun()
{
    auto *page = new Page(*this, RunPage, tr("Provisioning"),
                          tr("Each step is recorded as it is done; if one fails, running New "
                             "Service Provider again with the same customer id continues from "
                             "there."));
    auto *layout = new QVBoxLayout(page);
    m_log = new QPlainTextEdit(page);
    m_log->setObjectName(QStringLiteral("wizardLog"));
    m_log->setReadOnly(true);
    m_runResult = new QLabel(page);
    m_runResult->setObjectName(QStringLiteral("wizardResult"));
    m_runResult->setWordWrap(true);
    layout->addWidget(m_log);
    layout->addWidget(m_runResult);
    return page;
}

void ProviderWizard::fillTiers()
{
    const QString kept = m_tier->currentData().toString();
    m_tier->clear();
    m_tier->addItem(tr("Leave as Acronis sets it"));
    const Instance chosen = instance();
    for (const ContractTier &tier : ContractService(m_database).tiers(chosen.id).valueOr({})) {
        const QString label = tier.minimumCommitment.isZero()
                ? ContractRules::displayName(tier)
                : tr("%1 \u2013 at least %2 a month")
                          .arg(ContractRules::displayName(tier),
                               moneyWithCurrency(tier.minimumCommitment, chosen.primaryCurrency,
                                                 QLocale()));
        m_tier->addItem(label, tier.key);
    }
    m_tier->setCurrentIndex(qMax(0, m_tier->findData(kept)));
}

void ProviderWizard::fillItems()
{
    fillTiers();
    ProductFilter filter;
    filter.instanceId = m_instance->currentData().toString();
    QStringList names;
    QSet<QString> seen;
    if (!filter.instanceId.isEmpty()) {
        for (const ProductRow &row : ProductRepository(m_database).list(filter).valueOr({})) {
            if (!seen.contains(row.product.key.offeringItem)) {
                seen.insert(row.product.key.offeringItem);
                names.append(row.product.key.offeringItem);
            }
        }
    }
    m_defaultItems->setText(
            tr("The instance's active &products (%1 offering items)").arg(names.size()));
    const QSignalBlocker blocker(m_items);
    m_items->clear();
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(name, m_items);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

ProviderRequest ProviderWizard::request() const
{
    ProviderRequest request;
    request.name = m_name->text().trimmed();
    request.customerId = m_customerId->text().trimmed();
    request.language = m_language->currentText();
    request.adminLogin = m_adminLogin->text().trimmed();
    request.adminEmail = m_adminEmail->text().trimmed();
    request.allItems = m_allItems->isChecked();
    if (m_chosenItems->isChecked()) {
        for (int row = 0; row < m_items->count(); ++row) {
            if (m_items->item(row)->checkState() == Qt::Checked)
                request.items.append(m_items->item(row)->text());
        }
    }
    if (const QString tier = m_tier->currentData().toString(); !tier.isEmpty())
        request.tier = tier;
    return request;
}

Instance ProviderWizard::instance() const
{
    return InstanceRepository(m_database)
            .findById(m_instance->currentData().toString())
            .valueOr(Instance());
}

QStringList ProviderWizard::problemsOn(int page) const
{
    QStringList texts;
    if (page == DetailsPage && m_instance->currentIndex() < 0)
        texts << tr("Instance: link an Acronis account in Applications Setup first.");
    const QList<ProviderField> fields = fieldsOn(page);
    for (const ProviderProblem &problem : ProviderRules::check(request())) {
        if (fields.contains(problem.field))
            texts << problem.text;
    }
    if (page == ItemsPage && m_chosenItems->isChecked() && request().items.isEmpty())
        texts << tr("Items: check at least one item.");
    return texts;
}

void ProviderWizard::startPrecheck()
{
    m_precheck.reset();
    m_plan->setPlainText(tr("Checking…"));
    m_running = true;
    m_service->create(instance(), request(), true);
}

void ProviderWizard::startRun()
{
    m_run.reset();
    m_log->clear();
    m_running = true;
    m_service->create(instance(), request(), false);
}

QString ProviderWizard::planText() const
{
    return m_plan->toPlainText();
}

QString ProviderWizard::logText() const
{
    return m_log->toPlainText() + u'\n' + m_runResult->text();
}

void ProviderWizard::onFinished(const ProviderOutcome &outcome)
{
    m_running = false;
    QString text;
    for (const QString &check : outcome.checks)
        text += QStringLiteral("\u2713 ") + check + u'\n';
    if (!outcome.plan.isEmpty())
        text += u'\n' + (outcome.dryRun ? tr("Calls to make:") : tr("Calls:")) + u'\n';
    for (const PlannedCall &call : outcome.plan)
        text += QStringLiteral("%1 %2 \u2014 %3\n")
                        .arg(call.skipped ? tr("(done)") : QStringLiteral("\u2022"), call.call,
                             call.purpose);
    text += u'\n' + (outcome.ok() ? outcome.summary : outcome.error->message);
    if (outcome.dryRun) {
        m_precheck = outcome;
        m_plan->setPlainText(text);
        emit precheckFinished(outcome);
    } else {
        m_run = outcome;
        m_runResult->setText(outcome.ok() ? outcome.summary : outcome.error->message);
        if (outcome.provider && !outcome.provider->id.isEmpty())
            emit providerChanged(outcome.provider->id);
        emit runCompleted(outcome);
    }
    if (auto *page = dynamic_cast<Page *>(currentPage()))
        page->refresh();
}

} // namespace csp
