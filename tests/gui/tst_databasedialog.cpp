// File > Catalogue Database: this computer's file or a PostgreSQL server, tested, the typed
// password checked and kept in the real OS keychain, the choice kept, and the window replaced by
// one on the chosen catalogue. Needs the fixture's PostgreSQL server (POSTGRES_ONLY).
#include "core/waitfor.h"
#include "databasedialog.h"
#include "fakesecretstore.h"
#include "mainwindow.h"
#include "prompts.h"
#include "services/cataloguedatabase.h"
#include "storage/instancerepository.h"
#include "testdatabase.h"
#include "testsupport.h"
#include "windowsession.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace csp;
using namespace csp::test;

class TestDatabaseDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void localFileIsTestedAndKept();
    void serverLoginIsCheckedAndThePasswordKeptInTheKeychain();
    void theWindowMovesToTheChosenCatalogue();

private:
    static QString serverPassword() { return postgresFixtureFile(QStringLiteral("server/pw")); }
    void chooseServer(DatabaseDialog &dialog, const QString &url, const QString &password);
    SecretResult storedPassword(const QString &url);

    QTemporaryDir m_dir;
    KeychainSecretStore m_keychain{QStringLiteral("org.acroniscsp.Setup.tests")};
    int m_counter = 0;
};

void TestDatabaseDialog::initTestCase()
{
    CSP_REQUIRE_KEYCHAIN();
    QVERIFY2(onPostgres(), "needs the fixture's PostgreSQL server");
    qunsetenv("ACRONIS_CSP_DATABASE");
}

void TestDatabaseDialog::init()
{
    QSettings().clear();
    ++m_counter;
}

void TestDatabaseDialog::chooseServer(DatabaseDialog &dialog, const QString &url,
                                      const QString &password)
{
    const auto radios = dialog.findChildren<QRadioButton *>();
    radios.at(1)->setChecked(true);
    dialog.findChild<QLineEdit *>(QStringLiteral("databaseUrlEdit"))->setText(url);
    dialog.findChild<QLineEdit *>(QStringLiteral("databasePasswordEdit"))->setText(password);
}

SecretResult TestDatabaseDialog::storedPassword(const QString &url)
{
    return waitForSecret([&](QObject *context, SecretCallback done) {
        m_keychain.read(CatalogueDatabase::passwordKey(*DatabaseLocation::parse(url)), context,
                        std::move(done));
    });
}

void TestDatabaseDialog::localFileIsTestedAndKept()
{
    const QString dataDir = m_dir.filePath(QStringLiteral("local%1").arg(m_counter));
    DatabaseDialog dialog(m_keychain, dataDir,
                          QStringLiteral("sqlite:") + catalogueDatabasePath(dataDir), {});
    QVERIFY(dialog.findChildren<QRadioButton *>().at(0)->isChecked());
    QVERIFY(dialog.spec().isEmpty()); // the default file
    QVERIFY(dialog.test());
    QVERIFY2(dialog.status()->text().contains(u"SQLite, schema"),
             qPrintable(dialog.status()->text()));
    QVERIFY(dialog.status()->text().contains(u"0 instance"));
    const QString other = m_dir.filePath(QStringLiteral("elsewhere%1.sqlite").arg(m_counter));
    dialog.findChild<QLineEdit *>(QStringLiteral("databaseFileEdit"))->setText(other);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(CatalogueDatabase::windowSetting(), QStringLiteral("sqlite:") + other);
}

