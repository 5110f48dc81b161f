#include "core/waitfor.h"
#include "fakeacronis/fakeacronis.h"
#include "fakesecretstore.h"
#include "mainwindow.h"
#include "productchoicetree.h"
#include "productspage.h"
#include "prompts.h"
#include "providerspage.h"
#include "providertablemodel.h"
#include "providerwizard.h"
#include "services/contractservice.h"
#include "services/syncjob.h"
#include "storage/instancerepository.h"
#include "storage/providerrepository.h"
#include "syncedinstance.h"
#include "usagepage.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace csp;
using csp::test::FakeAcronis;
using csp::test::FakeSecretStore;

namespace {
const QString distributorId = csp::test::DistributorId;

// The mnemonic letter of a text with "&x", or a null QChar.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == u'&') {
            if (text[i + 1] == u'&') {
                ++i;
                continue;
            }
            return text[i + 1].toLower();
        }
    }
    return {};
}
} // namespace

class TestProvidersPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelPassesTheTester();
    void wizardValidatesEachPageThenProvisions();
    void wizardShowsAConflictAtTheReview();
    void wizardKnowsACustomerIdOnTheFirstPage();
    void suspendedAndCancelledLookApart();
    void readErrorsAreShownNotEmptyLists();
    void historyAndPricingModeInGerman();
    void suspendResumeAndOperations();
    void cancelNeedsTheTypedName();
    void importAndFilters();
    void importShowsHowFarItIsAndCanBeStopped();
    void wizardEnablesExactlyTheTickedStorage();
    void noInstanceSaysWhereToAddOne();
    void mnemonicsAreUniqueInEveryLanguage_data();
    void mnemonicsAreUniqueInEveryLanguage();

private:
    ProviderWizard *fillWizard(const QString &name, const QString &customerId);
    // A provider of the instance stored directly (its tenant id is "t-" and the customer id);
    // returns its id.
    QString storeProvider(const QString &customerId, const QString &name,
                          ProviderStatus status = ProviderStatus::Active, bool complete = true,
                          const QString &pricingMode = {});
    ProviderOutcome waitForOperation();
    QAbstractButton *button(QWizard::WizardButton which) const { return m_wizard->button(which); }

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<FakeAcronis> m_fake;
    FakeSecretStore m_secrets;
    QNetworkAccessManager m_network;
    Instance m_instance;
    std::unique_ptr<ProvidersPage> m_page;
    QPointer<ProviderWizard> m_wizard;
    int m_counter = 0;
};

