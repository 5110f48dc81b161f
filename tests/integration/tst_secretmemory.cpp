// Where the client secret is in this process's memory while an API client works: nowhere but in
// the token request being sent. The secret is made here, given to a fake gateway in another
// process and to the real keychain, and then forgotten: the test keeps only hashes of the forms
// it can take (UTF-8, UTF-16, the Basic credentials), and scans every readable mapping of the
// process for them. CTest runs it with glibc's (and AddressSanitizer's) freed memory
// overwritten, so that what is found is memory that is still in use.
#include "acronis/accountapi.h"
#include "core/secretwipe.h"
#include "secrets/secretstore.h"
#include "services/connectiontest.h"
#include "services/instanceapi.h"
#include "storage/database.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace csp;

namespace {

// A byte string known only by its length and a rolling hash (Rabin–Karp, modulo 2^64).
struct Needle
{
    QString name;
    qsizetype length = 0;
    quint64 hash = 0;
};

constexpr quint64 hashBase = 1'099'511'628'211ULL;

quint64 hashOf(const char *data, qsizetype length)
{
    quint64 hash = 0;
    for (qsizetype i = 0; i < length; ++i)
        hash = hash * hashBase + quint8(data[i]);
    return hash;
}

Needle needleFor(const QString &name, const QByteArray &bytes)
{
    return {name, bytes.size(), hashOf(bytes.constData(), bytes.size())};
}

// The names of the needles found in `data`.
void search(const char *data, qsizetype size, const QList<Needle> &needles, QStringList &found)
{
    for (const Needle &needle : needles) {
        if (size < needle.length || found.contains(needle.name))
            continue;
        quint64 highest = 1; // hashBase^(length-1)
        for (qsizetype i = 1; i < needle.length; ++i)
            highest *= hashBase;
        quint64 hash = hashOf(data, needle.length);
        for (qsizetype at = 0;; ++at) {
            if (hash == needle.hash) {
                found.append(needle.name);
                break;
            }
            if (at + needle.length >= size)
                break;
            hash = (hash - quint8(data[at]) * highest) * hashBase +
                    quint8(data[at + needle.length]);
        }
    }
}

// AddressSanitizer's shadow of the address space (x86-64: from 0x7fff8000 to 0x10007fff8000) holds
// no program data, and reading it would take most of the scan.
bool isSanitizerShadow(quint64 start)
{
#if defined(__SANITIZE_ADDRESS__)
    return start >= 0x7fff7000ULL && start < 0x10007fff8000ULL;
#else
    Q_UNUSED(start);
    return false;
#endif
}

// Every readable mapping of this process, read through /proc/self/mem (pages that cannot be
// read are passed over); AddressSanitizer's shadow reservations (over 1 GiB) are left out.
QStringList scanMemory(const QList<Needle> &needles)
{
    QStringList found;
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return {QStringLiteral("/proc/self/maps unreadable")};
    const QList<QByteArray> lines = maps.readAll().split('\n');
    const int memory = ::open("/proc/self/mem", O_RDONLY);
    if (memory < 0)
        return {QStringLiteral("/proc/self/mem unreadable")};
    constexpr qsizetype chunk = 1 << 20;
    QByteArray buffer(chunk + 4096, Qt::Uninitialized);
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        // Only memory the process writes: code and read-only data cannot have received it.
        if (fields.size() < 2 || !fields.at(1).startsWith("rw") || line.contains("[vvar]") ||
            line.contains("[vsyscall]"))
            continue;
        const QList<QByteArray> range = fields.at(0).split('-');
        const quint64 start = range.value(0).toULongLong(nullptr, 16);
        const quint64 end = range.value(1).toULongLong(nullptr, 16);
        if (end - start > (quint64(1) << 30) || isSanitizerShadow(start))
            continue;
        for (quint64 at = start; at < end; at += chunk) {
            // Overlap the chunks so that a needle across a boundary is found.
            const qsizetype want = qsizetype(qMin<quint64>(chunk + 256, end - at));
            const ssize_t got = pread(memory, buffer.data(), size_t(want), off_t(at));
            if (got > 0)
                search(buffer.constData(), qsizetype(got), needles, found);
        }
    }
    ::close(memory);
    buffer.fill('\0');
    return found;
}

} // namespace

