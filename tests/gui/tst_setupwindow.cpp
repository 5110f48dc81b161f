#include "clirunner.h"
#include "compatibilitydialog.h"
#include "fakeacronis/fakeacronis.h"
#include "fakesecretstore.h"
#include "instanceform.h"
#include "mainwindow.h"
#include "productfiltermodel.h"
#include "productspage.h"
#include "producttablemodel.h"
#include "prompts.h"
#include "services/cataloguereader.h"
#include "services/trustedcertificates.h"
#include "storage/instancerepository.h"
#include "storage/productrepository.h"
#include "storage/providerrepository.h"
#include "storage/syncrunrepository.h"
#include "syncdialogs.h"
#include "syncedinstance.h"
#include "testsupport.h"
#include "trustdialog.h"
#include "userguide.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSslConfiguration>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>

using namespace csp;
using csp::test::FakeAcronis;
using csp::test::FakeSecretStore;

class TestSetupWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void trustDialogChecksAndKeepsTheFile();
    void emptyStateThenLinkAnInstance();
    void invalidValuesShowMessagesAndSaveNothing_data();
    void invalidValuesShowMessagesAndSaveNothing();
    void reopeningShowsSavedValuesAndStoredSecretState();
    void unsavedChangesAskBeforeSwitching();
    void savingANewSecretReplacesTheStoredOne();
    void duplicateNameIsShownBesideTheField();
    void keychainFailureSavesNothing();
    void keychainBannerWhenUnavailable();
    void removeNamesWhatIsDeleted();
    void costExampleFollowsDiscountCurrencyAndLocale();
    void currencySearchByName();
    void secretShowHideToggle();
    void testConnectionReportsTenantOrFailure();
    void checkCompatibilityNamesEachEndpoint();
    void shortcutsAndRememberedGeometry();
    void savesToTheRealKeychain();
    void errorsStayReadableOnADarkPalette();
    void getServicesDefinitionFromTheWindow();
    void previewFirstAsksBeforeApplying();
    void syncResultStaysInSight_data();
    void syncResultStaysInSight();
    void defaultSizeFitsTheScreen();
    void previewListsChangesInReadingOrder();
    void syncShowsPricesAndWhatEachRunChanged();
    void emptyProductsPageRunsTheSync();
    void aSaveAfterAnotherAdminsOffersToReload();
    void anotherProgramsWritesAppearWithinTwoSeconds();
    void theFormStandsStill();
    void helpOpensTheUserGuide();

private:
    template<typename T = QWidget>
    T *find(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    void openWindow();
    // The fake with the sample catalogue and the client the sample instances use.
    static bool startFake(FakeAcronis &fake);
    void fillValidForm(const QString &name = QStringLiteral("EU"));
    void setText(const char *name, const QString &text);
    QString error(const char *name) const
    {
        const auto *label = find<QLabel>(name);
        return label->isVisible() ? label->toolTip() : QString(); // the whole message
    }
    Instance addInstance(const QString &name,
                         const QString &gateway = QStringLiteral("https://eu2-cloud.acronis.com"));

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<InstanceRepository> m_repo;
    FakeSecretStore m_secrets;
    std::unique_ptr<MainWindow> m_window;
    int m_counter = 0;
};

void TestSetupWindow::initTestCase()
{
    Prompts::setQuiet(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestSetupWindow::init()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("g%1.sqlite").arg(++m_counter)));
    QVERIFY(db);
    m_db = *db;
    m_repo = std::make_unique<InstanceRepository>(m_db);
    m_secrets = FakeSecretStore();
    QSettings().clear();
}

void TestSetupWindow::cleanup()
{
    if (m_window)
        m_window->findChild<InstanceForm *>()->showNewInstance(); // nothing dirty: close quietly
    m_window.reset();
}

bool TestSetupWindow::startFake(FakeAcronis &fake)
{
    const QJsonObject tenant = FakeAcronis::fixture(QStringLiteral("tenant_partner.json"));
    fake.addTenant(tenant);
    fake.addClient(QStringLiteral("c11e0001-0000-4000-8000-000000000001"),
                   QStringLiteral("stored-secret"), tenant.value(u"id").toString());
    fake.loadSampleCatalogue();
    return fake.listen();
}

void TestSetupWindow::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_db, m_secrets);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(m_window->keychainChecked());
}

Instance TestSetupWindow::addInstance(const QString &name, const QString &gateway)
{
    Instance instance;
    instance.id = newUuid();
    instance.systemName = name;
    instance.gateway = gateway;
    instance.clientId = QStringLiteral("c11e0001-0000-4000-8000-000000000001");
    instance.discountPercent = Decimal::fromInteger(18);
    instance.primaryCurrency = QStringLiteral("EUR");
    instance.hasSecret = true;
    instance.createdAt = instance.updatedAt = QDateTime::currentDateTimeUtc();
    [&] {
        QVERIFY(m_repo->insert(instance));
    }();
    m_secrets.entries.insert(instance.id, QStringLiteral("stored-secret"));
    return instance;
}

void TestSetupWindow::setText(const char *name, const QString &text)
{
    QWidget *widget = find(name);
    if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        combo->setCurrentText(QString());
        combo->lineEdit()->clear();
        QTest::keyClicks(combo->lineEdit(), text);
        return;
    }
    auto *edit = qobject_cast<QLineEdit *>(widget);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void TestSetupWindow::fillValidForm(const QString &name)
{
    setText("systemNameEdit", name);
    setText("gatewayCombo", QStringLiteral("https://eu2-cloud.acronis.com/"));
    setText("clientIdEdit", QStringLiteral("7b2e4f1a-9c3d-4e5b-8a6f-1d0c2b3a4e56"));
    setText("secretEdit", QStringLiteral("typed-secret"));
    setText("discountEdit", QStringLiteral("18"));
}

void TestSetupWindow::emptyStateThenLinkAnInstance()
{
    openWindow();
    QCOMPARE(find<QStackedWidget>("setupStack")->currentWidget(), find("emptyPage"));
    QTest::mouseClick(find<QPushButton>("linkFirstInstanceButton"), Qt::LeftButton);
    QCOMPARE(find<QStackedWidget>("setupStack")->currentWidget(),
             m_window->findChild<QWidget *>(QStringLiteral("instanceView")));
    QVERIFY(!find<QPushButton>("saveButton")->isEnabled());
    QVERIFY(error("systemNameError").isEmpty()); // a pristine form does not scold

    fillValidForm();
    QVERIFY(find<QPushButton>("saveButton")->isEnabled());
    QCOMPARE(find<QLabel>("productTypeLabel")->text(),
             QStringLiteral("Acronis Cyber Cloud \u2013 EU"));
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_COMPARE(find<QListWidget>("instanceList")->count(), 1); // shown once committed
    QCOMPARE(m_repo->list()->size(), 1);
    const Instance saved = m_repo->list()->first();
    QCOMPARE(saved.gateway, QStringLiteral("https://eu2-cloud.acronis.com")); // normalised
    QCOMPARE(saved.discountPercent, Decimal::fromInteger(18));
    QCOMPARE(saved.primaryCurrency, QStringLiteral("EUR"));
    QCOMPARE(m_secrets.entries.value(saved.id), QStringLiteral("typed-secret"));
    QTRY_COMPARE(find<QListWidget>("instanceList")->count(), 1);
    QCOMPARE(find<QListWidget>("instanceList")->currentItem()->text(), QStringLiteral("EU"));
    QVERIFY(find<QLineEdit>("secretEdit")->text().isEmpty()); // never read back
    QVERIFY(!m_window->form()->isDirty());
}