void TestProvidersPage::initTestCase()
{
    Prompts::setQuiet(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestProvidersPage::init()
{
    auto db =
            Database::open(m_dir.filePath(QStringLiteral("g%1/catalogue.sqlite").arg(++m_counter)));
    QVERIFY(db);
    m_db = *db;
    m_fake = std::make_unique<FakeAcronis>();
    QVERIFY(csp::test::startSampleFake(*m_fake));
    m_secrets = FakeSecretStore();
    m_instance = csp::test::addSyncedInstance(m_db, *m_fake, m_secrets, m_network);
    QVERIFY(!m_instance.id.isEmpty());
    m_page = std::make_unique<ProvidersPage>(m_db, m_secrets, m_network);
    m_page->resize(1000, 600);
    m_page->show();
}

void TestProvidersPage::cleanup()
{
    if (m_wizard)
        delete m_wizard;
    m_page.reset();
}

ProviderOutcome TestProvidersPage::waitForOperation()
{
    QSignalSpy finished(m_page.get(), &ProvidersPage::operationFinished);
    if (!finished.wait(10000))
        return {};
    return finished.first().first().value<ProviderOutcome>();
}

QString TestProvidersPage::storeProvider(const QString &customerId, const QString &name,
                                         ProviderStatus status, bool complete,
                                         const QString &pricingMode)
{
    Provider provider;
    provider.instanceId = m_instance.id;
    provider.tenantId = QStringLiteral("t-") + customerId;
    provider.customerId = customerId;
    provider.name = name;
    provider.status = status;
    provider.pricingMode = pricingMode;
    provider.progress.complete = complete;
    if (!ProviderRepository(m_db).save(provider))
        return {};
    const auto stored = ProviderRepository(m_db).find(m_instance.id, customerId);
    return stored && *stored ? (*stored)->id : QString();
}

ProviderWizard *TestProvidersPage::fillWizard(const QString &name, const QString &customerId)
{
    m_wizard = m_page->newProvider();
    QTest::keyClicks(m_wizard->findChild<QLineEdit *>(QStringLiteral("wizardName")), name);
    QTest::keyClicks(m_wizard->findChild<QLineEdit *>(QStringLiteral("wizardCustomerId")),
                     customerId);
    m_wizard->next();
    m_wizard->findChild<QComboBox *>(QStringLiteral("wizardTier"))->setCurrentIndex(3); // Tier 2
    m_wizard->next();
    QTest::keyClicks(m_wizard->findChild<QLineEdit *>(QStringLiteral("wizardAdminLogin")),
                     QStringLiteral("heroes-admin"));
    QTest::keyClicks(m_wizard->findChild<QLineEdit *>(QStringLiteral("wizardAdminEmail")),
                     QStringLiteral("admin@heroes.example"));
    return m_wizard;
}

void TestProvidersPage::modelPassesTheTester()
{
    m_fake->addPartners(distributorId, 4);
    ProviderRepository repository(m_db);
    for (int i = 1; i <= 3; ++i) {
        Provider provider;
        provider.instanceId = m_instance.id;
        provider.customerId = QStringLiteral("ERP-%1").arg(i);
        provider.name = QStringLiteral("Partner %1").arg(i);
        provider.status = i == 2 ? ProviderStatus::Suspended : ProviderStatus::Active;
        provider.progress.complete = i != 3;
        QVERIFY(repository.save(provider));
    }
    QAbstractItemModelTester tester(m_page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->reload();
    QCOMPARE(m_page->model()->rowCount(), 3);
    const QModelIndex incomplete = m_page->model()->index(2, ProviderTableModel::Status);
    QCOMPARE(incomplete.data().toString(), u"Active (incomplete)");
    QVERIFY(incomplete.data(Qt::ToolTipRole).toString().contains(u"continue"));
}

void TestProvidersPage::wizardValidatesEachPageThenProvisions()
{
    TierChange three;
    three.key = QStringLiteral("3");
    three.commitment = QStringLiteral("500");
    QVERIFY(ContractService(m_db).setTier(m_instance, three));
    m_page->reload();
    m_wizard = m_page->newProvider();
    QCOMPARE(m_wizard->findChild<QComboBox *>(QStringLiteral("wizardInstance"))->currentText(),
             u"EU");
    QVERIFY(!button(QWizard::NextButton)->isEnabled());
    auto *problems = m_wizard->currentPage()->findChild<QLabel *>(QStringLiteral("pageProblems"));
    QCOMPARE(problems->text(), QString()); // nothing is wrong before anything is typed
    QTest::keyClicks(m_wizard->findChild<QLineEdit *>(QStringLiteral("wizardName")),
                     QStringLiteral("Backup Heroes GmbH"));
    QVERIFY(!button(QWizard::NextButton)->isEnabled());
    QVERIFY2(!problems->text().contains(u"Customer id:"), qPrintable(problems->text()));
    auto *customerId = m_wizard->findChild<QLineEdit *>(QStringLiteral("wizardCustomerId"));
    QTest::keyClicks(customerId, QStringLiteral("E"));
    QTest::keyClick(customerId, Qt::Key_Backspace);
    QVERIFY2(problems->text().contains(u"Customer id:"), qPrintable(problems->text()));
    // Languages by name, sent as Acronis' code.
    auto *language = m_wizard->findChild<QComboBox *>(QStringLiteral("wizardLanguage"));
    QCOMPARE(language->currentText(), u"English \u2013 en");
    language->setCurrentIndex(language->findData(QStringLiteral("pt-BR")));
    QCOMPARE(language->currentText(), u"Portugu\u00eas (Brasil) \u2013 pt-BR");
    QCOMPARE(m_wizard->request().language, u"pt-BR");
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    QCOMPARE(language->currentText(), u"Deutsch \u2013 de");
    QTest::keyClicks(customerId, QStringLiteral("ERP-1001"));
    QVERIFY(button(QWizard::NextButton)->isEnabled());
    m_wizard->next();

    // Items: "only checked" needs at least one checked item.
    const auto radios = m_wizard->currentPage()->findChildren<QRadioButton *>();
    QCOMPARE(radios.size(), 3);
    QVERIFY(radios[0]->text().contains(u"13 offering item")); // 13 products, 13 item names
    radios[2]->setChecked(true);
    QVERIFY(!button(QWizard::NextButton)->isEnabled());
    auto *items = m_wizard->findChild<QTreeWidget *>(QStringLiteral("wizardItems"));
    // Product names under their applications, the offering item beside each.
    QVERIFY(items->topLevelItemCount() >= 1);
    const auto storage =
            items->findItems(QStringLiteral("pw_base_storage"),
                             Qt::MatchExactly | Qt::MatchRecursive, ProductChoiceTree::ItemColumn);
    QCOMPARE(storage.size(), 1);
    QVERIFY(storage.first()->parent());
    QCOMPARE(storage.first()->parent()->text(0), u"Protection");
    QVERIFY2(storage.first()->text(0).contains(u"Protection"),
             qPrintable(storage.first()->text(0)));
    QVERIFY(!storage.first()->text(0).contains(u"pw_base"));
    storage.first()->setCheckState(0, Qt::Checked);
    QCOMPARE(storage.first()->parent()->checkState(0), Qt::PartiallyChecked);
    QVERIFY(button(QWizard::NextButton)->isEnabled());
    auto *tiers = m_wizard->findChild<QComboBox *>(QStringLiteral("wizardTier"));
    QCOMPARE(tiers->itemText(3), u"Tier 2"); // no commitment entered yet
    QCOMPARE(tiers->itemText(4), u"Tier 3 \u2013 at least 500.00\u00a0EUR a month");
    tiers->setCurrentIndex(4);
    m_wizard->next();

    QTest::keyClicks(m_wizard->findChild<QLineEdit *>(QStringLiteral("wizardAdminLogin")),
                     QStringLiteral("heroes-admin"));
    QTest::keyClicks(m_wizard->findChild<QLineEdit *>(QStringLiteral("wizardAdminEmail")),
                     QStringLiteral("admin@heroes"));
    QVERIFY(!button(QWizard::NextButton)->isEnabled());
    QTest::keyClicks(m_wizard->findChild<QLineEdit *>(QStringLiteral("wizardAdminEmail")),
                     QStringLiteral(".example"));
    QVERIFY(button(QWizard::NextButton)->isEnabled());

    QSignalSpy checked(m_wizard.data(), &ProviderWizard::precheckFinished);
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(ProviderWizard::ReviewPage));
    QVERIFY(!button(QWizard::CommitButton)->isEnabled());
    QVERIFY(checked.wait(10000));
    QVERIFY(button(QWizard::CommitButton)->isEnabled());
    // In business words first, the gateway's calls last, for the record.
    const QString plan = m_wizard->planText();
    QVERIFY2(plan.contains(u"Set the commitment tier to Tier 3, a minimum commitment of "
                           u"500.00 EUR a month"), // (the plain text has no no-break spaces)
             qPrintable(plan));
    QVERIFY(!plan.contains(u"(value 2)"));
    QVERIFY(plan.indexOf(u"POST /api/2/tenants") > plan.indexOf(u"Set the commitment tier"));
    QCOMPARE(m_wizard->request().products.size(), 1);
    QCOMPARE(m_wizard->request().products.first().offeringItem, u"pw_base_storage");
    QCOMPARE(m_fake->count(QStringLiteral("POST /api/2/tenants")), 0);

    QSignalSpy ran(m_wizard.data(), &ProviderWizard::runCompleted);
    m_wizard->next();
    QVERIFY(ran.wait(10000));
    const auto outcome = ran.first().first().value<ProviderOutcome>();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->message : QString()));
    QVERIFY(button(QWizard::FinishButton)->isEnabled());
    QVERIFY(m_wizard->logText().contains(u"Creating the partner tenant"));
    const QList<QJsonObject> tenants = m_fake->tenantsWithCustomerId(QStringLiteral("ERP-1001"));
    QCOMPARE(tenants.size(), 1);
    const QString tenantId = tenants.first().value(u"id").toString();
    QCOMPARE(m_fake->enabledItems(tenantId).size(), 1);
    QCOMPARE(m_fake->tierLevel(tenantId), 2);
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->index(0, ProviderTableModel::Status).data().toString(), u"Active");
    QCOMPARE(m_page->model()->index(0, ProviderTableModel::Tier).data().toString(),
             u"Tier 3 (500.00\u00a0EUR a month)");
}

