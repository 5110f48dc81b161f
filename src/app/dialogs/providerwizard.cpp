#include "providerwizard.h"

#include "core/contract.h"
#include "core/money.h"
#include "productchoicetree.h"
#include "services/cataloguereader.h"
#include "services/contractservice.h"
#include "ui_providerwizardadmin.h"
#include "ui_providerwizarddetails.h"
#include "ui_providerwizarditems.h"
#include "ui_providerwizardreview.h"
#include "ui_providerwizardrun.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScreen>
#include <QSet>
#include <QSpinBox>
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

// "Deutsch – de", "Português (Brasil) – pt-BR": the language as its speakers write it, and
// Acronis' code for it.
QString languageName(const QString &code)
{
    const QLocale locale(QString(code).replace(u'-', u'_'));
    if (locale.language() == QLocale::C)
        return code;
    // A language without a region is named without one ("English", not "American English").
    QString name = !code.contains(u'-') && locale.language() == QLocale::English
            ? QStringLiteral("English")
            : locale.nativeLanguageName();
    if (code.contains(u'-') && !locale.nativeTerritoryName().isEmpty())
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name + QStringLiteral(" \u2013 ") + code;
}

} // namespace

// A page that shows the problems of the fields the admin has touched (every problem keeps
// Next disabled), a note where there is something to know, and lets the wizard decide when it
// is complete.
class ProviderWizard::Page : public QWizardPage
{
public:
    // The title, subtitle and fields come from the page's form.
    Page(ProviderWizard &wizard, int id)
        : m_wizard(wizard)
        , m_id(id)
    {
        m_problems = new QLabel(this);
        m_problems->setObjectName(QStringLiteral("pageProblems"));
        m_problems->setWordWrap(true);
        m_problems->setStyleSheet(QStringLiteral("color: palette(link);"));
        m_note = new QLabel(this);
        m_note->setObjectName(QStringLiteral("pageNote"));
        m_note->setWordWrap(true);
        m_note->hide();
    }
    QLabel *problems() const { return m_problems; }
    QLabel *note() const { return m_note; }
    void touch(ProviderField field)
    {
        m_touched.insert(int(field));
        refresh();
    }
    void refresh()
    {
        QStringList shown;
        for (const PageProblem &problem : m_wizard.problemsFor(m_id)) {
            if (!problem.field || m_touched.contains(int(*problem.field)))
                shown << problem.text;
        }
        m_problems->setText(shown.join(u'\n'));
        const QString note = m_wizard.noteOn(m_id);
        m_note->setText(note);
        m_note->setVisible(!note.isEmpty());
        emit completeChanged();
    }
    bool isComplete() const override
    {
        if (m_id == ReviewPage)
            return m_wizard.precheckPassed();
        if (m_id == RunPage)
            return m_wizard.runFinished();
        return m_wizard.problemsFor(m_id).isEmpty();
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
    QLabel *m_note = nullptr;
    QSet<int> m_touched; // ProviderField
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
    // Room for the product list without maximising the wizard, within the screen.
    resize(sizeHint()
                   .expandedTo(QSize(760, 600))
                   .boundedTo(screen()->availableGeometry().size() * 0.95));
}

ProviderWizard::~ProviderWizard() = default;

QWizardPage *ProviderWizard::buildDetails()
{
    auto *page = new Page(*this, DetailsPage);
    Ui::ProviderWizardDetails ui;
    ui.setupUi(page);
    m_instance = ui.wizardInstance;
    const auto instances = CatalogueReader(m_database).instances();
    for (const Instance &instance : instances.valueOr({}))
        m_instance->addItem(instance.systemName, instance.id);
    if (!instances)
        m_readError = instances.error().message;
    m_name = ui.wizardName;
    m_customerId = ui.wizardCustomerId;
    m_language = ui.wizardLanguage;
    for (const QString &code : ProviderRules::languages())
        m_language->addItem(languageName(code), code);
    m_language->setCurrentIndex(m_language->findData(QStringLiteral("en")));
    ui.form->addRow(page->problems());
    ui.form->addRow(page->note());
    for (const auto &[edit, field] : {std::pair{m_name, ProviderField::Name},
                                      std::pair{m_customerId, ProviderField::CustomerId}}) {
        connect(edit, &QLineEdit::textEdited, page, [page, field = field] { page->touch(field); });
        connect(edit, &QLineEdit::textChanged, page, &Page::refresh);
    }
    connect(m_instance, &QComboBox::currentIndexChanged, this, &ProviderWizard::fillItems);
    connect(m_instance, &QComboBox::currentIndexChanged, page, &Page::refresh);
    return page;
}

QWizardPage *ProviderWizard::buildItems()
{
    auto *page = new Page(*this, ItemsPage);
    Ui::ProviderWizardItems ui;
    ui.setupUi(page);
    m_defaultItems = ui.wizardDefaultItems;
    m_allItems = ui.wizardAllItems;
    m_chosenItems = ui.wizardChosenItems;
    m_items = ui.wizardItems;
    m_tier = ui.wizardTier;
    m_rampUp = ui.wizardRampUp;
    m_rampUp->setRange(0, ContractRules::MaxRampUpMonths);
    ui.layout->addWidget(page->problems());
    connect(m_chosenItems, &QRadioButton::toggled, m_items, &QWidget::setEnabled);
    connect(m_chosenItems, &QRadioButton::toggled, page,
            [page] { page->touch(ProviderField::Items); });
    connect(m_items, &QTreeWidget::itemChanged, page, &Page::refresh);
    return page;
}

QWizardPage *ProviderWizard::buildAdmin()
{
    auto *page = new Page(*this, AdminPage);
    Ui::ProviderWizardAdmin ui;
    ui.setupUi(page);
    m_adminLogin = ui.wizardAdminLogin;
    m_adminEmail = ui.wizardAdminEmail;
    ui.form->addRow(page->problems());
    for (const auto &[edit, field] : {std::pair{m_adminLogin, ProviderField::AdminLogin},
                                      std::pair{m_adminEmail, ProviderField::AdminEmail}}) {
        connect(edit, &QLineEdit::textEdited, page, [page, field = field] { page->touch(field); });
        connect(edit, &QLineEdit::textChanged, page, &Page::refresh);
    }
    return page;
}

QWizardPage *ProviderWizard::buildReview()
{
    auto *page = new Page(*this, ReviewPage);
    Ui::ProviderWizardReview ui;
    ui.setupUi(page);
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("&Provision"));
    m_plan = ui.wizardPlan;
    return page;
}