void TestSetupWindow::invalidValuesShowMessagesAndSaveNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("message");
    QTest::newRow("name empty") << "systemNameEdit"
                                << ""
                                << "systemNameError"
                                << "System Name is required";
    QTest::newRow("name 65") << "systemNameEdit" << QString(65, u'x') << "systemNameError"
                             << "at most 64";
    QTest::newRow("gateway http") << "gatewayCombo"
                                  << "http://eu2-cloud.acronis.com"
                                  << "gatewayError"
                                  << "only for localhost";
    QTest::newRow("gateway query") << "gatewayCombo"
                                   << "https://eu2-cloud.acronis.com/?x"
                                   << "gatewayError"
                                   << "query";
    QTest::newRow("gateway no scheme") << "gatewayCombo"
                                       << "eu2-cloud.acronis.com"
                                       << "gatewayError"
                                       << "absolute https://";
    QTest::newRow("client id empty") << "clientIdEdit"
                                     << ""
                                     << "clientIdError"
                                     << "Client Id is required";
    QTest::newRow("discount 100.001") << "discountEdit"
                                      << "100.001"
                                      << "discountError"
                                      << "2 decimal places";
    QTest::newRow("discount 101") << "discountEdit"
                                  << "101"
                                  << "discountError"
                                  << "between 0 and 100";
    QTest::newRow("discount text") << "discountEdit"
                                   << "abc"
                                   << "discountError"
                                   << "must be a number";
    QTest::newRow("currency lower") << "currencyCombo"
                                    << "eur"
                                    << "currencyError"
                                    << "capital letters";
    QTest::newRow("currency unknown") << "currencyCombo"
                                      << "ABC"
                                      << "currencyError"
                                      << "not an ISO 4217";
    QTest::newRow("secret empty") << "secretEdit"
                                  << ""
                                  << "secretError"
                                  << "Client Secret is required";
}

void TestSetupWindow::invalidValuesShowMessagesAndSaveNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, errorLabel);
    QFETCH(QString, message);
    openWindow();
    QTest::mouseClick(find<QPushButton>("linkFirstInstanceButton"), Qt::LeftButton);
    fillValidForm();
    QVERIFY(find<QPushButton>("saveButton")->isEnabled());
    setText(field.toLatin1().constData(), value);
    QVERIFY2(error(errorLabel.toLatin1().constData()).contains(message),
             qPrintable(error(errorLabel.toLatin1().constData())));
    const int keychainCalls = m_secrets.calls;
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    QTest::keyClick(m_window.get(), Qt::Key_S,
                    Qt::ControlModifier);     // the shortcut saves nothing either
    QCOMPARE(m_secrets.calls, keychainCalls); // a save would have asked the keychain at once
    QVERIFY(m_repo->list()->isEmpty());
    QCOMPARE(m_secrets.entries.size(), 0);
}

void TestSetupWindow::reopeningShowsSavedValuesAndStoredSecretState()
{
    Instance eu = addInstance(QStringLiteral("EU"));
    eu.clientId = QStringLiteral("client-1"); // Acronis issues UUIDs: this one gets a warning
    eu.discountPercent = *Decimal::parse(u"17.5");
    eu.namePolicy = NamePolicy::Keep;
    eu.primaryCurrency = QStringLiteral("CHF");
    QVERIFY(m_repo->update(eu));
    openWindow();
    QCOMPARE(find<QLineEdit>("systemNameEdit")->text(), QStringLiteral("EU"));
    QCOMPARE(find<QComboBox>("gatewayCombo")->currentText(),
             QStringLiteral("https://eu2-cloud.acronis.com"));
    QCOMPARE(find<QLineEdit>("clientIdEdit")->text(), QStringLiteral("client-1"));
    QCOMPARE(find<QLineEdit>("discountEdit")->text(), QStringLiteral("17.5"));
    QVERIFY(find<QComboBox>("currencyCombo")->currentText().startsWith(u"CHF"));
    QCOMPARE(find<QComboBox>("namePolicyCombo")->currentIndex(), 1);
    QVERIFY(find<QLineEdit>("secretEdit")->text().isEmpty());
    QVERIFY(find<QLabel>("secretStateLabel")->text().contains(u"stored in the OS keychain"));
    QVERIFY(!find<QPushButton>("saveButton")->isEnabled()); // nothing changed
    QVERIFY(!find<QPushButton>("revertButton")->isEnabled());
    QVERIFY(error("clientIdError").contains(u"not a UUID")); // a warning, not an error
    setText("discountEdit", QStringLiteral("20"));
    QVERIFY(find<QPushButton>("saveButton")->isEnabled());
    // Revert asks first: Cancel (its default) keeps the edit.
    Prompts::answerNextWith(QMessageBox::Cancel);
    QTest::mouseClick(find<QPushButton>("revertButton"), Qt::LeftButton);
    QVERIFY2(Prompts::lastQuestion().contains(u"Discard your changes"),
             qPrintable(Prompts::lastQuestion()));
    QCOMPARE(find<QLineEdit>("discountEdit")->text(), QStringLiteral("20"));
    Prompts::answerNextWith(QMessageBox::Discard);
    QTest::mouseClick(find<QPushButton>("revertButton"), Qt::LeftButton);
    QCOMPARE(find<QLineEdit>("discountEdit")->text(), QStringLiteral("17.5"));
    QVERIFY(!m_window->form()->isDirty());
}