void TestProvidersPage::wizardShowsAConflictAtTheReview()
{
    m_fake->addUser(distributorId, QStringLiteral("heroes-admin"));
    fillWizard(QStringLiteral("Backup Heroes GmbH"), QStringLiteral("ERP-1001"));
    QSignalSpy checked(m_wizard.data(), &ProviderWizard::precheckFinished);
    m_wizard->next();
    QVERIFY(checked.wait(10000));
    QVERIFY(!button(QWizard::CommitButton)->isEnabled());
    QVERIFY(m_wizard->planText().contains(u"Admin login: \"heroes-admin\" is taken"));
    m_wizard->back();
    QLineEdit *login = m_wizard->findChild<QLineEdit *>(QStringLiteral("wizardAdminLogin"));
    login->clear();
    QTest::keyClicks(login, QStringLiteral("heroes-owner"));
    m_wizard->next();
    QVERIFY(checked.wait(10000));
    QVERIFY(button(QWizard::CommitButton)->isEnabled());
}

void TestProvidersPage::wizardKnowsACustomerIdOnTheFirstPage()
{
    QVERIFY(!storeProvider(QStringLiteral("ERP-7"), QStringLiteral("Done GmbH")).isEmpty());
    QVERIFY(!storeProvider(QStringLiteral("ERP-8"), QStringLiteral("Half AG"),
                           ProviderStatus::Active, false)
                     .isEmpty());
    m_wizard = m_page->newProvider();
    QTest::keyClicks(m_wizard->findChild<QLineEdit *>(QStringLiteral("wizardName")),
                     QStringLiteral("Someone"));
    auto *customerId = m_wizard->findChild<QLineEdit *>(QStringLiteral("wizardCustomerId"));
    QTest::keyClicks(customerId, QStringLiteral("ERP-7"));
    auto *problems = m_wizard->currentPage()->findChild<QLabel *>(QStringLiteral("pageProblems"));
    QVERIFY2(problems->text().contains(u"already provisioned as \"Done GmbH\""),
             qPrintable(problems->text()));
    QVERIFY(!button(QWizard::NextButton)->isEnabled());
    customerId->clear();
    QTest::keyClicks(customerId, QStringLiteral("ERP-8"));
    QCOMPARE(problems->text(), QString());
    auto *note = m_wizard->currentPage()->findChild<QLabel *>(QStringLiteral("pageNote"));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(u"stopped half way") && note->text().contains(u"Half AG"),
             qPrintable(note->text()));
    QVERIFY(button(QWizard::NextButton)->isEnabled()); // a half-done one continues
}

