#include "secrets/secretstore.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace csp;

class TestSecretStore final : public QObject
{
    Q_OBJECT

private slots:
    void init() { CSP_REQUIRE_KEYCHAIN(); }
    void roundTripWriteReadDelete();
    void overwriteReplacesTheSecret();
    void missingEntryIsNotFound();
    void servicesAreSeparate();
    void destroyedContextGetsNoCallback();

private:
    static QString freshKey() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
    KeychainSecretStore m_store{QStringLiteral("org.acroniscsp.Setup.tests")};
};

void TestSecretStore::roundTripWriteReadDelete()
{
    const QString key = freshKey();
    const QString secret = QStringLiteral("s3cr3t-\u00dc with spaces and \u20ac");
    auto written = waitForSecret(
            [&](QObject *c, SecretCallback done) { m_store.write(key, secret, c, done); });
    QVERIFY2(written.ok(), qPrintable(written.message));

    auto read = waitForSecret([&](QObject *c, SecretCallback done) { m_store.read(key, c, done); });
    QVERIFY2(read.ok(), qPrintable(read.message));
    QCOMPARE(read.secret, secret);

    auto removed =
            waitForSecret([&](QObject *c, SecretCallback done) { m_store.remove(key, c, done); });
    QVERIFY2(removed.ok(), qPrintable(removed.message));

    auto gone = waitForSecret([&](QObject *c, SecretCallback done) { m_store.read(key, c, done); });
    QCOMPARE(gone.status, SecretResult::Status::NotFound);
    QVERIFY(gone.secret.isEmpty());
}

void TestSecretStore::overwriteReplacesTheSecret()
{
    const QString key = freshKey();
    for (const QString &secret : {QStringLiteral("first"), QStringLiteral("second")})
        QVERIFY(waitForSecret([&](QObject *c, SecretCallback done) {
                    m_store.write(key, secret, c, done);
                }).ok());
    QCOMPARE(waitForSecret([&](QObject *c, SecretCallback done) {
                 m_store.read(key, c, done);
             }).secret,
             QStringLiteral("second"));
}

void TestSecretStore::missingEntryIsNotFound()
{
    const auto result = waitForSecret(
            [&](QObject *c, SecretCallback done) { m_store.read(freshKey(), c, done); });
    QCOMPARE(result.status, SecretResult::Status::NotFound);
    QVERIFY(!result.keychainUnusable());
    QVERIFY2(result.message.contains(u"No client secret is stored"), qPrintable(result.message));
    const auto removed = waitForSecret(
            [&](QObject *c, SecretCallback done) { m_store.remove(freshKey(), c, done); });
    QVERIFY(removed.ok() || removed.status == SecretResult::Status::NotFound);
}

void TestSecretStore::servicesAreSeparate()
{
    const QString key = freshKey();
    QVERIFY(waitForSecret([&](QObject *c, SecretCallback done) {
                m_store.write(key, QStringLiteral("x"), c, done);
            }).ok());
    KeychainSecretStore other(QStringLiteral("org.acroniscsp.Setup.other"));
    const auto result =
            waitForSecret([&](QObject *c, SecretCallback done) { other.read(key, c, done); });
    QCOMPARE(result.status, SecretResult::Status::NotFound);
}

void TestSecretStore::destroyedContextGetsNoCallback()
{
    bool called = false;
    auto *context = new QObject;
    m_store.read(freshKey(), context, [&](const SecretResult &) { called = true; });
    delete context;
    // Let the job finish: a later job queued behind it finishing proves the first one is done.
    const auto after = waitForSecret(
            [&](QObject *c, SecretCallback done) { m_store.read(freshKey(), c, done); });
    QCOMPARE(after.status, SecretResult::Status::NotFound);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