void TestSetupWindow::unsavedChangesAskBeforeSwitching()
{
    addInstance(QStringLiteral("EU"));
    addInstance(QStringLiteral("US"));
    openWindow();
    auto *list = find<QListWidget>("instanceList");
    QCOMPARE(list->currentItem()->text(), QStringLiteral("EU"));

    setText("discountEdit", QStringLiteral("25"));
    Prompts::answerNextWith(QMessageBox::Cancel);
    list->setCurrentRow(1);
    QCOMPARE(list->currentItem()->text(), QStringLiteral("EU"));
    QCOMPARE(find<QLineEdit>("discountEdit")->text(), QStringLiteral("25"));
    QVERIFY(Prompts::lastQuestion().contains(u"\"EU\" have unsaved changes"));

    Prompts::answerNextWith(QMessageBox::Discard);
    list->setCurrentRow(1);
    QCOMPARE(list->currentItem()->text(), QStringLiteral("US"));
    QCOMPARE(m_repo->findByName(QStringLiteral("EU"))->discountPercent, Decimal::fromInteger(18));

    setText("discountEdit", QStringLiteral("30"));
    Prompts::answerNextWith(QMessageBox::Save);
    list->setCurrentRow(0);
    QTRY_COMPARE(list->currentItem()->text(), QStringLiteral("EU"));
    QCOMPARE(m_repo->findByName(QStringLiteral("US"))->discountPercent, Decimal::fromInteger(30));

    setText("discountEdit", QStringLiteral("31"));
    Prompts::answerNextWith(QMessageBox::Cancel);
    QVERIFY(!m_window->close()); // closing asks too
    QVERIFY(m_window->isVisible());
}

void TestSetupWindow::savingANewSecretReplacesTheStoredOne()
{
    const Instance eu = addInstance(QStringLiteral("EU"));
    openWindow();
    setText("secretEdit", QStringLiteral("new-secret"));
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(m_secrets.entries.value(eu.id), QStringLiteral("new-secret"));
    QTRY_VERIFY(find<QLineEdit>("secretEdit")->text().isEmpty());
}

void TestSetupWindow::duplicateNameIsShownBesideTheField()
{
    addInstance(QStringLiteral("EU"));
    openWindow();
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    fillValidForm(QStringLiteral("eu"));
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_VERIFY(error("systemNameError").contains(u"already used"));
    QCOMPARE(m_repo->list()->size(), 1);
    QCOMPARE(m_secrets.entries.size(), 1);
}

void TestSetupWindow::aSaveAfterAnotherAdminsOffersToReload()
{
    const Instance eu = addInstance(QStringLiteral("EU"));
    openWindow();
    setText("discountEdit", QStringLiteral("20"));
    // Another admin saves the instance while the form is open.
    Instance theirs = *m_repo->findById(eu.id);
    theirs.discountPercent = Decimal::fromInteger(30);
    QVERIFY(m_repo->update(theirs));
    Prompts::answerNextWith(QMessageBox::Yes);
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_VERIFY(Prompts::lastQuestion().contains(u"\"EU\" was changed by"));
    QVERIFY(Prompts::lastQuestion().contains(u"nothing was saved"));
    QTRY_COMPARE(find<QLineEdit>("discountEdit")->text(), QStringLiteral("30"));
    QVERIFY(!m_window->form()->isDirty());
    QCOMPARE(m_repo->findById(eu.id)->discountPercent.text(), QStringLiteral("30"));
    // The reloaded form saves again.
    setText("discountEdit", QStringLiteral("25"));
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_COMPARE(m_repo->findById(eu.id)->discountPercent.text(), QStringLiteral("25"));
}

// "Check Compatibility…" beside Test Connection: each endpoint with its result, what a refusal
// affects, and the answers saved without personal data.
void TestSetupWindow::checkCompatibilityNamesEachEndpoint()
{
    FakeAcronis fake;
    QVERIFY(startFake(fake));
    fake.failNext(QStringLiteral("GET /api/2/tenants/usages"), {403, "{}"});
    fake.addPartners(csp::test::DistributorId, 1);
    addInstance(QStringLiteral("EU"), fake.url());
    openWindow();
    auto *button = find<QPushButton>("checkCompatibilityButton");
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = m_window->findChild<CompatibilityDialog *>();
    QVERIFY(dialog);
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("checksTable"));
    QTRY_VERIFY(dialog->findChild<QPushButton *>(QStringLiteral("checkAgainButton"))->isEnabled());
    QStringList results;
    int refusedRow = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        results << table->item(row, 0)->text();
        if (table->item(row, 1)->text() == u"GET /api/2/tenants/usages")
            refusedRow = row;
    }
    // 15 endpoints, the Pricelist API's among them; one refused.
    QCOMPARE(results.count(QStringLiteral("Works")), 14);
    QVERIFY(refusedRow >= 0);
    QCOMPARE(table->item(refusedRow, 0)->text(), QStringLiteral("Refused"));
    QVERIFY(table->item(refusedRow, 2)->text().contains(u"usage"));
    table->selectRow(refusedRow);
    QVERIFY2(dialog->findChild<QLabel *>(QStringLiteral("detailLabel"))
                     ->text()
                     .contains(u"HTTP 403"),
             qPrintable(dialog->findChild<QLabel *>(QStringLiteral("detailLabel"))->text()));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))
                    ->text()
                    .contains(u"1 endpoint"));
    QTemporaryDir folder;
    QCOMPARE(dialog->saveAnswers(folder.path()), QString());
    const QStringList saved = QDir(folder.path()).entryList(QDir::Files);
    QVERIFY(saved.size() >= 10);
    for (const QString &file : saved) {
        QFile answer(QDir(folder.path()).filePath(file));
        QVERIFY(answer.open(QIODevice::ReadOnly));
        const QByteArray body = answer.readAll();
        QVERIFY2(!body.contains("Partner, Inc") && !body.contains("ops@partner.example") &&
                         !body.contains("Partner 0001"),
                 qPrintable(file));
    }
    dialog->reject();
}

