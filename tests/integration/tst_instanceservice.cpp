#include "core/appidentity.h"
#include "core/waitfor.h"
#include "fakesecretstore.h"
#include "secrets/versionedsecretstore.h"
#include "services/instanceservice.h"
#include "storage/instancerepository.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QEventLoop>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace csp;
using csp::test::FakeSecretStore;

namespace {

InstanceChanges validChanges(const QString &name = QStringLiteral("EU"))
{
    InstanceChanges changes;
    changes.systemName = name;
    changes.gateway = QStringLiteral("https://eu2-cloud.acronis.com/");
    changes.clientId = QStringLiteral("7b2e4f1a-9c3d-4e5b-8a6f-1d0c2b3a4e56");
    changes.discount = QStringLiteral("18");
    changes.currency = QStringLiteral("EUR");
    return changes;
}

} // namespace

class TestInstanceService final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void addStoresSettingsAndSecret();
    void aStaleEditIsRefusedNamingTheChange();
    void invalidInputChangesNothing();
    void duplicateNameWritesNoSecret();
    void keychainFailureOnAddLeavesNoRow();
    void keychainFailureOnEditKeepsOldSettings();
    void editWithoutSecretLeavesKeychainAlone();
    void keychainFailureOnRemoveKeepsInstance();
    void removeDeletesSecret();
    void realKeychainRoundTrip();
    void noTransactionIsHeldWhileTheKeychainAnswers();
    void failedEditKeepsTheOldSecret_data();
    void failedEditKeepsTheOldSecret();
    void timedOutWriteCannotLandLater();
    void anotherGatewayOrClientForgetsTheTenant();

private:
    SaveOutcome add(const InstanceChanges &changes, const QString &secret)
    {
        return waitFor<SaveOutcome>([&](auto done) { m_service->add(changes, secret, done); });
    }

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    FakeSecretStore m_secrets;
    std::unique_ptr<InstanceService> m_service;
    int m_counter = 0;
};

void TestInstanceService::init()
{
    CSP_FAIL_ON_SLIPS();
    m_service.reset();
    m_secrets = FakeSecretStore();
    auto db = csp::test::openTestDatabase(
            m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_counter)));
    QVERIFY(db);
    m_db = *db;
    m_service = std::make_unique<InstanceService>(m_db, m_secrets);
}

void TestInstanceService::addStoresSettingsAndSecret()
{
    const SaveOutcome outcome = add(validChanges(), QStringLiteral("top-secret"));
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.instance->gateway, QStringLiteral("https://eu2-cloud.acronis.com"));
    QCOMPARE(m_secrets.entries.value(outcome.instance->id), QStringLiteral("top-secret"));
    const auto stored = InstanceRepository(m_db).findByName(QStringLiteral("EU"));
    QVERIFY(stored);
    QVERIFY(stored->hasSecret);
    QCOMPARE(stored->discountPercent, Decimal::fromInteger(18));
}

void TestInstanceService::invalidInputChangesNothing()
{
    InstanceChanges changes = validChanges();
    changes.discount = QStringLiteral("100.001");
    changes.gateway = QStringLiteral("ftp://x");
    const SaveOutcome outcome = add(changes, QString());
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->kind, ErrorKind::InvalidInput);
    QCOMPARE(outcome.report.errors.size(), 3); // gateway, discount, secret
    // Counted before the report moved on (clang-tidy's bugprone-use-after-move found it at 0).
    QCOMPARE(outcome.error->message,
             QStringLiteral("The instance was not saved: 3 field(s) are invalid."));
    QCOMPARE(m_secrets.calls, 0);
    QVERIFY(InstanceRepository(m_db).list()->isEmpty());
}

void TestInstanceService::duplicateNameWritesNoSecret()
{
    QVERIFY(add(validChanges(QStringLiteral("EU")), QStringLiteral("a")).ok());
    const int callsBefore = m_secrets.calls;
    const SaveOutcome outcome = add(validChanges(QStringLiteral("eu")), QStringLiteral("b"));
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->kind, ErrorKind::Conflict);
    QCOMPARE(m_secrets.calls, callsBefore);
    QCOMPARE(m_secrets.entries.size(), 1);
}