void TestDatabaseDialog::serverLoginIsCheckedAndThePasswordKeptInTheKeychain()
{
    const QString url = postgresUrlFor(m_dir.filePath(QStringLiteral("server%1").arg(m_counter)));
    qputenv("PGPASSFILE", "/nonexistent"); // only what is typed here, or the keychain
    const auto restore = qScopeGuard([] {
        qputenv("PGPASSFILE",
                (qEnvironmentVariable("ACRONIS_CSP_TEST_POSTGRES") + u"/pgpass").toUtf8());
    });
    DatabaseDialog dialog(m_keychain, m_dir.path(), QStringLiteral("sqlite:x"), {});
    chooseServer(dialog, url, QStringLiteral("not-the-password"));
    QVERIFY(!dialog.test());
    QVERIFY2(dialog.status()->text().contains(u"refused the login"),
             qPrintable(dialog.status()->text()));
    QVERIFY(!dialog.status()->text().contains(u"not-the-password"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // nothing kept
    QCOMPARE(storedPassword(url).status, SecretResult::Status::NotFound);
    QVERIFY(CatalogueDatabase::windowSetting().isEmpty());

    chooseServer(dialog, url, serverPassword());
    dialog.accept();
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.status()->text()));
    QVERIFY2(dialog.status()->text().contains(u"PostgreSQL, schema"),
             qPrintable(dialog.status()->text()));
    QCOMPARE(CatalogueDatabase::windowSetting(), url);
    const SecretResult kept = storedPassword(url);
    QVERIFY(kept.ok());
    QCOMPARE(kept.secret, serverPassword());
    // Never in the settings.
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY(!settings.value(key).toString().contains(serverPassword()));
    // The keychain's password is enough from now on: Test without typing it.
    DatabaseDialog again(m_keychain, m_dir.path(), url, {});
    QVERIFY(again.findChildren<QRadioButton *>().at(1)->isChecked());
    QVERIFY2(again.test(), qPrintable(again.status()->text()));
}

void TestDatabaseDialog::theWindowMovesToTheChosenCatalogue()
{
    const QString dataDir = m_dir.filePath(QStringLiteral("host%1").arg(m_counter));
    const QString url = postgresUrlFor(m_dir.filePath(QStringLiteral("shared%1").arg(m_counter)));
    { // another admin's instance on the server
        auto shared = Database::open(*DatabaseLocation::parse(url), Database::Options());
        QVERIFY(shared);
        Instance instance;
        instance.id = newUuid();
        instance.systemName = QStringLiteral("Shared EU");
        instance.gateway = QStringLiteral("https://eu2-cloud.acronis.com");
        instance.clientId = QStringLiteral("client");
        instance.discountPercent = Decimal::fromInteger(18);
        instance.primaryCurrency = QStringLiteral("EUR");
        instance.createdAt = instance.updatedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(InstanceRepository(*shared).insert(instance));
    }
    FakeSecretStore secrets;
    WindowSession session(m_keychain, secrets, {dataDir, {}, false});
    QVERIFY(session.open());
    MainWindow *first = session.window();
    first->show();
    QCOMPARE(first->findChild<QLabel *>(QStringLiteral("catalogueLocation"))->text(),
             catalogueDatabasePath(dataDir));
    QCOMPARE(first->findChild<QListWidget *>()->count(), 0);

    MainWindow *replaced = nullptr;
    connect(&session, &WindowSession::windowReplaced, this, [&](MainWindow *w) { replaced = w; });
    Prompts::fillNextDialog([&](QDialog &dialog) {
        auto &chooser = dynamic_cast<DatabaseDialog &>(dialog);
        chooseServer(chooser, url, serverPassword());
        chooser.accept();
    });
    Prompts::answerNextWith(QMessageBox::Ok);
    first->findChild<QAction *>(QStringLiteral("catalogueDatabaseAction"))->trigger();
    QVERIFY(replaced);
    QCOMPARE(session.window(), replaced);
    QCOMPARE(replaced->findChild<QLabel *>(QStringLiteral("catalogueLocation"))->text(), url);
    QCOMPARE(replaced->findChild<QListWidget *>()->count(), 1);
    QCOMPARE(replaced->findChild<QListWidget *>()->item(0)->text(), QStringLiteral("Shared EU"));
    // The next start opens the same.
    WindowSession next(m_keychain, secrets, {dataDir, {}, false});
    QVERIFY(next.open());
    QCOMPARE(next.window()->findChild<QLabel *>(QStringLiteral("catalogueLocation"))->text(), url);
    // --database comes first, and the dialog says so.
    WindowSession started(
            m_keychain, secrets,
            {dataDir, QStringLiteral("sqlite:") + catalogueDatabasePath(dataDir), false});
    QVERIFY(started.open());
    QCOMPARE(started.overriddenBy(), QStringLiteral("--database"));
    QCOMPARE(started.window()->findChild<QLabel *>(QStringLiteral("catalogueLocation"))->text(),
             catalogueDatabasePath(dataDir));
}

QTEST_MAIN(TestDatabaseDialog)
#include "tst_databasedialog.moc"