class TestSecretMemory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theScanFindsASecretInUse();
    void anApiClientKeepsNoSecretAfterItsToken();
    void aConnectionTestOfTypedTextLeavesNoCopy();
    void wipeZeroesTheSharedBuffer();

private:
    QTemporaryDir m_dir;
    QProcess m_gateway;
    QString m_gatewayUrl;
    QList<Needle> m_needles;
    KeychainSecretStore m_keychain{QStringLiteral("org.acroniscsp.Setup.memorytest")};
    QNetworkAccessManager m_network;
    std::shared_ptr<Database> m_database;
    const QString m_key = QStringLiteral("memory-test");
    const QString m_clientId = QStringLiteral("de305d54-75b4-431b-adb2-eb6b9e546014");

    Instance instance() const;
};

void TestSecretMemory::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // 40 random letters: no part of the program or of Qt contains them by chance.
    QByteArray secret(40, Qt::Uninitialized);
    for (char &c : secret)
        c = char('a' + QRandomGenerator::system()->bounded(26));
    const QString text = QString::fromLatin1(secret);
    QByteArray pair = (m_clientId.toUtf8() + ':' + secret);
    QByteArray basic = pair.toBase64();
    m_needles = {
            needleFor(QStringLiteral("UTF-8"), secret),
            needleFor(QStringLiteral("UTF-16"),
                      QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2)),
            needleFor(QStringLiteral("Basic credentials"), basic)};

    QFile file(m_dir.filePath(QStringLiteral("secret")));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    QCOMPARE(file.write(secret), secret.size());
    file.close();
    const auto written = waitForSecret([&](QObject *context, SecretCallback done) {
        m_keychain.write(m_key, text, context, done);
    });
    QVERIFY2(written.ok(), qPrintable(written.message));
    QString textCopy = text;
    wipe(textCopy);
    wipe(secret);
    wipe(pair);
    wipe(basic);

    m_gateway.setProgram(QStringLiteral(CSP_FAKE_GATEWAY_PATH));
    m_gateway.setArguments({QStringLiteral("--client-secret-file"), file.fileName()});
    m_gateway.start();
    QVERIFY(m_gateway.waitForReadyRead(10'000));
    m_gatewayUrl = QString::fromUtf8(m_gateway.readLine().trimmed());
    QVERIFY(m_gatewayUrl.startsWith(u"http://127.0.0.1:"));
    QFile::remove(file.fileName());

    auto database = Database::open(m_dir.filePath(QStringLiteral("catalogue.db")));
    QVERIFY2(database, qPrintable(database ? QString() : database.error().message));
    m_database = *database;
    // The keychain job and the process start free what they held (deferred deletions, Qt's
    // threads) moments later.
    QTRY_COMPARE_WITH_TIMEOUT(scanMemory(m_needles), QStringList(), 10'000);
}

void TestSecretMemory::cleanupTestCase()
{
    m_gateway.kill();
    m_gateway.waitForFinished();
    waitForSecret([&](QObject *context, SecretCallback done) {
        m_keychain.remove(m_key, context, done);
    });
}

Instance TestSecretMemory::instance() const
{
    Instance instance;
    instance.id = m_key;
    instance.systemName = QStringLiteral("Memory");
    instance.gateway = m_gatewayUrl;
    instance.clientId = m_clientId;
    return instance;
}

// The check can fail: a secret read and kept is found, as UTF-16 and as UTF-8.
void TestSecretMemory::theScanFindsASecretInUse()
{
    QVERIFY(scanMemory(m_needles).isEmpty());
    const auto read = waitForSecret(
            [&](QObject *context, SecretCallback done) { m_keychain.read(m_key, context, done); });
    QVERIFY(read.ok());
    const QByteArray utf8 = read.secret.toUtf8();
    QStringList found = scanMemory(m_needles);
    found.sort();
    QCOMPARE(found, QStringList({QStringLiteral("UTF-16"), QStringLiteral("UTF-8")}));
    SecretResult copy = read;
    wipe(copy.secret);
    QByteArray utf8Copy = utf8;
    wipe(utf8Copy);
    QCOMPARE(scanMemory(m_needles), QStringList());
}

void TestSecretMemory::anApiClientKeepsNoSecretAfterItsToken()
{
    std::optional<Result<InstanceApi>> opened;
    openInstanceApi(
            m_database, m_keychain, m_network, {}, instance(), this, [](const QString &) {},
            [&](const Result<InstanceApi> &api) { opened = api; });
    QTRY_VERIFY_WITH_TIMEOUT(opened.has_value(), 10'000);
    QVERIFY2(*opened, qPrintable(*opened ? QString() : opened->error().message));
    const std::shared_ptr<acronis::ApiClient> api = (*opened)->api;
    opened.reset();
    QCOMPARE(api->requestsSent(), 2); // the token, then the API client's tenant

    // Signed in again: a renewal reads the keychain again.
    std::optional<Status> renewed;
    api->authenticate([&](const Status &status) { renewed = status; });
    QTRY_VERIFY_WITH_TIMEOUT(renewed.has_value(), 10'000);
    QVERIFY2(*renewed, qPrintable(*renewed ? QString() : renewed->error().message));
    // The token request's reply and Qt's network thread free what they held moments later; a
    // copy the client keeps is never freed, and fails.
    QTRY_COMPARE_WITH_TIMEOUT(scanMemory(m_needles), QStringList(), 10'000);
    QVERIFY(api); // alive while scanned
}

void TestSecretMemory::aConnectionTestOfTypedTextLeavesNoCopy()
{
    ConnectionTest test(m_network, m_keychain);
    std::optional<Result<ConnectionInfo>> result;
    connect(&test, &ConnectionTest::finished, this,
            [&](const Result<ConnectionInfo> &outcome) { result = outcome; });
    QString typed = waitForSecret([&](QObject *context, SecretCallback done) {
                        m_keychain.read(m_key, context, done);
                    }).secret;
    test.start(instance(), typed);
    wipe(typed); // what the form's field holds stands for itself; the test took a copy
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10'000);
    QVERIFY2(*result, qPrintable(*result ? QString() : result->error().message));
    // As above: what is being freed goes, what is kept stays.
    QTRY_COMPARE_WITH_TIMEOUT(scanMemory(m_needles), QStringList(), 10'000);
}

void TestSecretMemory::wipeZeroesTheSharedBuffer()
{
    QString secret = QStringLiteral("not-in-a-literal-").repeated(3);
    const QString shared = secret;
    const QChar *buffer = shared.constData();
    const qsizetype size = shared.size();
    wipe(secret);
    QVERIFY(secret.isEmpty());
    QCOMPARE(shared.constData(), buffer); // the same buffer, not a detached copy
    for (qsizetype i = 0; i < size; ++i)
        QCOMPARE(buffer[i].unicode(), 0);

    QByteArray bytes = QByteArray("bytes-").repeated(4);
    const QByteArray sharedBytes = bytes;
    wipe(bytes);
    QCOMPARE(sharedBytes, QByteArray(24, '\0'));

    QString literal = QStringLiteral("a literal stays");
    wipe(literal); // static data is not ours to overwrite, and does not crash
    QVERIFY(literal.isEmpty());
    QCOMPARE(QStringLiteral("a literal stays").size(), 15);
}

QTEST_GUILESS_MAIN(TestSecretMemory)
#include "tst_secretmemory.moc"