// The command line, in a process of its own, writes while the window is open: the window shows
// it within 2 s, keeping the selected instance, the selected product and the admin's typing.
void TestSetupWindow::anotherProgramsWritesAppearWithinTwoSeconds()
{
    FakeAcronis fake;
    QVERIFY(startFake(fake));
    addInstance(QStringLiteral("EU"), fake.url());
    const Instance us = addInstance(QStringLiteral("US"));
    QTemporaryDir credentials; // the CLI's secret, as a timer gets it
    QFile secret(credentials.filePath(QStringLiteral("acronis-csp.EU")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("stored-secret");
    secret.close();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), credentials.path());
    const auto cli = [&](QStringList arguments) {
        const csp::test::CliRun run =
                csp::test::runCli(m_dir.path(),
                                  QStringList{QStringLiteral("--database"),
                                              QStringLiteral("sqlite:") + m_db->path()} +
                                          arguments,
                                  {}, environment);
        QElapsedTimer sinceWritten;
        sinceWritten.start();
        return std::pair{run, sinceWritten};
    };
    openWindow();
    m_window->findChild<QListWidget *>()->setCurrentRow(1);
    QCOMPARE(m_window->form()->savedInstance().id, us.id);

    // A sync from the command line fills the products page.
    QVERIFY(m_window->showPage(QStringLiteral("products")));
    auto *table = m_window->productsPage()->findChild<QTableView *>(QStringLiteral("productTable"));
    auto [synced, sinceSync] = cli({QStringLiteral("sync"), QStringLiteral("EU")});
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 13, 3000);
    QVERIFY2(sinceSync.elapsed() < 2000, qPrintable(QString::number(sinceSync.elapsed())));

    // A price set there appears here; the selected product stays selected.
    const auto *model = m_window->productsPage()->model();
    const auto *filter = m_window->productsPage()->filterModel();
    table->setCurrentIndex(table->model()->index(4, 0));
    const QString selected =
            model->row(filter->mapToSource(table->currentIndex()).row()).product.id;
    auto [priced, sincePrice] =
            cli({QStringLiteral("price"), QStringLiteral("set"), QStringLiteral("EU"),
                 QStringLiteral("pu_base_fc_seats"), QStringLiteral("4.5")});
    QVERIFY2(priced.exitCode == 0, qPrintable(priced.err));
    const auto seatsPrice = [&] {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->row(row).product.key.offeringItem == u"pu_base_fc_seats")
                return model->index(row, ProductTableModel::SellPrice).data().toString();
        }
        return QString();
    };
    // 4.50 as it is, padded by two figure spaces to the column's most precise price (the
    // storage's 0.0450), so that the points line up.
    QTRY_COMPARE_WITH_TIMEOUT(seatsPrice(), QStringLiteral("4.50\u2007\u2007"), 3000);
    QVERIFY2(sincePrice.elapsed() < 2000, qPrintable(QString::number(sincePrice.elapsed())));
    QCOMPARE(model->row(filter->mapToSource(table->currentIndex()).row()).product.id, selected);

    // Another program edits the instance on the form: an untouched form shows it...
    QVERIFY(m_window->showPage(QStringLiteral("setup")));
    auto [edited, sinceEdit] =
            cli({QStringLiteral("instance"), QStringLiteral("edit"), QStringLiteral("US"),
                 QStringLiteral("--discount"), QStringLiteral("19")});
    QVERIFY2(edited.exitCode == 0, qPrintable(edited.err));
    QTRY_COMPARE_WITH_TIMEOUT(find<QLineEdit>("discountEdit")->text(), QStringLiteral("19"), 3000);
    QVERIFY2(sinceEdit.elapsed() < 2000, qPrintable(QString::number(sinceEdit.elapsed())));
    // ...a form the admin is typing in keeps what was typed, on the same instance.
    setText("clientIdEdit", QStringLiteral("typed-by-the-admin"));
    auto [again, sinceAgain] =
            cli({QStringLiteral("instance"), QStringLiteral("edit"), QStringLiteral("US"),
                 QStringLiteral("--discount"), QStringLiteral("21")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    auto [renamed, sinceRename] =
            cli({QStringLiteral("instance"), QStringLiteral("edit"), QStringLiteral("EU"),
                 QStringLiteral("--system-name"), QStringLiteral("Europe")});
    QVERIFY2(renamed.exitCode == 0, qPrintable(renamed.err));
    auto *list = m_window->findChild<QListWidget *>();
    QTRY_VERIFY_WITH_TIMEOUT(!list->findItems(QStringLiteral("Europe"), Qt::MatchExactly).isEmpty(),
                             3000);
    QCOMPARE(list->currentItem()->text(), QStringLiteral("US"));
    QCOMPARE(find<QLineEdit>("clientIdEdit")->text(), QStringLiteral("typed-by-the-admin"));
    QCOMPARE(find<QLineEdit>("discountEdit")->text(), QStringLiteral("19"));
    QVERIFY(m_window->form()->isDirty());
}

// Typing in one field says what is wrong with that field only; every message has its line, so
// nothing moves and the window keeps its size; Save shows the rest; a taken name shows as typed.
void TestSetupWindow::theFormStandsStill()
{
    addInstance(QStringLiteral("EU"));
    openWindow();
    QVERIFY(find<QAction>("testConnectionAction")->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier); // a new instance
    QTRY_VERIFY(m_window->form()->isNew());
    QVERIFY(!find<QAction>("testConnectionAction")->isEnabled()); // nothing to test yet
    const QSize windowSize = m_window->size();
    const int clientIdTop = find<QLineEdit>("clientIdEdit")->geometry().top();
    const int discountTop = find<QLineEdit>("discountEdit")->geometry().top();

    setText("systemNameEdit", QStringLiteral("eu")); // names compare without regard to case
    QVERIFY2(error("systemNameError").contains(u"already used by the instance \"EU\""),
             qPrintable(error("systemNameError")));
    for (const char *untouched : {"gatewayError", "clientIdError", "secretError", "discountError"})
        QVERIFY2(error(untouched).isEmpty(), untouched);
    setText("gatewayCombo", QStringLiteral("http://example.com"));
    QVERIFY(!error("gatewayError").isEmpty());
    QCOMPARE(find<QLineEdit>("clientIdEdit")->geometry().top(), clientIdTop);
    QCOMPARE(find<QLineEdit>("discountEdit")->geometry().top(), discountTop);
    QCOMPARE(m_window->size(), windowSize);

    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    for (const char *shown :
         {"systemNameError", "gatewayError", "clientIdError", "secretError", "discountError"})
        QVERIFY2(!error(shown).isEmpty(), shown);
    QCOMPARE(QApplication::focusWidget(), find<QLineEdit>("systemNameEdit"));
    QCOMPARE(m_repo->list()->size(), 1); // nothing saved
    QCOMPARE(find<QLineEdit>("discountEdit")->geometry().top(), discountTop);
    QCOMPARE(m_window->size(), windowSize);
    // Every message showing, the window still fits a screen of 600 pixels.
    QVERIFY2(m_window->minimumSizeHint().height() <= 600,
             qPrintable(QString::number(m_window->minimumSizeHint().height())));

    // Leaving invalid changes offers to discard them, not to save them.
    Prompts::answerNextWith(QMessageBox::Cancel);
    m_window->findChild<QListWidget *>()->setCurrentRow(0);
    QVERIFY2(Prompts::lastQuestion().contains(u"some are not valid. Discard them?"),
             qPrintable(Prompts::lastQuestion()));
    QVERIFY(m_window->form()->isNew()); // still on the draft
    setText("systemNameEdit", QStringLiteral("US"));
    QVERIFY(error("systemNameError").isEmpty());

    // Remove on a draft discards it, after asking.
    Prompts::answerNextWith(QMessageBox::Cancel);
    QTest::mouseClick(find<QPushButton>("removeInstanceButton"), Qt::LeftButton);
    QVERIFY2(Prompts::lastQuestion().startsWith(u"Discard the new instance?"),
             qPrintable(Prompts::lastQuestion()));
    QCOMPARE(find<QLineEdit>("systemNameEdit")->text(), QStringLiteral("US"));
    Prompts::answerNextWith(QMessageBox::Discard);
    QTest::mouseClick(find<QPushButton>("removeInstanceButton"), Qt::LeftButton);
    QVERIFY(!m_window->form()->isNew());
    QCOMPARE(find<QLineEdit>("systemNameEdit")->text(), QStringLiteral("EU"));
    QCOMPARE(m_repo->list()->size(), 1);
}

void TestSetupWindow::helpOpensTheUserGuide()
{
    openWindow();
    find<QAction>("userGuideAction")->trigger();
    auto *guide = m_window->findChild<UserGuideWindow *>(QStringLiteral("userGuide"));
    QVERIFY(guide);
    QTRY_VERIFY(guide->isVisible());
    QTextBrowser *text = guide->browser();
    QVERIFY(text->toPlainText().contains(u"Sharing one catalogue"));
    // Its pictures come with it.
    const QVariant picture = text->document()->resource(QTextDocument::ImageResource,
                                                        QUrl(QStringLiteral("setup-en.png")));
    QVERIFY(picture.isValid());
    // The contents' links go to their chapters.
    emit text->anchorClicked(QUrl(QStringLiteral("#12-sharing-one-catalogue")));
    QCOMPARE(text->textCursor().block().text(), QStringLiteral("12. Sharing one catalogue"));
    QVERIFY(guide->showChapter(QStringLiteral("2-link-an-acronis-account-an-instance")));
    QCOMPARE(text->textCursor().block().text(),
             QStringLiteral("2. Link an Acronis account (an instance)"));
    QVERIFY(!guide->showChapter(QStringLiteral("no-such-chapter")));
    QVERIFY(guide->find(QStringLiteral("advisory lock")));
    QVERIFY(text->textCursor().selectedText().compare(u"advisory lock", Qt::CaseInsensitive) == 0);
    QVERIFY(!guide->find(QStringLiteral("no such words anywhere")));
    // A second call shows the same window.
    find<QAction>("userGuideAction")->trigger();
    QCOMPARE(m_window->findChildren<UserGuideWindow *>().size(), 1);
}

void TestSetupWindow::keychainFailureSavesNothing()
{
    openWindow();
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    fillValidForm();
    m_secrets.failWith = SecretResult::Status::Locked;
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_VERIFY(Prompts::lastNotice().contains(u"Nothing was saved"));
    QVERIFY(m_repo->list()->isEmpty());
    QVERIFY(m_window->form()->isDirty()); // the typed values are still there
    QCOMPARE(find<QLineEdit>("systemNameEdit")->text(), QStringLiteral("EU"));
}

void TestSetupWindow::keychainBannerWhenUnavailable()
{
    addInstance(QStringLiteral("EU"));
    m_secrets.failWith = SecretResult::Status::Unavailable;
    openWindow();
    QTRY_VERIFY(find("keychainBanner")->isVisible());
    // Everything else still works: edit and save settings without a new secret.
    setText("discountEdit", QStringLiteral("19"));
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_COMPARE(m_repo->findByName(QStringLiteral("EU"))->discountPercent,
                 Decimal::fromInteger(19));
    m_secrets.failWith = SecretResult::Status::Ok;
    QTest::mouseClick(find<QPushButton>("keychainRetryButton"), Qt::LeftButton);
    QTRY_VERIFY(!find("keychainBanner")->isVisible());
}

void TestSetupWindow::removeNamesWhatIsDeleted()
{
    const Instance eu = addInstance(QStringLiteral("EU"));
    addInstance(QStringLiteral("US"));
    Provider provider;
    provider.instanceId = eu.id;
    provider.customerId = QStringLiteral("ERP-1");
    provider.name = QStringLiteral("Backup Heroes");
    QVERIFY(ProviderRepository(m_db).save(provider));
    openWindow();
    Prompts::answerNextWith(QMessageBox::Cancel);
    QTest::mouseClick(find<QPushButton>("removeInstanceButton"), Qt::LeftButton);
    QCOMPARE(m_repo->list()->size(), 2);
    const QString question = Prompts::lastQuestion();
    QVERIFY2(question.contains(u"\"EU\"") && question.contains(u"settings") &&
                     question.contains(u"client secret") && question.contains(u"product") &&
                     question.contains(u"1 service provider") &&
                     question.contains(u"tenants at Acronis stay"),
             qPrintable(question));
    Prompts::answerNextWith(QMessageBox::Yes);
    QTest::mouseClick(find<QPushButton>("removeInstanceButton"), Qt::LeftButton);
    QTRY_COMPARE(find<QListWidget>("instanceList")->count(), 1); // shown once committed
    QCOMPARE(m_repo->list()->size(), 1);
    QVERIFY(!m_secrets.entries.contains(eu.id));
    QCOMPARE(find<QLineEdit>("systemNameEdit")->text(), QStringLiteral("US"));
    QVERIFY(ProviderRepository(m_db).list().value().isEmpty());
}

void TestSetupWindow::costExampleFollowsDiscountCurrencyAndLocale()
{
    openWindow();
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    setText("discountEdit", QStringLiteral("18"));
    QCOMPARE(find<QLabel>("costPreviewLabel")->text(),
             QStringLiteral("Sell 100.00 EUR \u2192 cost 82.00 EUR"));
    setText("currencyCombo", QStringLiteral("JPY"));
    QCOMPARE(find<QLabel>("costPreviewLabel")->text(),
             QStringLiteral("Sell 100 JPY \u2192 cost 82 JPY"));
    setText("discountEdit", QStringLiteral("12.25"));
    QCOMPARE(find<QLabel>("costPreviewLabel")->text(),
             QStringLiteral("Sell 100 JPY \u2192 cost 87.75 JPY")); // a price stays exact

    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    setText("currencyCombo", QStringLiteral("EUR"));
    setText("discountEdit", QStringLiteral("17,5"));
    QVERIFY(error("discountError").isEmpty());
    QCOMPARE(find<QLabel>("costPreviewLabel")->text(),
             QStringLiteral("Sell 100,00 EUR \u2192 cost 82,50 EUR"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestSetupWindow::currencySearchByName()
{
    openWindow();
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QCompleter *completer = find<QComboBox>("currencyCombo")->completer();
    completer->setCompletionPrefix(QStringLiteral("swiss"));
    QVERIFY(completer->completionCount() >= 1);
    QVERIFY(completer->currentCompletion().startsWith(u"CHF"));
    completer->setCompletionPrefix(QStringLiteral("jpy"));
    QVERIFY(completer->currentCompletion().startsWith(u"JPY"));
    find<QComboBox>("currencyCombo")->setCurrentText(QStringLiteral("CHF \u2014 Swiss Franc"));
    QCOMPARE(*m_window->form()->changes().currency, QStringLiteral("CHF"));
}

void TestSetupWindow::secretShowHideToggle()
{
    openWindow();
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    auto *secret = find<QLineEdit>("secretEdit");
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QTest::mouseClick(find<QToolButton>("showSecretButton"), Qt::LeftButton);
    QCOMPARE(secret->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(find<QToolButton>("showSecretButton"), Qt::LeftButton);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
}

void TestSetupWindow::testConnectionReportsTenantOrFailure()
{
    FakeAcronis fake;
    QVERIFY(startFake(fake));
    addInstance(QStringLiteral("EU"), fake.url());
    openWindow();
    auto *button = find<QPushButton>("testConnectionButton");
    auto *result = find<QLabel>("connectionResultLabel");
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled()); // disabled while it runs
    QTRY_VERIFY2(result->text().contains(u"Partner, Inc"), qPrintable(result->text()));
    // In plain words: the distributor's account, not "distributor tenant … (partner)".
    QVERIFY2(result->text().contains(u"the distributor account at Acronis") &&
                     !result->text().contains(u"(partner)"),
             qPrintable(result->text()));
    QVERIFY(button->isEnabled());

    setText("secretEdit", QStringLiteral("wrong")); // an unsaved secret is tested as typed
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY2(result->text().contains(u"refused the client id or secret"),
                 qPrintable(result->text()));
    QVERIFY(!result->text().contains(u"wrong"));
}

void TestSetupWindow::shortcutsAndRememberedGeometry()
{
    addInstance(QStringLiteral("EU"));
    openWindow();
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(m_window->form()->isNew());
    QCOMPARE(QApplication::focusWidget(), find("systemNameEdit"));
    m_window->resize(900, 640);
    QVERIFY(m_window->showPage(QStringLiteral("providers")));
    QVERIFY(!m_window->showPage(QStringLiteral("nowhere")));
    QVERIFY(m_window->close());
    QVERIFY(QSettings().contains(QStringLiteral("window/geometry")));
    QVERIFY(QSettings().contains(QStringLiteral("window/splitter")));
    m_window.reset();
    openWindow();
    QCOMPARE(m_window->size(), QSize(900, 640));
    QCOMPARE(m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->currentIndex(), 2);
}

void TestSetupWindow::savesToTheRealKeychain()
{
    CSP_REQUIRE_KEYCHAIN();
    KeychainSecretStore keychain(QStringLiteral("org.acroniscsp.Setup.tests"));
    m_window = std::make_unique<MainWindow>(m_db, keychain);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!find("keychainBanner")->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    fillValidForm();
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_COMPARE(find<QListWidget>("instanceList")->count(), 1);
    const Instance saved = m_repo->list()->first();
    QVERIFY(saved.hasSecret);
    const auto read = waitForSecret(
            [&](QObject *c, SecretCallback done) { keychain.read(saved.id, c, done); });
    QCOMPARE(read.secret, QStringLiteral("typed-secret"));
    m_window.reset(); // before the keychain store goes
}

void TestSetupWindow::errorsStayReadableOnADarkPalette()
{
    const QPalette original = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);
    openWindow();
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    setText("discountEdit", QStringLiteral("abc"));
    const QColor error = find<QLabel>("discountError")->palette().color(QPalette::WindowText);
    QVERIFY2(error.lightness() > 128, qPrintable(error.name())); // light red on dark grey
    QApplication::setPalette(original);
    m_window.reset();
    openWindow();
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    setText("discountEdit", QStringLiteral("abc"));
    QVERIFY(find<QLabel>("discountError")->palette().color(QPalette::WindowText).lightness() < 128);
}

void TestSetupWindow::getServicesDefinitionFromTheWindow()
{
    FakeAcronis fake;
    QVERIFY(startFake(fake));
    const Instance eu = addInstance(QStringLiteral("EU"), fake.url());
    openWindow();
    auto *button = find<QPushButton>("getServicesButton");
    QVERIFY(button->isEnabled());
    QVERIFY(find<QLabel>("lastRunLabel")->text().contains(u"Never run"));
    setText("discountEdit", QStringLiteral("20"));
    QVERIFY(!button->isEnabled()); // unsaved changes first
    Prompts::answerNextWith(QMessageBox::Discard);
    QTest::mouseClick(find<QPushButton>("revertButton"), Qt::LeftButton);
    QVERIFY(button->isEnabled());

    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled()); // while it runs
    QVERIFY(find("syncProgress")->isVisible());
    QTRY_VERIFY(button->isEnabled());
    QVERIFY(!find("syncProgress")->isVisible());
    QVERIFY2(Prompts::lastDialogText().contains(u"\"EU\": 13 added"),
             qPrintable(Prompts::lastDialogText()));
    QCOMPARE(ProductRepository(m_db).forInstance(eu.id)->size(), 13);
    QVERIFY2(find<QLabel>("lastRunLabel")->text().contains(u"succeeded (13 added"),
             qPrintable(find<QLabel>("lastRunLabel")->text()));

    fake.failNext(QStringLiteral("GET /api/2/applications"),
                  {400, R"({"error":{"code":400,"message":"Bad Request"}})"});
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(button->isEnabled());
    QVERIFY2(find<QLabel>("syncStepLabel")->text().contains(u"HTTP 400"),
             qPrintable(find<QLabel>("syncStepLabel")->text()));
    QVERIFY(find<QLabel>("lastRunLabel")->text().contains(u"failed"));

    QTest::mouseClick(find<QPushButton>("syncHistoryButton"), Qt::LeftButton);
    QVERIFY(Prompts::lastDialogText().startsWith(u"Get Services Definition history"));
}

void TestSetupWindow::syncShowsPricesAndWhatEachRunChanged()
{
    FakeAcronis fake;
    QVERIFY(startFake(fake));
    const Instance eu = addInstance(QStringLiteral("EU"), fake.url());
    openWindow();
    auto *button = find<QPushButton>("getServicesButton");
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(button->isEnabled());
    QVERIFY(Prompts::lastDialogText().contains(u"13 added"));

    // A run that changes nothing says so in a sentence; no dialog opens.
    Prompts::fillNextDialog([](QDialog &) { QFAIL("no dialog for a run without changes"); });
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(button->isEnabled());
    QVERIFY2(find<QLabel>("syncStepLabel")->text().contains(u"Nothing changed: all 13 product"),
             qPrintable(find<QLabel>("syncStepLabel")->text()));
    Prompts::fillNextDialog({});

    // The preview shows the sell price after and before.
    QJsonArray prices = fake.prices().value();
    for (QJsonValueRef price : prices) {
        QJsonObject item = price.toObject();
        if (item.value(u"name").toString() == u"pw_base_workstations")
            item.insert(QStringLiteral("price"), QStringLiteral("4.95"));
        price = item;
    }
    fake.setPrices(prices);
    find<QCheckBox>("previewCheck")->setChecked(true);
    QStringList row;
    Prompts::fillNextDialog([&row](QDialog &dialog) {
        auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("syncChangesTree"));
        QCOMPARE(tree->topLevelItemCount(), 1);
        for (int column = 0; column < tree->columnCount(); ++column)
            row << tree->topLevelItem(0)->text(column);
    });
    Prompts::answerNextWith(QMessageBox::Apply);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(button->isEnabled());
    QTRY_VERIFY(!row.isEmpty());
    QCOMPARE(row.value(0), u"Updated");
    QCOMPARE(row.value(2), u"4.95\u00a0EUR");
    QCOMPARE(row.value(3), u"4.50\u00a0EUR");
    QCOMPARE(row.value(4), u"price");
    QTRY_VERIFY(SyncRunRepository(m_db).list(eu.id)->size() == 3);

    // The history shows what the selected run changed: the newest changed one price, the first
    // added thirteen products.
    const CatalogueReader reader(m_db);
    SyncHistoryDialog history(reader.syncRuns(eu.id).value(),
                              [&reader](const SyncRun &run) { return reader.changesOfRun(run); });
    QCOMPARE(history.shownChanges(), 1);
    auto *runs = history.findChild<QTableWidget *>(QStringLiteral("syncHistoryTable"));
    auto *changes = history.findChild<QTreeWidget *>(QStringLiteral("syncRunChanges"));
    QCOMPARE(changes->topLevelItem(0)->text(2), u"4.50");
    QCOMPARE(changes->topLevelItem(0)->text(3), u"4.95");
    runs->setCurrentCell(1, 0);
    QCOMPARE(history.shownChanges(), 0); // the run that changed nothing
    runs->setCurrentCell(2, 0);
    QCOMPARE(history.shownChanges(), 13);
    QCOMPARE(changes->topLevelItem(0)->text(0), u"Added");
}

void TestSetupWindow::previewFirstAsksBeforeApplying()
{
    FakeAcronis fake;
    QVERIFY(startFake(fake));
    const Instance eu = addInstance(QStringLiteral("EU"), fake.url());
    openWindow();
    find<QCheckBox>("previewCheck")->setChecked(true);
    auto *button = find<QPushButton>("getServicesButton");
    Prompts::answerNextWith(QMessageBox::Cancel);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(button->isEnabled());
    QVERIFY2(Prompts::lastDialogText().contains(u"If applied, \"EU\" gets 13 new"),
             qPrintable(Prompts::lastDialogText()));
    QVERIFY(ProductRepository(m_db).forInstance(eu.id)->isEmpty()); // the preview wrote nothing
    QVERIFY(SyncRunRepository(m_db).list(eu.id)->isEmpty());

    Prompts::answerNextWith(QMessageBox::Apply);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(ProductRepository(m_db).forInstance(eu.id)->size(), 13);
    QTRY_VERIFY(button->isEnabled());
}

namespace {

// Where the whole of `widget` is not shown: cut off by an ancestor (a scroll area's viewport,
// the window), or a wrapped label given fewer lines than its text needs. Empty: all in sight.
QString outOfSight(const QWidget *widget)
{
    if (!widget->isVisible())
        return widget->objectName() + QStringLiteral(" is hidden");
    for (const QWidget *ancestor = widget->parentWidget(); ancestor;
         ancestor = ancestor->parentWidget()) {
        const QRect mapped(widget->mapTo(ancestor, QPoint(0, 0)), widget->size());
        if (!ancestor->rect().contains(mapped))
            return QStringLiteral("%1 at (%2,%3 %4x%5) is outside %6 (%7x%8)")
                    .arg(widget->objectName())
                    .arg(mapped.x())
                    .arg(mapped.y())
                    .arg(mapped.width())
                    .arg(mapped.height())
                    .arg(ancestor->objectName())
                    .arg(ancestor->width())
                    .arg(ancestor->height());
        if (ancestor->isWindow())
            break;
    }
    const auto *label = qobject_cast<const QLabel *>(widget);
    if (label && label->wordWrap() && label->height() < label->heightForWidth(label->width()))
        return QStringLiteral("%1 is %2 px high, its text needs %3")
                .arg(label->objectName())
                .arg(label->height())
                .arg(label->heightForWidth(label->width()));
    return {};
}

} // namespace

void TestSetupWindow::syncResultStaysInSight_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addRow("800x600") << QSize(800, 600);
    QTest::addRow("default on a 1280x800 screen") << MainWindow::defaultSize(QSize(1280, 770));
}