void TestProvidersPage::suspendedAndCancelledLookApart()
{
    const QList<std::pair<QString, ProviderStatus>> rows{
            {QStringLiteral("A"), ProviderStatus::Active},
            {QStringLiteral("S"), ProviderStatus::Suspended},
            {QStringLiteral("C"), ProviderStatus::Cancelled}};
    for (const auto &[name, status] : rows)
        QVERIFY(!storeProvider(QStringLiteral("ERP-") + name, name, status).isEmpty());
    m_page->reload();
    const auto styleOf = [this](const QString &name) {
        const auto *model = m_page->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, ProviderTableModel::Name);
            if (index.data().toString() == name)
                return std::pair{index.data(Qt::ForegroundRole), index.data(Qt::FontRole)};
        }
        return std::pair{QVariant(), QVariant()};
    };
    QVERIFY(styleOf(QStringLiteral("A")).first.isNull());
    QVERIFY(styleOf(QStringLiteral("S")).first.isValid());
    QVERIFY(styleOf(QStringLiteral("S")).second.value<QFont>().italic());
    QVERIFY(!styleOf(QStringLiteral("S")).second.value<QFont>().strikeOut());
    QVERIFY(styleOf(QStringLiteral("C")).second.value<QFont>().strikeOut());
}

void TestProvidersPage::readErrorsAreShownNotEmptyLists()
{
    // The catalogue loses a table under the window (a damaged or foreign database): each page
    // says what it could not read instead of showing nothing.
    QSqlQuery breaking(m_db->connection());
    QVERIFY(breaking.exec(QStringLiteral("ALTER TABLE providers RENAME TO providers_gone")));
    m_page->reload();
    QVERIFY2(m_page->statusText().contains(u"providers"), qPrintable(m_page->statusText()));
    UsagePage usage(m_db, m_secrets, m_network);
    auto *usageStatus = usage.findChild<QLabel *>(QStringLiteral("usageStatusLine"));
    QVERIFY2(usageStatus->text().contains(u"no such table"), qPrintable(usageStatus->text()));
    QVERIFY(breaking.exec(QStringLiteral("ALTER TABLE providers_gone RENAME TO providers")));
    QVERIFY(breaking.exec(QStringLiteral("ALTER TABLE instances RENAME TO instances_gone")));
    ProductsPage products(m_db);
    products.show();
    auto *notice = products.findChild<QLabel *>(QStringLiteral("productNotice"));
    QTRY_VERIFY2(notice->text().contains(u"no such table"), qPrintable(notice->text()));
    QVERIFY(breaking.exec(QStringLiteral("ALTER TABLE instances_gone RENAME TO instances")));
}

void TestProvidersPage::historyAndPricingModeInGerman()
{
    // Imported by the command line, in English; read in a German window.
    const QString id = storeProvider(QStringLiteral("ERP-9"), QStringLiteral("Importiert GmbH"),
                                     ProviderStatus::Active, true, QStringLiteral("production"));
    QVERIFY(!id.isEmpty());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(ProviderRepository(m_db).record(
            {id, QStringLiteral("import"), now, now, true,
             QStringLiteral("Imported from the tenant at Acronis.")}));
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/acronis_csp_de")));
    QCoreApplication::installTranslator(&german);
    auto restore = qScopeGuard([&german] { QCoreApplication::removeTranslator(&german); });
    ProvidersPage page(m_db, m_secrets, m_network);
    QVERIFY(page.selectProvider(QStringLiteral("ERP-9")));
    auto *operations = page.findChild<QTableWidget *>(QStringLiteral("providerOperations"));
    QCOMPARE(operations->rowCount(), 1);
    QCOMPARE(operations->item(0, 1)->text(), u"Importiert");
    QVERIFY2(!operations->item(0, 3)->text().startsWith(u"Imported"),
             qPrintable(operations->item(0, 3)->text()));
    const int row = page.model()->rowOf(id);
    QCOMPARE(page.model()->index(row, ProviderTableModel::PricingMode).data().toString(),
             u"Produktion");
}