void TestInstanceService::keychainFailureOnAddLeavesNoRow()
{
    m_secrets.failWith = SecretResult::Status::Unavailable;
    const SaveOutcome outcome = add(validChanges(), QStringLiteral("s"));
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->kind, ErrorKind::KeychainUnavailable);
    QVERIFY(outcome.error->message.contains(u"keychain"));
    QVERIFY(InstanceRepository(m_db).list()->isEmpty());
    // The transaction is over: the database takes new work at once.
    m_secrets.failWith = SecretResult::Status::Ok;
    QVERIFY(add(validChanges(), QStringLiteral("s")).ok());
}

void TestInstanceService::aStaleEditIsRefusedNamingTheChange()
{
    const SaveOutcome added = add(validChanges(), QStringLiteral("old"));
    QVERIFY(added.ok());
    const qint64 opened = added.instance->version; // the window's form shows this one
    QCOMPARE(opened, 0);
    // A connection test finds the tenant: not a save, the form may still save.
    QVERIFY(InstanceRepository(m_db).setDistributorTenant(added.instance->id,
                                                          QStringLiteral("tenant-1")));
    InstanceChanges mine;
    mine.discount = QStringLiteral("20");
    const auto first = waitFor<SaveOutcome>([&](auto done) {
        m_service->edit(added.instance->id, mine, std::nullopt, done, opened);
    });
    QVERIFY2(first.ok(), first.error ? qPrintable(first.error->message) : "");
    QCOMPARE(first.instance->version, 1); // the form goes on from the saved one
    // Another admin saves meanwhile (the command line: based on what it has just read).
    InstanceChanges theirs;
    theirs.discount = QStringLiteral("30");
    QVERIFY(waitFor<SaveOutcome>([&](auto done) {
                m_service->edit(added.instance->id, theirs, std::nullopt, done);
            }).ok());
    // The form, still on version 2, saves: refused, naming who changed it; theirs stays.
    mine.discount = QStringLiteral("25");
    const auto stale = waitFor<SaveOutcome>([&](auto done) {
        m_service->edit(added.instance->id, mine, std::nullopt, done, first.instance->version);
    });
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error->kind, ErrorKind::Conflict);
    const QString who = thisUserAtHost();
    QVERIFY2(stale.error->message.contains(QStringLiteral("\"EU\" was changed by ") + who),
             qPrintable(stale.error->message));
    QVERIFY(stale.error->message.contains(u"nothing was saved"));
    const auto stored = InstanceRepository(m_db).findById(added.instance->id);
    QCOMPARE(stored->discountPercent.text(), QStringLiteral("30"));
    QCOMPARE(stored->version, 2);
    QCOMPARE(stored->distributorTenantId, QStringLiteral("tenant-1"));
    // After a reload the same edit goes through.
    QVERIFY(waitFor<SaveOutcome>([&](auto done) {
                m_service->edit(added.instance->id, mine, std::nullopt, done, stored->version);
            }).ok());
}

void TestInstanceService::keychainFailureOnEditKeepsOldSettings()
{
    const SaveOutcome added = add(validChanges(), QStringLiteral("old"));
    QVERIFY(added.ok());
    m_secrets.failWith = SecretResult::Status::Locked;
    InstanceChanges changes;
    changes.discount = QStringLiteral("25");
    const auto outcome = waitFor<SaveOutcome>([&](auto done) {
        m_service->edit(added.instance->id, changes, QStringLiteral("new"), done);
    });
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->kind, ErrorKind::KeychainUnavailable);
    QCOMPARE(InstanceRepository(m_db).findById(added.instance->id)->discountPercent,
             Decimal::fromInteger(18));
    QCOMPARE(m_secrets.entries.value(added.instance->id), QStringLiteral("old"));
}

void TestInstanceService::editWithoutSecretLeavesKeychainAlone()
{
    const SaveOutcome added = add(validChanges(), QStringLiteral("old"));
    QVERIFY(added.ok());
    m_secrets.failWith = SecretResult::Status::Unavailable; // the keychain is not needed
    InstanceChanges changes;
    changes.systemName = QStringLiteral("Europe");
    changes.namePolicy = QStringLiteral("keep");
    const auto outcome = waitFor<SaveOutcome>(
            [&](auto done) { m_service->edit(added.instance->id, changes, std::nullopt, done); });
    QVERIFY(outcome.ok());
    const auto stored = InstanceRepository(m_db).findById(added.instance->id);
    QCOMPARE(stored->systemName, QStringLiteral("Europe"));
    QCOMPARE(stored->namePolicy, NamePolicy::Keep);
    QCOMPARE(stored->gateway, added.instance->gateway);
    QVERIFY(stored->updatedAt >= stored->createdAt);
}