// The button, the progress while it runs and the result after it are seen without scrolling.
void TestSetupWindow::syncResultStaysInSight()
{
    QFETCH(QSize, size);
    FakeAcronis fake;
    QVERIFY(startFake(fake));
    addInstance(QStringLiteral("EU"), fake.url());
    openWindow();
    m_window->resize(size);
    QTRY_COMPARE(m_window->size(), size);
    auto *button = find<QPushButton>("getServicesButton");
    QTRY_COMPARE(outOfSight(button), QString());

    fake.delayNext(QStringLiteral("GET /api/2/applications"), 600);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(outOfSight(find("syncProgress")), QString());
    QCOMPARE(outOfSight(find("syncCancelButton")), QString());
    QTRY_VERIFY(button->isEnabled());
    QTRY_COMPARE(outOfSight(find("lastRunLabel")), QString());
    QVERIFY2(find<QLabel>("lastRunLabel")->text().contains(u"succeeded (13 added"),
             qPrintable(find<QLabel>("lastRunLabel")->text()));

    QTest::mouseClick(button, Qt::LeftButton); // nothing changes: said beside the button
    QTRY_VERIFY(button->isEnabled());
    QVERIFY(find<QLabel>("syncStepLabel")->text().contains(u"Nothing changed"));
    QTRY_COMPARE(outOfSight(find("syncStepLabel")), QString());
    QCOMPARE(outOfSight(find("lastRunLabel")), QString());
    QCOMPARE(outOfSight(button), QString());
}