void TestProvidersPage::suspendResumeAndOperations()
{
    fillWizard(QStringLiteral("Backup Heroes GmbH"), QStringLiteral("ERP-1001"));
    QSignalSpy checked(m_wizard.data(), &ProviderWizard::precheckFinished);
    m_wizard->next();
    QVERIFY(checked.wait(10000));
    QSignalSpy ran(m_wizard.data(), &ProviderWizard::runCompleted);
    m_wizard->next();
    QVERIFY(ran.wait(10000));
    const QString tenantId = m_fake->tenantsWithCustomerId(QStringLiteral("ERP-1001"))
                                     .first()
                                     .value(u"id")
                                     .toString();

    QVERIFY(m_page->selectProvider(QStringLiteral("ERP-1001")));
    Prompts::answerNextWith(QMessageBox::Yes);
    m_page->suspendSelected();
    QVERIFY(m_page->isBusy());
    const ProviderOutcome suspended = waitForOperation();
    QVERIFY(suspended.ok());
    QCOMPARE(m_fake->tenant(tenantId).value(u"enabled").toBool(), false);
    QVERIFY(m_page->statusText().contains(u"suspended"));
    QCOMPARE(m_page->model()->index(0, ProviderTableModel::Status).data().toString(), u"Suspended");
    auto *operations = m_page->findChild<QTableWidget *>(QStringLiteral("providerOperations"));
    QCOMPARE(operations->rowCount(), 2);
    QCOMPARE(operations->item(0, 1)->text(), u"Suspended");

    Prompts::answerNextWith(QMessageBox::Cancel);
    m_page->resumeSelected(); // resume does not ask
    QVERIFY(waitForOperation().ok());
    QCOMPARE(m_fake->tenant(tenantId).value(u"enabled").toBool(), true);
    Prompts::answerNextWith(QMessageBox::NoButton);

    // The tier chosen in the wizard (Tier 2) changes to Tier 3 from this month on.
    auto *tierButton = m_page->findChild<QPushButton *>(QStringLiteral("changeTierButton"));
    QVERIFY(tierButton->isEnabled());
    QCOMPARE(m_fake->tierLevel(tenantId), 1); // Tier 2's level value
    QStringList offered;
    Prompts::fillNextDialog([&offered](QDialog &dialog) {
        auto *tier = dialog.findChild<QComboBox *>(QStringLiteral("changeTierTier"));
        for (int i = 0; i < tier->count(); ++i)
            offered << tier->itemText(i);
        tier->setCurrentIndex(tier->findData(QStringLiteral("3")));
    });
    Prompts::answerNextWith(QMessageBox::Ok);
    m_page->changeTierOfSelected();
    const ProviderOutcome changed = waitForOperation();
    QVERIFY2(changed.ok(), qPrintable(changed.error ? changed.error->message : QString()));
    QVERIFY2(offered.contains(u"Tier 2") && offered.contains(u"Tier 3"),
             qPrintable(offered.join(u'|')));
    QCOMPARE(m_fake->tierLevel(tenantId), 2); // Tier 3's level value
    QCOMPARE(m_page->model()->index(0, ProviderTableModel::Tier).data().toString().left(6),
             u"Tier 3");

    // The products: the dialog shows what is enabled at Acronis (the instance's 13 active
    // products, from the wizard); all but two are unchecked and disabled there.
    QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("changeItemsButton"))->isEnabled());
    QList<ProductKey> shownChecked;
    Prompts::fillNextDialog([&shownChecked](QDialog &dialog) {
        auto *tree = dialog.findChild<ProductChoiceTree *>(QStringLiteral("changeItemsTree"));
        shownChecked = tree->checkedProducts();
        QList<ProductKey> two;
        for (const ProductKey &key : std::as_const(shownChecked)) {
            if (key.offeringItem == u"pw_base_servers" || key.offeringItem == u"pw_base_storage")
                two.append(key);
        }
        tree->setCheckedProducts(two);
    });
    Prompts::answerNextWith(QMessageBox::Ok);
    m_page->changeItemsOfSelected();
    const ProviderOutcome items = waitForOperation();
    QVERIFY2(items.ok(), qPrintable(items.error ? items.error->message : QString()));
    QCOMPARE(items.operation, u"set-items");
    QCOMPARE(shownChecked.size(), 13);
    QStringList enabled;
    for (const QJsonValue &item : m_fake->enabledItems(tenantId))
        enabled << item[u"name"].toString();
    enabled.removeDuplicates(); // storage is one item per location
    enabled.sort();
    QCOMPARE(enabled,
             (QStringList{QStringLiteral("pw_base_servers"), QStringLiteral("pw_base_storage")}));
    Prompts::answerNextWith(QMessageBox::NoButton);
}