void TestInstanceService::keychainFailureOnRemoveKeepsInstance()
{
    const SaveOutcome added = add(validChanges(), QStringLiteral("s"));
    QVERIFY(added.ok());
    m_secrets.failWith = SecretResult::Status::Unavailable;
    const auto status =
            waitFor<Status>([&](auto done) { m_service->remove(added.instance->id, done); });
    QVERIFY(!status);
    QCOMPARE(status.error().kind, ErrorKind::KeychainUnavailable);
    QVERIFY(InstanceRepository(m_db).findById(added.instance->id));
}

void TestInstanceService::removeDeletesSecret()
{
    const SaveOutcome added = add(validChanges(), QStringLiteral("s"));
    QVERIFY(added.ok());
    QVERIFY(waitFor<Status>([&](auto done) { m_service->remove(added.instance->id, done); }));
    QVERIFY(m_secrets.entries.isEmpty());
    QCOMPARE(InstanceRepository(m_db).findById(added.instance->id).error().kind,
             ErrorKind::NotFound);
    // A secret already gone from the keychain does not block the removal.
    const SaveOutcome again = add(validChanges(), QStringLiteral("s"));
    m_secrets.entries.clear();
    QVERIFY(waitFor<Status>([&](auto done) { m_service->remove(again.instance->id, done); }));
}

void TestInstanceService::realKeychainRoundTrip()
{
    CSP_REQUIRE_KEYCHAIN();
    KeychainSecretStore keychain(QStringLiteral("org.acroniscsp.Setup.tests"));
    InstanceService service(m_db, keychain);
    const auto added = waitFor<SaveOutcome>([&](auto done) {
        service.add(validChanges(QStringLiteral("Real")), QStringLiteral("r-\u00fc"), done);
    });
    QVERIFY2(added.ok(), added.error ? qPrintable(added.error->message) : "");
    const auto read = waitForSecret(
            [&](QObject *c, SecretCallback done) { keychain.read(added.instance->id, c, done); });
    QCOMPARE(read.secret, QStringLiteral("r-\u00fc"));
    QVERIFY(waitFor<Status>([&](auto done) { service.remove(added.instance->id, done); }));
    const auto gone = waitForSecret(
            [&](QObject *c, SecretCallback done) { keychain.read(added.instance->id, c, done); });
    QCOMPARE(gone.status, SecretResult::Status::NotFound);
}

void TestInstanceService::noTransactionIsHeldWhileTheKeychainAnswers()
{
    m_secrets.delayMs = 300;
    Database::Options impatient;
    impatient.busyTimeoutMs = 1;
    auto other = csp::test::openTestDatabase(
            m_dir.filePath(QStringLiteral("s%1.sqlite").arg(m_counter)), impatient);
    QVERIFY(other);
    std::optional<bool> otherCouldWrite;
    m_secrets.whileWriting = [&] {
        Transaction write(**other, Transaction::Kind::Write);
        otherCouldWrite = otherCouldWrite.value_or(true) && write.began();
    };
    const auto forget = qScopeGuard([this] { m_secrets.whileWriting = nullptr; });
    QVERIFY(add(validChanges(), QStringLiteral("s")).ok());
    QVERIFY(otherCouldWrite.has_value());
    QVERIFY2(*otherCouldWrite, "the database was locked while the keychain answered");
}

void TestInstanceService::failedEditKeepsTheOldSecret_data()
{
    QTest::addColumn<bool>("versioned");
    QTest::newRow("keychain entries per version") << true;
    QTest::newRow("one entry, written back") << false;
}