void TestSetupWindow::defaultSizeFitsTheScreen()
{
    const QSize laptop = MainWindow::defaultSize(QSize(1280, 770)); // 1280x800 less a panel
    QVERIFY2(laptop.width() >= 1100 && laptop.height() >= 680,
             qPrintable(QStringLiteral("%1x%2").arg(laptop.width()).arg(laptop.height())));
    QVERIFY(QRect(QPoint(), QSize(1280, 770)).contains(QRect(QPoint(), laptop)));
    QCOMPARE(MainWindow::defaultSize(QSize(800, 600)).boundedTo(QSize(800, 600)),
             MainWindow::defaultSize(QSize(800, 600))); // never beyond a small screen
    QCOMPARE(MainWindow::defaultSize(QSize(2560, 1400)), QSize(1120, 720));

    openWindow(); // nothing remembered: the default size on this screen
    QCOMPARE(m_window->size(),
             MainWindow::defaultSize(m_window->screen()->availableGeometry().size()));
}

// The preview: the changes by kind, then by name; a price or "no price" on both sides; every
// column as wide as its contents.
void TestSetupWindow::previewListsChangesInReadingOrder()
{
    const auto change = [](ChangeKind kind, const QString &name, std::optional<int> price) {
        ProductChange made;
        made.kind = kind;
        made.product.name = name;
        made.product.key.offeringItem = name;
        if (price) {
            made.product.sellPrice = Decimal::fromInteger(*price);
            made.product.priceCurrency = QStringLiteral("EUR");
        }
        return made;
    };
    SyncOutcome outcome;
    outcome.instanceName = QStringLiteral("EU");
    outcome.dryRun = true;
    outcome.status = SyncStatus::Succeeded;
    ProductChange renamed = change(ChangeKind::Renamed, QStringLiteral("Servers"), std::nullopt);
    renamed.oldName = QStringLiteral("Server backup");
    ProductChange firstPrice = change(ChangeKind::Updated, QStringLiteral("Workstations"), 5);
    firstPrice.fields = {QStringLiteral("price")}; // from no price to 5.00 EUR
    outcome.diff.changes = {
            change(ChangeKind::Retired, QStringLiteral("Old storage (Acronis Cloud EU)"), 1),
            change(ChangeKind::Added, QStringLiteral("Zeta servers"), 19),
            change(ChangeKind::Unchanged, QStringLiteral("Untouched"), 3),
            change(ChangeKind::Added, QStringLiteral("alpha mailboxes"), std::nullopt),
            firstPrice,
            renamed,
            change(ChangeKind::Added, QStringLiteral("Beta seats"), 2)};
    SyncResultDialog dialog(outcome, true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("syncChangesTree"));
    QStringList rows;
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < tree->columnCount(); ++column)
            cells << tree->topLevelItem(row)->text(column);
        rows << cells.join(u'|');
    }
    const QStringList expected = {
            QStringLiteral("Added|alpha mailboxes|no price||"),
            QStringLiteral("Added|Beta seats|2.00\u00a0EUR||"),
            QStringLiteral("Added|Zeta servers|19.00\u00a0EUR||"),
            QStringLiteral("Renamed|Servers|no price|no price|name, was \"Server backup\""),
            QStringLiteral("Updated|Workstations|5.00\u00a0EUR|no price|price"),
            QStringLiteral("Retired|Old storage (Acronis Cloud EU)|1.00\u00a0EUR|1.00\u00a0EUR|")};
    QCOMPARE(rows, expected);
    QTRY_VERIFY2(tree->header()->length() <= tree->viewport()->width(),
                 qPrintable(QStringLiteral("columns %1 px, view %2 px")
                                    .arg(tree->header()->length())
                                    .arg(tree->viewport()->width())));
    const QAbstractItemView *view = tree; // sizeHintForColumn is public there
    for (int column = 0; column + 1 < tree->columnCount(); ++column)
        QVERIFY2(tree->columnWidth(column) >= view->sizeHintForColumn(column),
                 qPrintable(QString::number(column)));
}