void TestProvidersPage::cancelNeedsTheTypedName()
{
    Provider provider;
    provider.instanceId = m_instance.id;
    provider.customerId = QStringLiteral("ERP-0001");
    provider.name = QStringLiteral("Partner 0001");
    m_fake->addPartners(distributorId, 1);
    provider.tenantId = m_fake->children(distributorId).first().value(u"id").toString();
    provider.progress.complete = true;
    QVERIFY(ProviderRepository(m_db).save(provider));
    m_page->reload();
    QVERIFY(m_page->selectProvider(QStringLiteral("ERP-0001")));

    bool confirmEnabled = true;
    Prompts::fillNextDialog([&](QDialog &dialog) {
        dialog.findChild<QLineEdit *>(QStringLiteral("confirmName"))
                ->setText(QStringLiteral("partner 0001"));
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->text().contains(u"Delete"))
                confirmEnabled = b->isEnabled();
        }
    });
    Prompts::answerNextWith(QMessageBox::Ok);
    m_page->cancelSelected();
    QVERIFY(!confirmEnabled);
    QVERIFY(!m_page->isBusy());
    QVERIFY(m_fake->hasTenant(provider.tenantId));
    QVERIFY(Prompts::lastDialogText().contains(u"deletes it at Acronis with all its data"));

    Prompts::fillNextDialog([](QDialog &dialog) {
        dialog.findChild<QLineEdit *>(QStringLiteral("confirmName"))
                ->setText(QStringLiteral("Partner 0001"));
    });
    Prompts::answerNextWith(QMessageBox::Ok);
    m_page->cancelSelected();
    QVERIFY(waitForOperation().ok());
    QVERIFY(!m_fake->hasTenant(provider.tenantId));
    QCOMPARE(m_page->model()->index(0, ProviderTableModel::Status).data().toString(), u"Cancelled");
}

void TestProvidersPage::importAndFilters()
{
    m_fake->setPageSize(7);
    m_fake->addPartners(distributorId, 20);
    auto *instanceFilter = m_page->findChild<QComboBox *>(QStringLiteral("providerInstanceFilter"));
    instanceFilter->setCurrentIndex(0);
    QPushButton *import = nullptr;
    for (QPushButton *b : m_page->findChildren<QPushButton *>()) {
        if (b->text().contains(u"Import"))
            import = b;
    }
    QVERIFY(import && import->isEnabled()); // "All instances", but there is only one
    Instance us = m_instance;
    us.id = newUuid();
    us.systemName = QStringLiteral("US");
    QVERIFY(InstanceRepository(m_db).insert(us));
    m_page->reload();
    QVERIFY(!import->isEnabled()); // "All instances": which distributor?
    instanceFilter->setCurrentIndex(instanceFilter->findText(QStringLiteral("EU")));
    QVERIFY(import->isEnabled());
    QTest::mouseClick(import, Qt::LeftButton);
    const ProviderOutcome outcome = waitForOperation();
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.added, 20);
    QCOMPARE(m_page->shownCount(), 20);

    auto *status = m_page->findChild<QComboBox *>(QStringLiteral("providerStatusFilter"));
    status->setCurrentIndex(status->findData(QStringLiteral("suspended")));
    QCOMPARE(m_page->shownCount(), 4);
    status->setCurrentIndex(0);
    QTest::keyClicks(m_page->findChild<QLineEdit *>(QStringLiteral("providerSearch")),
                     QStringLiteral("erp-001"));
    QCOMPARE(m_page->shownCount(), 7); // ERP-0010 … ERP-0019 without every third (12, 15, 18)
}

void TestProvidersPage::importShowsHowFarItIsAndCanBeStopped()
{
    m_fake->addPartners(distributorId, 60);
    m_fake->setLatency(40); // a far gateway: 60 tiers take about half a second
    auto *progress = m_page->findChild<QProgressBar *>(QStringLiteral("importProgress"));
    auto *stop = m_page->findChild<QPushButton *>(QStringLiteral("stopImportButton"));
    QVERIFY(progress && stop);
    QVERIFY(!progress->isVisible() && !stop->isVisible());
    QPushButton *import = m_page->findChild<QPushButton *>(QStringLiteral("importProvidersButton"));
    QTest::mouseClick(import, Qt::LeftButton);
    QVERIFY(progress->isVisible() && stop->isVisible());
    // It counts the partners' tiers as they come.
    QTRY_VERIFY(progress->maximum() == 60 && progress->value() >= 12);
    QVERIFY(progress->value() < 60);
    const QString counted = m_page->statusText();
    QVERIFY2(counted.contains(u" of 60 partner"), qPrintable(counted));
    QSignalSpy finished(m_page.get(), &ProvidersPage::operationFinished);
    QTest::mouseClick(stop, Qt::LeftButton); // ends it at once
    QCOMPARE(finished.size(), 1);
    const auto stopped = finished.first().first().value<ProviderOutcome>();
    QCOMPARE(stopped.error->kind, ErrorKind::Cancelled);
    QVERIFY(!progress->isVisible() && !stop->isVisible());
    QVERIFY2(m_page->statusText().contains(u"no service provider was recorded"),
             qPrintable(m_page->statusText()));
    QCOMPARE(ProviderRepository(m_db).list(m_instance.id)->size(), 0);
    QVERIFY(import->isEnabled());
    // Run to its end, it records them all.
    m_fake->setLatency(0);
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(waitForOperation().added, 60);
}