void TestInstanceService::failedEditKeepsTheOldSecret()
{
    QFETCH(bool, versioned);
    VersionedSecretStore entries(m_secrets,
                                 m_dir.filePath(QStringLiteral("names%1.ini").arg(m_counter)));
    SecretStore &secrets = versioned ? static_cast<SecretStore &>(entries) : m_secrets;
    InstanceService service(m_db, secrets);
    const auto added = waitFor<SaveOutcome>(
            [&](auto done) { service.add(validChanges(), QStringLiteral("old"), done); });
    QVERIFY(added.ok());
    // While the keychain takes the new secret, another program removes the instance: the row
    // cannot be written, so the secret must not change either.
    m_secrets.delayMs = 200;
    m_secrets.whileWriting = [&] {
        QSqlQuery(m_db->connection())
                .exec(QStringLiteral("DELETE FROM instances WHERE id = '%1'")
                              .arg(added.instance->id));
    };
    const auto forget = qScopeGuard([this] { m_secrets.whileWriting = nullptr; });
    InstanceChanges changes;
    changes.discount = QStringLiteral("25");
    const auto edited = waitFor<SaveOutcome>([&](auto done) {
        service.edit(added.instance->id, changes, QStringLiteral("new"), done);
    });
    QVERIFY(!edited.ok());
    QCOMPARE(edited.error->kind, ErrorKind::NotFound);
    m_secrets.delayMs = 0;
    const auto read = waitForSecret(
            [&](QObject *c, SecretCallback done) { secrets.read(added.instance->id, c, done); });
    QCOMPARE(read.secret, QStringLiteral("old"));
}

void TestInstanceService::timedOutWriteCannotLandLater()
{
    VersionedSecretStore secrets(m_secrets,
                                 m_dir.filePath(QStringLiteral("names%1.ini").arg(m_counter)));
    InstanceService service(m_db, secrets);
    const auto added = waitFor<SaveOutcome>(
            [&](auto done) { service.add(validChanges(), QStringLiteral("old"), done); });
    QVERIFY(added.ok());
    const QString id = added.instance->id;
    m_secrets.writesTimeOutThenLand = true; // a stuck keychain that wakes up later
    InstanceChanges changes;
    changes.discount = QStringLiteral("25");
    const auto edited = waitFor<SaveOutcome>(
            [&](auto done) { service.edit(id, changes, QStringLiteral("new"), done); });
    QVERIFY(!edited.ok());
    QCOMPARE(edited.error->kind, ErrorKind::KeychainUnavailable);
    QTRY_COMPARE_WITH_TIMEOUT(m_secrets.entries.size(), 2, 5000); // the stuck write lands now
    const auto read =
            waitForSecret([&](QObject *c, SecretCallback done) { secrets.read(id, c, done); });
    QCOMPARE(read.secret, QStringLiteral("old"));
    QCOMPARE(InstanceRepository(m_db).findById(id)->discountPercent, Decimal::fromInteger(18));
    QCOMPARE(secrets.strayEntries(id).size(), 1);
    // The next replacement removes what landed late.
    m_secrets.writesTimeOutThenLand = false;
    QVERIFY(waitFor<SaveOutcome>([&](auto done) {
                service.edit(id, {}, QStringLiteral("newest"), done);
            }).ok());
    QCOMPARE(m_secrets.entries.size(), 1);
    QCOMPARE(m_secrets.entries.begin().value(), QStringLiteral("newest"));
    QVERIFY(secrets.strayEntries(id).isEmpty());
}

void TestInstanceService::anotherGatewayOrClientForgetsTheTenant()
{
    const SaveOutcome added = add(validChanges(), QStringLiteral("s"));
    QVERIFY(added.ok());
    Instance linked = *added.instance;
    linked.distributorTenantId = QStringLiteral("tenant-of-the-old-client");
    QVERIFY(InstanceRepository(m_db).update(linked));
    const auto edit = [&](const InstanceChanges &changes) {
        return waitFor<SaveOutcome>(
                [&](auto done) { m_service->edit(linked.id, changes, std::nullopt, done); });
    };
    InstanceChanges discount;
    discount.discount = QStringLiteral("20");
    QCOMPARE(edit(discount).instance->distributorTenantId, linked.distributorTenantId);
    InstanceChanges client;
    client.clientId = QStringLiteral("2c1d0e9f-8a7b-4c6d-9e5f-a1b2c3d4e5f6");
    QVERIFY(edit(client).ok());
    QVERIFY(InstanceRepository(m_db).findById(linked.id)->distributorTenantId.isEmpty());
    QVERIFY(InstanceRepository(m_db).setDistributorTenant(linked.id, linked.distributorTenantId));
    InstanceChanges gateway;
    gateway.gateway = QStringLiteral("https://us5-cloud.acronis.com");
    QVERIFY(edit(gateway).ok());
    QVERIFY(InstanceRepository(m_db).findById(linked.id)->distributorTenantId.isEmpty());
}

QTEST_GUILESS_MAIN(TestInstanceService)
#include "tst_instanceservice.moc"