QWizardPage *ProviderWizard::buildRun()
{
    auto *page = new Page(*this, RunPage);
    Ui::ProviderWizardRun ui;
    ui.setupUi(page);
    m_log = ui.wizardLog;
    m_runResult = ui.wizardResult;
    return page;
}

void ProviderWizard::fillTiers()
{
    const QString kept = m_tier->currentData().toString();
    m_tier->clear();
    m_tier->addItem(tr("Leave as Acronis sets it"));
    const Instance chosen = instance();
    const auto tiers = ContractService(m_database).tiers(chosen.id);
    if (!tiers)
        m_readError = tiers.error().message;
    for (const ContractTier &tier : tiers.valueOr({})) {
        m_tier->addItem(ContractRules::describe(tier, chosen.primaryCurrency, QLocale()), tier.key);
    }
    m_tier->setCurrentIndex(qMax(0, m_tier->findData(kept)));
}

void ProviderWizard::fillItems()
{
    m_readError.clear();
    fillTiers();
    const CatalogueReader reader(m_database);
    const QString instanceId = m_instance->currentData().toString();
    m_knownProviders.clear();
    QList<ProductRow> products;
    if (!instanceId.isEmpty()) {
        ProductFilter filter;
        filter.instanceId = instanceId;
        const auto rows = reader.products(filter);
        const auto providers = reader.providers(instanceId);
        if (!rows || !providers) {
            m_readError = rows ? providers.error().message : rows.error().message;
            return;
        }
        m_knownProviders = *providers;
        products = *rows;
    }
    const int items = m_items->fill(products);
    m_defaultItems->setText(
            tr("The instance's active &products (%n offering item(s))", nullptr, items));
}

ProviderRequest ProviderWizard::request() const
{
    ProviderRequest request;
    request.name = m_name->text().trimmed();
    request.customerId = m_customerId->text().trimmed();
    request.language = m_language->currentData().toString();
    request.adminLogin = m_adminLogin->text().trimmed();
    request.adminEmail = m_adminEmail->text().trimmed();
    request.allItems = m_allItems->isChecked();
    if (m_chosenItems->isChecked())
        request.products = m_items->checkedProducts();
    request.rampUpMonths = m_rampUp->value();
    if (const QString tier = m_tier->currentData().toString(); !tier.isEmpty())
        request.tier = tier;
    return request;
}

Instance ProviderWizard::instance() const
{
    return CatalogueReader(m_database)
            .instance(m_instance->currentData().toString())
            .valueOr(Instance()); // no instance chosen: the details page says so
}