// An item served on two storages is two lines; ticking one enables that one alone, at Acronis
// (what the offering items PUT carried), and the review names it with its storage. The list has
// room for ten lines, and the ramp-up months go with the request.
void TestProvidersPage::wizardEnablesExactlyTheTickedStorage()
{
    const QString zurich = QStringLiteral("5e8a2c47-93d1-4f6b-8a2e-c1d3f5a7b9e0");
    m_fake->serveOnAnotherStorage(QStringLiteral("pg_base_storage"), zurich,
                                  QStringLiteral("Partner Storage Z\u00fcrich"));
    QVERIFY(csp::test::syncInstance(m_db, m_instance, m_secrets, m_network));
    m_page->reload();
    m_wizard = m_page->newProvider();
    m_wizard->show();
    QTest::keyClicks(m_wizard->findChild<QLineEdit *>(QStringLiteral("wizardName")),
                     QStringLiteral("Backup Heroes GmbH"));
    QTest::keyClicks(m_wizard->findChild<QLineEdit *>(QStringLiteral("wizardCustomerId")),
                     QStringLiteral("ERP-1001"));
    m_wizard->next();
    m_wizard->findChild<QRadioButton *>(QStringLiteral("wizardChosenItems"))->setChecked(true);
    auto *items = m_wizard->findChild<ProductChoiceTree *>(QStringLiteral("wizardItems"));
    QTRY_VERIFY(items->isVisible());
    const int rowHeight = items->visualItemRect(items->topLevelItem(0)).height();
    QVERIFY2(items->viewport()->height() >= ProductChoiceTree::MinimumRows * rowHeight,
             qPrintable(QStringLiteral("%1 px for rows of %2 px")
                                .arg(items->viewport()->height())
                                .arg(rowHeight)));
    const auto lines =
            items->findItems(QStringLiteral("pg_base_storage"),
                             Qt::MatchExactly | Qt::MatchRecursive, ProductChoiceTree::ItemColumn);
    QCOMPARE(lines.size(), 2); // one line per storage
    QStringList storages;
    for (const QTreeWidgetItem *line : lines)
        storages << line->text(ProductChoiceTree::StorageColumn);
    storages.sort();
    QCOMPARE(storages,
             (QStringList{QStringLiteral("Acronis Cloud EU"),
                          QStringLiteral("Partner Storage Z\u00fcrich")}));
    QTreeWidgetItem *onZurich =
            lines.first()->text(ProductChoiceTree::StorageColumn).contains(u"Z\u00fcrich")
            ? lines.first()
            : lines.last();
    onZurich->setCheckState(ProductChoiceTree::NameColumn, Qt::Checked);
    auto *rampUp = m_wizard->findChild<QSpinBox *>(QStringLiteral("wizardRampUp"));
    QCOMPARE(rampUp->maximum(), 3); // as the command line's --ramp-up-months
    rampUp->setValue(2);
    m_wizard->next();
    QTest::keyClicks(m_wizard->findChild<QLineEdit *>(QStringLiteral("wizardAdminLogin")),
                     QStringLiteral("heroes-admin"));
    QTest::keyClicks(m_wizard->findChild<QLineEdit *>(QStringLiteral("wizardAdminEmail")),
                     QStringLiteral("admin@heroes.example"));

    QSignalSpy checked(m_wizard.data(), &ProviderWizard::precheckFinished);
    m_wizard->next();
    QVERIFY(checked.wait(10000));
    const QString plan = m_wizard->planText();
    QVERIFY2(plan.contains(u"to enable (1):"), qPrintable(plan));
    QVERIFY2(plan.contains(u"storage: Partner Storage Z\u00fcrich"), qPrintable(plan));
    QVERIFY2(!plan.contains(u"storage: Acronis Cloud EU"), qPrintable(plan));
    QVERIFY2(plan.contains(u"Enable 1 offering item"), qPrintable(plan));

    QSignalSpy ran(m_wizard.data(), &ProviderWizard::runCompleted);
    m_wizard->next();
    QVERIFY(ran.wait(10000));
    const auto outcome = ran.first().first().value<ProviderOutcome>();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->message : QString()));
    const QString tenantId = m_fake->tenantsWithCustomerId(QStringLiteral("ERP-1001"))
                                     .first()
                                     .value(u"id")
                                     .toString();
    // Exactly what the PUT carried: the one ticked item on the one ticked storage.
    QCOMPARE(m_fake->count(QStringLiteral("PUT /api/2/tenants/") + tenantId +
                           QStringLiteral("/offering_items")),
             1);
    const QJsonArray enabled = m_fake->enabledItems(tenantId);
    QCOMPARE(enabled.size(), 1);
    QCOMPARE(enabled.first()[u"name"].toString(), u"pg_base_storage");
    QCOMPARE(enabled.first()[u"infra_id"].toString(), zurich);
    const auto provider = ProviderRepository(m_db).find(m_instance.id, QStringLiteral("ERP-1001"));
    QVERIFY(provider && *provider);
    QCOMPARE((*provider)->rampUpMonths, 2);
}