void TestSetupWindow::emptyProductsPageRunsTheSync()
{
    FakeAcronis fake;
    QVERIFY(startFake(fake));
    const Instance eu = addInstance(QStringLiteral("EU"), fake.url());
    openWindow();
    auto *tabs = find<QTabWidget>("mainTabs");
    tabs->setCurrentIndex(1);
    auto *instances = find<QComboBox>("instanceFilter");
    instances->setCurrentIndex(instances->findData(eu.id));
    QVERIFY(find("productsSyncButton")->isVisible());
    QTest::mouseClick(find<QPushButton>("productsSyncButton"), Qt::LeftButton);
    QCOMPARE(tabs->currentIndex(), 0); // the run shows on the instance's page
    QTRY_COMPARE(ProductRepository(m_db).forInstance(eu.id)->size(), 13);
    // The page, read again when next shown, has them.
    QCOMPARE(m_window->productsPage()->model()->rowCount(), 0);
    tabs->setCurrentIndex(1);
    QTRY_COMPARE(m_window->productsPage()->model()->rowCount(), 13);
}

void TestSetupWindow::trustDialogChecksAndKeepsTheFile()
{
    QTemporaryDir dataDirectory;
    TrustDialog dialog(dataDirectory.path());
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QCOMPARE(dialog.fileEdit()->text(), QString());
    QVERIFY(dialog.details()->text().contains(u"Only the system's"));
    QVERIFY(ok->isEnabled());

    dialog.fileEdit()->setText(QStringLiteral(CSP_TEST_DATA "/expired-ca.pem"));
    QVERIFY2(dialog.details()->text().contains(u"\"Expired Proxy CA\""),
             qPrintable(dialog.details()->text()));
    QVERIFY(!ok->isEnabled());

    dialog.fileEdit()->setText(QStringLiteral(CSP_TEST_DATA "/test-cert.pem"));
    QVERIFY2(dialog.details()->text().contains(u"localhost, valid until"),
             qPrintable(dialog.details()->text()));
    QVERIFY(ok->isEnabled());
    ok->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(TrustedCertificates::saved(dataDirectory.path()),
             QFileInfo(QStringLiteral(CSP_TEST_DATA "/test-cert.pem")).absoluteFilePath());
    QVERIFY(QSslConfiguration::defaultConfiguration().caCertificates().contains(
            QSslCertificate::fromPath(QStringLiteral(CSP_TEST_DATA "/test-cert.pem")).first()));

    TrustDialog again(dataDirectory.path()); // opens on what was kept; emptied, the system's alone
    QCOMPARE(again.fileEdit()->text(), TrustedCertificates::saved(dataDirectory.path()));
    again.fileEdit()->clear();
    again.accept();
    QCOMPARE(TrustedCertificates::saved(dataDirectory.path()), QString());
    QVERIFY(!QSslConfiguration::defaultConfiguration().caCertificates().contains(
            QSslCertificate::fromPath(QStringLiteral(CSP_TEST_DATA "/test-cert.pem")).first()));
}

QTEST_MAIN(TestSetupWindow)
#include "tst_setupwindow.moc"