QList<ProviderWizard::PageProblem> ProviderWizard::problemsFor(int page) const
{
    QList<PageProblem> problems;
    if (page == DetailsPage && !m_readError.isEmpty())
        problems << PageProblem{std::nullopt, m_readError};
    if (page == DetailsPage && m_instance->currentIndex() < 0)
        problems << PageProblem{std::nullopt,
                                tr("Instance: link an Acronis account in Applications Setup "
                                   "first.")};
    const QList<ProviderField> fields = fieldsOn(page);
    const ProviderRequest asked = request();
    for (const ProviderProblem &problem : ProviderRules::check(asked)) {
        if (fields.contains(problem.field))
            problems << PageProblem{problem.field, problem.text};
    }
    if (page == ItemsPage && m_chosenItems->isChecked() && asked.products.isEmpty())
        problems << PageProblem{ProviderField::Items, tr("Items: check at least one product.")};
    if (page == DetailsPage) {
        if (const auto known = knownProvider(); known && known->progress.complete)
            problems << PageProblem{
                    ProviderField::CustomerId,
                    tr("Customer id: %1 is already provisioned as \"%2\". Change its products "
                       "or tier with Products… or Tier… on the Service Providers page.")
                            .arg(known->customerId, known->name)};
    }
    return problems;
}

QString ProviderWizard::noteOn(int page) const
{
    if (page != DetailsPage)
        return {};
    const auto known = knownProvider();
    if (!known || known->progress.complete)
        return {};
    return tr("Provisioning of %1 (\"%2\") stopped half way; this continues where it stopped, "
              "nothing is made twice.")
            .arg(known->customerId, known->name);
}

// The provider of the chosen instance with the customer id typed, if there is one.
std::optional<Provider> ProviderWizard::knownProvider() const
{
    const QString customerId = m_customerId->text().trimmed();
    if (customerId.isEmpty())
        return std::nullopt;
    for (const Provider &provider : m_knownProviders) {
        if (provider.customerId == customerId)
            return provider;
    }
    return std::nullopt;
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

// The review in business words: what was checked, what will be done; the gateway's calls last,
// for the record.
QString ProviderWizard::reviewHtml(const ProviderOutcome &outcome)
{
    QString html;
    if (!outcome.checks.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Checked:").toHtmlEscaped());
        for (const QString &check : outcome.checks)
            html += QStringLiteral("<li>\u2713 %1</li>").arg(check.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (!outcome.plan.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ol>")
                        .arg((outcome.dryRun ? tr("Provisioning will:") : tr("Done:"))
                                     .toHtmlEscaped());
        for (const PlannedCall &call : outcome.plan) {
            QString purpose = call.purpose;
            purpose[0] = purpose[0].toUpper();
            html += QStringLiteral("<li>%1%2</li>")
                            .arg(purpose.toHtmlEscaped(),
                                 call.skipped ? QStringLiteral(" <i>(%1)</i>")
                                                        .arg(tr("already done").toHtmlEscaped())
                                              : QString());
        }
        html += QStringLiteral("</ol>");
    }
    html += itemsHtml(outcome.items);
    html += QStringLiteral("<p>%1</p>")
                    .arg((outcome.ok() ? outcome.summary : outcome.error->message).toHtmlEscaped());
    if (!outcome.plan.isEmpty()) {
        html += QStringLiteral("<p><small>%1<br>").arg(tr("Calls to the gateway:").toHtmlEscaped());
        for (const PlannedCall &call : outcome.plan)
            html += call.call.toHtmlEscaped() + QStringLiteral("<br>");
        html += QStringLiteral("</small></p>");
    }
    return html;
}

// Exactly the offering items that are (or will be) enabled: a partner's storage location is a
// matter of contract and data residency, so each one is named.
QString ProviderWizard::itemsHtml(const QList<ItemOnStorage> &items)
{
    if (items.isEmpty())
        return {};
    QString html = QStringLiteral("<p><b>%1</b></p><ul>")
                           .arg(tr("Offering items to enable (%n):", nullptr, int(items.size()))
                                        .toHtmlEscaped());
    for (const ItemOnStorage &item : items) {
        const QString line = item.storage.isEmpty()
                ? item.name
                : tr("%1 \u2013 storage: %2").arg(item.name, item.storage);
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    }
    return html + QStringLiteral("</ul>");
}

void ProviderWizard::onFinished(const ProviderOutcome &outcome)
{
    m_running = false;
    if (outcome.dryRun) {
        m_precheck = outcome;
        m_plan->setHtml(reviewHtml(outcome));
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