// Without an instance the page says where to add one, in words, and takes the admin there.
void TestProvidersPage::noInstanceSaysWhereToAddOne()
{
    auto *hint = m_page->findChild<QWidget *>(QStringLiteral("noInstanceHint"));
    QVERIFY(hint);
    QVERIFY(!hint->isVisible()); // the instance EU exists

    auto empty = Database::open(m_dir.filePath(QStringLiteral("none%1.sqlite").arg(m_counter)));
    QVERIFY(empty);
    MainWindow window(*empty, m_secrets);
    window.show();
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    tabs->setCurrentWidget(window.providersPage());
    auto *shown = window.providersPage()->findChild<QWidget *>(QStringLiteral("noInstanceHint"));
    QVERIFY(shown->isVisible());
    QVERIFY(!window.providersPage()
                     ->findChild<QPushButton *>(QStringLiteral("newProviderButton"))
                     ->isEnabled());
    const QString text =
            window.providersPage()->findChild<QLabel *>(QStringLiteral("noInstanceText"))->text();
    QVERIFY2(text.contains(u"Applications Setup"), qPrintable(text));
    for (const char *command : {"acronis-csp", "instance add", "--"})
        QVERIFY2(!text.contains(QLatin1String(command)), qPrintable(text));
    QTest::mouseClick(
            window.providersPage()->findChild<QPushButton *>(QStringLiteral("goToSetupButton")),
            Qt::LeftButton);
    QCOMPARE(tabs->currentIndex(), 0);
}

void TestProvidersPage::mnemonicsAreUniqueInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("withInstance");
    for (const bool withInstance : {true, false}) {
        const char *state = withInstance ? "" : ", no instance yet";
        QTest::addRow("English%s", state) << QString() << withInstance;
        QTest::addRow("German%s", state) << QStringLiteral("de") << withInstance;
        QTest::addRow("Greek%s", state) << QStringLiteral("el") << withInstance;
    }
}

void TestProvidersPage::mnemonicsAreUniqueInEveryLanguage()
{
    QFETCH(QString, language);
    QFETCH(bool, withInstance);
    if (!withInstance) {
        auto empty =
                Database::open(m_dir.filePath(QStringLiteral("empty%1.sqlite").arg(m_counter)));
        QVERIFY(empty);
        m_db = *empty;
    }
    QTranslator translator;
    if (!language.isEmpty()) {
        QVERIFY(translator.load(QStringLiteral(":/i18n/acronis_csp_") + language));
        QCoreApplication::installTranslator(&translator);
    }
    QSettings().clear();
    MainWindow window(m_db, m_secrets);
    window.show();
    // A sync rewrites the catalogue: no single Alt+letter starts one, in any language.
    for (const char *name : {"getServicesButton", "productsSyncButton"}) {
        auto *sync = window.findChild<QAbstractButton *>(QLatin1String(name));
        QVERIFY2(sync, name);
        QVERIFY2(mnemonicOf(sync->text()).isNull(), qPrintable(sync->text()));
    }
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    QStringList global; // the menu bar and tab titles work from every page
    for (QAction *menu : window.menuBar()->actions())
        global << menu->text();
    for (int i = 0; i < tabs->count(); ++i)
        global << tabs->tabText(i);
    for (int i = 0; i < tabs->count(); ++i) {
        QStringList texts = global;
        QWidget *page = tabs->widget(i);
        for (QAbstractButton *b : page->findChildren<QAbstractButton *>()) {
            if (b->isVisibleTo(page))
                texts << b->text();
        }
        for (QLabel *label : page->findChildren<QLabel *>()) {
            if (label->buddy() && label->isVisibleTo(page))
                texts << label->text();
        }
        QHash<QChar, QString> seen;
        for (const QString &text : std::as_const(texts)) {
            const QChar key = mnemonicOf(text);
            if (key.isNull())
                continue;
            QVERIFY2(!seen.contains(key),
                     qPrintable(QStringLiteral("%1: \"%2\" and \"%3\"")
                                        .arg(tabs->tabText(i), seen.value(key), text)));
            seen.insert(key, text);
        }
    }
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestProvidersPage)
#include "tst_providerspage.moc"
