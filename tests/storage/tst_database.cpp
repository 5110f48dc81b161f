#include "storage/database.h"
#include "storage/filesystem.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <functional>

#include <grp.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace csp;

namespace {

Migration createNotes()
{
    return {1,
            QStringLiteral("notes"),
            {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")}};
}

Migration addAuthor()
{
    return {2,
            QStringLiteral("author"),
            {QStringLiteral("ALTER TABLE notes ADD COLUMN author TEXT")}};
}

Migration brokenThird()
{
    return {3,
            QStringLiteral("broken"),
            {QStringLiteral("CREATE TABLE tags (name TEXT)"), QStringLiteral("THIS IS NOT SQL")}};
}

Database::Options optionsWith(QList<Migration> migrations, int busyTimeoutMs = 5000)
{
    Database::Options options;
    options.migrations = std::move(migrations);
    options.busyTimeoutMs = busyTimeoutMs;
    return options;
}

QByteArray fingerprint(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            hash.addData(file.readAll());
    }
    return hash.result();
}

QString scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("<error>");
    return query.value(0).toString();
}

// Makes a catalogue at `path`, makes it read-only and opens it again: the refusal's message, or
// what went otherwise.
QString readOnlyCatalogueRefusal(const QString &path)
{
    if (auto created = Database::open(path); !created)
        return QStringLiteral("not created: ") + created.error().message;
    if (!QFile::setPermissions(path, QFile::ReadOwner))
        return QStringLiteral("cannot make the catalogue read-only");
    auto readOnly = Database::open(path);
    return readOnly ? QStringLiteral("a read-only catalogue was opened") : readOnly.error().message;
}

// nobody and nogroup on Debian; any id without rights of its own would do.
constexpr uid_t ordinaryId = 65534;

// What `check` returns, run in a child process that is no longer root (the real, effective and
// saved ids and the groups all become `ordinaryId`); else why it could not run.
QString asOrdinaryUser(const std::function<QString()> &check)
{
    int channel[2];
    if (::pipe(channel) != 0)
        return QStringLiteral("no pipe: ") + QString::fromLocal8Bit(std::strerror(errno));
    const pid_t child = ::fork();
    if (child < 0)
        return QStringLiteral("no child process: ") + QString::fromLocal8Bit(std::strerror(errno));
    if (child == 0) {
        ::close(channel[0]);
        QByteArray report;
        if (::setgroups(0, nullptr) != 0 || ::setgid(ordinaryId) != 0 || ::setuid(ordinaryId) != 0)
            report = QByteArray("cannot become an ordinary user: ") + std::strerror(errno);
        else if (::geteuid() == 0 || ::getuid() == 0)
            report = "still root";
        else
            report = check().toUtf8();
        for (qsizetype written = 0; written < report.size();) {
            const ssize_t n = ::write(channel[1], report.constData() + written,
                                      size_t(report.size() - written));
            if (n <= 0)
                ::_exit(2);
            written += n;
        }
        ::_exit(0); // nothing of the parent's (its connections, its temporary files) is undone
    }
    ::close(channel[1]);
    QByteArray report;
    char buffer[4096];
    for (ssize_t n; (n = ::read(channel[0], buffer, sizeof buffer)) != 0;) {
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            break;
        report.append(buffer, n);
    }
    ::close(channel[0]);
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) { }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return QStringLiteral("the child process ended abnormally (status %1): ").arg(status) +
                QString::fromUtf8(report);
    return QString::fromUtf8(report);
}

} // namespace

class TestDatabase final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("t%1.sqlite").arg(++m_counter));
    }

    void freshDatabaseHasTheProgramsSchema();
    void reopenKeepsData();
    void migrationsApplyStepByStep();
    void failedMigrationRollsBack();
    void newerSchemaIsRefusedUnchanged();
    void corruptFileIsRefusedUnchanged();
    void otherSqliteDatabaseIsRefused();
    void lockedDatabaseGivesClearError();
    void unwritableLocationGivesClearError();
    void eachThreadGetsItsOwnConnection();
    void aBulkWritesLogIsFoldedIntoTheFileWhileTheDatabaseIsOpen();
    void version4CarriesPricesAndDiscountsOver();
    void version5GivesEveryProviderItsContract();
    void networkFileSystemIsRefused();
    void fileSystemKinds();

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

void TestDatabase::freshDatabaseHasTheProgramsSchema()
{
    auto db = Database::open(m_path);
    QVERIFY2(db, qPrintable(db.ok() ? QString() : db.error().message));
    QCOMPARE((*db)->schemaVersion(), schemaMigrations().last().version);
    const QStringList tables = (*db)->connection().tables();
    for (const char *table : {"instances", "products", "sync_runs", "schema_version"})
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    QCOMPARE(scalar(**db, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    QCOMPARE(scalar(**db, QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
}

void TestDatabase::reopenKeepsData()
{
    {
        auto db = Database::open(m_path, optionsWith({createNotes()}));
        QVERIFY(db);
        QVERIFY(QSqlQuery((*db)->connection())
                        .exec(QStringLiteral("INSERT INTO notes (body) VALUES ('kept')")));
    }
    auto again = Database::open(m_path, optionsWith({createNotes()}));
    QVERIFY(again);
    QCOMPARE((*again)->schemaVersion(), 1);
    QCOMPARE(scalar(**again, QStringLiteral("SELECT body FROM notes")), QStringLiteral("kept"));
    QCOMPARE(scalar(**again, QStringLiteral("SELECT COUNT(*) FROM schema_version")),
             QStringLiteral("1"));
}

void TestDatabase::version4CarriesPricesAndDiscountsOver()
{
    {
        auto v4 = Database::open(m_path, optionsWith(schemaMigrations().mid(0, 4)));
        QVERIFY(v4);
        QSqlQuery query((*v4)->connection());
        for (const char *statement :
             {"INSERT INTO instances (id, system_name, system_name_key, gateway, client_id, "
              "discount_e4, primary_currency, name_policy, has_secret, created_at, "
              "updated_at) VALUES ('i1', 'EU', 'eu', 'https://x', 'c', 175000, 'EUR', "
              "'update', 1, '2026-01-10T08:00:00.000Z', '2026-01-10T08:00:00.000Z')",
              "INSERT INTO sync_runs (id, instance_id, kind, started_at, finished_at, "
              "status) VALUES ('r1', 'i1', 'get_services_definition', "
              "'2026-02-01T10:00:00.000Z', '2026-02-01T10:00:01.000Z', 'succeeded')",
              "INSERT INTO sync_runs (id, instance_id, kind, started_at, finished_at, "
              "status) VALUES ('r2', 'i1', 'get_services_definition', "
              "'2026-03-01T10:00:00.000Z', '2026-03-01T10:00:01.000Z', 'succeeded')",
              // Added by the first run with its price; the second changed it.
              "INSERT INTO products (id, instance_id, application_id, application_name, "
              "offering_item, edition_key, infra_key, usage_name, item_type, "
              "measurement_unit, name, acronis_name, sell_price_e4, price_currency, "
              "price_source, status, first_seen_at, changed_at) VALUES ('p1', 'i1', 'a', "
              "'Backup', 'pw_base_storage', '', '', 'storage', 'infra', 'bytes', 'S', 'S', "
              "410, 'EUR', 'served', 'active', '2026-02-01T10:00:00.500Z', "
              "'2026-03-01T10:00:00.500Z')",
              "INSERT INTO product_changes (id, product_id, run_id, kind, new_name, "
              "fields, changed_at) VALUES ('c1', 'p1', 'r2', 'updated', 'S', 'price', "
              "'2026-03-01T10:00:00.500Z')",
              // Added by the first run, price unchanged since.
              "INSERT INTO products (id, instance_id, application_id, application_name, "
              "offering_item, edition_key, infra_key, usage_name, item_type, "
              "measurement_unit, name, acronis_name, sell_price_e4, price_currency, "
              "price_source, status, first_seen_at, changed_at) VALUES ('p2', 'i1', 'a', "
              "'Backup', 'pw_base_workstations', '', '', 'w', 'count', 'quantity', 'W', "
              "'W', 1000000, 'EUR', 'served', 'active', '2026-02-01T10:00:00.500Z', "
              "'2026-02-01T10:00:00.500Z')",
              // Never priced.
              "INSERT INTO products (id, instance_id, application_id, application_name, "
              "offering_item, edition_key, infra_key, usage_name, item_type, "
              "measurement_unit, name, acronis_name, status, first_seen_at, changed_at) "
              "VALUES ('p3', 'i1', 'a', 'Backup', 'pw_base_vms', '', '', 'v', 'count', "
              "'quantity', 'V', 'V', 'active', '2026-02-01T10:00:00.500Z', "
              "'2026-02-01T10:00:00.500Z')"})
            QVERIFY2(query.exec(QLatin1String(statement)), qPrintable(query.lastError().text()));
    }
    auto db = Database::open(m_path);
    QVERIFY(db);
    QCOMPARE((*db)->schemaVersion(), schemaMigrations().last().version);
    QCOMPARE(scalar(**db, QStringLiteral("SELECT discount_percent FROM instances")),
             QStringLiteral("17.5"));
    QCOMPARE(scalar(**db,
                    QStringLiteral("SELECT percent || ' ' || effective_from FROM "
                                   "discount_history WHERE scope = 'instance'")),
             QStringLiteral("17.5 2026-01-10T08:00:00.000Z"));
    QCOMPARE(scalar(**db, QStringLiteral("SELECT sell_price FROM products WHERE id = 'p1'")),
             QStringLiteral("0.041"));
    QCOMPARE(scalar(**db, QStringLiteral("SELECT sell_price FROM products WHERE id = 'p2'")),
             QStringLiteral("100"));
    QCOMPARE(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM product_prices")),
             QStringLiteral("2"));
    // In effect from the run that last changed it, or from the run that added it.
    QCOMPARE(scalar(**db,
                    QStringLiteral("SELECT run_id || ' ' || effective_from || ' ' || "
                                   "sell_price FROM product_prices WHERE product_id = 'p1'")),
             QStringLiteral("r2 2026-03-01T10:00:00.500Z 0.041"));
    QCOMPARE(scalar(**db,
                    QStringLiteral("SELECT run_id || ' ' || effective_from || ' ' || "
                                   "source FROM product_prices WHERE product_id = 'p2'")),
             QStringLiteral("r1 2026-02-01T10:00:00.500Z served"));
    QSqlQuery old((*db)->connection());
    QVERIFY(!old.exec(QStringLiteral("SELECT sell_price_e4 FROM products")));
    QVERIFY(!old.exec(QStringLiteral("SELECT discount_e4 FROM instances")));
}

void TestDatabase::version5GivesEveryProviderItsContract()
{
    {
        auto v5 = Database::open(m_path, optionsWith(schemaMigrations().mid(0, 5)));
        QVERIFY(v5);
        QSqlQuery query((*v5)->connection());
        for (const char *statement :
             {"INSERT INTO instances (id, system_name, system_name_key, gateway, client_id, "
              "discount_percent, primary_currency, name_policy, has_secret, created_at, "
              "updated_at) VALUES ('i1', 'EU', 'eu', 'https://x', 'c', '17.5', 'EUR', "
              "'update', 1, '2026-01-10T08:00:00.000Z', '2026-01-10T08:00:00.000Z')",
              "INSERT INTO providers (id, instance_id, customer_id, name, status, tier, "
              "created_at, changed_at) VALUES ('p1', 'i1', 'C-1', 'One', 'active', '3', "
              "'2026-05-03T09:00:00.000Z', '2026-06-01T09:00:00.000Z')",
              "INSERT INTO providers (id, instance_id, customer_id, name, status, "
              "created_at, changed_at) VALUES ('p2', 'i1', 'C-2', 'Two', 'active', "
              "'2026-07-20T09:00:00.000Z', '2026-07-20T09:00:00.000Z')"})
            QVERIFY2(query.exec(QLatin1String(statement)), qPrintable(query.lastError().text()));
    }
    auto db = Database::open(m_path);
    QVERIFY(db);
    QCOMPARE((*db)->schemaVersion(), schemaMigrations().last().version);
    // "none" and tiers 1 to 5, each committed to 0 from when the instance was made.
    QCOMPARE(scalar(**db,
                    QStringLiteral("SELECT group_concat(tier_key || '=' || tier_level_value, ' ') "
                                   "FROM (SELECT * FROM contract_tiers ORDER BY position)")),
             QStringLiteral("none=-1 1=0 2=1 3=2 4=3 5=4"));
    QCOMPARE(scalar(**db,
                    QStringLiteral("SELECT COUNT(*) FROM tier_commitments WHERE "
                                   "minimum_commitment = '0' AND effective_from = "
                                   "'2026-01-10T08:00:00.000Z'")),
             QStringLiteral("6"));
    QCOMPARE(scalar(**db,
                    QStringLiteral("SELECT group_concat(id || ' ' || contract_start || ' ' || "
                                   "ramp_up_months, ', ') FROM (SELECT * FROM providers ORDER BY "
                                   "id)")),
             QStringLiteral("p1 2026-05-03T09:00:00.000Z 0, p2 2026-07-20T09:00:00.000Z 0"));
    // The tier it knew holds from the month it was recorded; the one without a tier has none.
    QCOMPARE(scalar(**db,
                    QStringLiteral("SELECT group_concat(provider_id || ' ' || tier_key || ' ' || "
                                   "from_month, ', ') FROM provider_tiers")),
             QStringLiteral("p1 3 2026-05"));
}

void TestDatabase::networkFileSystemIsRefused()
{
    Database::Options options;
    QString asked;
    options.networkFileSystem = [&asked](const QString &path) -> std::optional<QString> {
        asked = path;
        return QStringLiteral("nfs");
    };
    const QString path = m_dir.filePath(QStringLiteral("shared/catalogue.sqlite"));
    const auto db = Database::open(path, options);
    QVERIFY(!db);
    QCOMPARE(asked, path);
    QVERIFY2(db.error().message.contains(u"network file system (nfs)") &&
                     db.error().message.contains(QFileInfo(path).absolutePath()) &&
                     db.error().message.contains(u"PostgreSQL"),
             qPrintable(db.error().message));
    QVERIFY(!QFile::exists(path));
}

void TestDatabase::fileSystemKinds()
{
    QCOMPARE(networkFileSystemOf(m_dir.path()), std::nullopt); // a temporary folder is local
    QCOMPARE(networkFileSystemOf(m_dir.filePath(QStringLiteral("not/yet/there"))), std::nullopt);
#ifdef Q_OS_LINUX
    QCOMPARE(networkFileSystemName(0x6969), QStringLiteral("nfs"));
    QCOMPARE(networkFileSystemName(0xff534d42), QStringLiteral("cifs"));
    QCOMPARE(networkFileSystemName(0xfe534d42), QStringLiteral("smb2"));
    QCOMPARE(networkFileSystemName(0xef53), std::nullopt);     // ext4
    QCOMPARE(networkFileSystemName(0x01021994), std::nullopt); // tmpfs
#endif
}

void TestDatabase::migrationsApplyStepByStep()
{
    {
        auto v1 = Database::open(m_path, optionsWith({createNotes()}));
        QVERIFY(v1);
        QCOMPARE((*v1)->schemaVersion(), 1);
        QVERIFY(QSqlQuery((*v1)->connection())
                        .exec(QStringLiteral("INSERT INTO notes (body) VALUES ('old')")));
    }
    auto v2 = Database::open(m_path, optionsWith({createNotes(), addAuthor()}));
    QVERIFY(v2);
    QCOMPARE((*v2)->schemaVersion(), 2);
    QVERIFY(QSqlQuery((*v2)->connection()).exec(QStringLiteral("UPDATE notes SET author = 'me'")));
    QCOMPARE(scalar(**v2, QStringLiteral("SELECT body || '/' || author FROM notes")),
             QStringLiteral("old/me"));
    QCOMPARE(scalar(**v2,
                    QStringLiteral("SELECT description FROM schema_version WHERE version = 2")),
             QStringLiteral("author"));
}

void TestDatabase::failedMigrationRollsBack()
{
    QVERIFY(Database::open(m_path, optionsWith({createNotes()})));
    auto broken = Database::open(m_path, optionsWith({createNotes(), addAuthor(), brokenThird()}));
    QVERIFY(!broken);
    QVERIFY2(broken.error().message.contains(u"migration 3"), qPrintable(broken.error().message));
    // Neither migration 2 nor the first half of 3 stayed.
    auto v1 = Database::open(m_path, optionsWith({createNotes()}));
    QVERIFY(v1);
    QCOMPARE((*v1)->schemaVersion(), 1);
    QVERIFY(!(*v1)->connection().tables().contains(QStringLiteral("tags")));
    QVERIFY(!QSqlQuery((*v1)->connection()).exec(QStringLiteral("SELECT author FROM notes")));
}

void TestDatabase::newerSchemaIsRefusedUnchanged()
{
    QVERIFY(Database::open(m_path, optionsWith({createNotes(), addAuthor()})));
    const QByteArray before = fingerprint(m_path);
    auto old = Database::open(m_path, optionsWith({createNotes()}));
    QVERIFY(!old);
    QVERIFY2(old.error().message.contains(u"newer version"), qPrintable(old.error().message));
    QCOMPARE(fingerprint(m_path), before);
}

void TestDatabase::corruptFileIsRefusedUnchanged()
{
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray garbage;
    for (int i = 0; i < 8192; ++i)
        garbage.append(char(i * 7 % 251));
    file.write(garbage);
    file.close();
    auto db = Database::open(m_path);
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(u"not a usable catalogue database"),
             qPrintable(db.error().message));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage);
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")));
}

void TestDatabase::otherSqliteDatabaseIsRefused()
{
    {
        auto other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(m_path);
        QVERIFY(other.open());
        QVERIFY(QSqlQuery(other).exec(QStringLiteral("CREATE TABLE photos (id INTEGER)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = fingerprint(m_path);
    auto db = Database::open(m_path);
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(u"another program"), qPrintable(db.error().message));
    QCOMPARE(fingerprint(m_path), before);
}

void TestDatabase::lockedDatabaseGivesClearError()
{
    QVERIFY(Database::open(m_path, optionsWith({createNotes()})));
    {
        auto holder =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(m_path);
        QVERIFY(holder.open());
        QSqlQuery lock(holder);
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        auto blocked = Database::open(m_path, optionsWith({createNotes(), addAuthor()}, 200));
        QVERIFY(!blocked);
        QVERIFY2(blocked.error().message.contains(u"locked by another program"),
                 qPrintable(blocked.error().message));
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        holder.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    auto later = Database::open(m_path, optionsWith({createNotes(), addAuthor()}));
    QVERIFY(later);
    QCOMPARE((*later)->schemaVersion(), 2);
}

void TestDatabase::unwritableLocationGivesClearError()
{
    // A data directory that cannot exist: its parent is a file (root ignores permission bits).
    QFile blocker(m_dir.filePath(QStringLiteral("a-file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    auto db = Database::open(m_dir.filePath(QStringLiteral("a-file/sub/catalogue.sqlite")));
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(u"Cannot create the data directory"),
             qPrintable(db.error().message));

    // A catalogue its user may not write. Root may write any file, so as root the check runs in
    // a child process that has become an ordinary user.
    QString refusal;
    if (geteuid() == 0) {
        const QString home = m_dir.filePath(QStringLiteral("ordinary-user"));
        QVERIFY(QDir().mkpath(home));
        QVERIFY(::chown(QFile::encodeName(home).constData(), ordinaryId, ordinaryId) == 0);
        QVERIFY(QFile::setPermissions(
                m_dir.path(), QFile::permissions(m_dir.path()) | QFile::ExeOther)); // passable
        refusal = asOrdinaryUser(
                [&] { return readOnlyCatalogueRefusal(home + QStringLiteral("/c.sqlite")); });
    } else {
        refusal = readOnlyCatalogueRefusal(m_path);
    }
    QVERIFY2(refusal.contains(u"not writable"), qPrintable(refusal));
}

void TestDatabase::eachThreadGetsItsOwnConnection()
{
    auto db = Database::open(m_path, optionsWith({createNotes()}));
    QVERIFY(db);
    const QString mainName = (*db)->connection().connectionName();
    QString workerName;
    QString workerBody;
    QThread *worker = QThread::create([&] {
        QSqlQuery insert((*db)->connection());
        insert.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('from worker')"));
        workerName = (*db)->connection().connectionName();
        workerBody = scalar(**db, QStringLiteral("SELECT body FROM notes"));
    });
    worker->start();
    QVERIFY(worker->wait(10000));
    delete worker;
    QVERIFY(!workerName.isEmpty());
    QVERIFY(workerName != mainName);
    QCOMPARE(workerBody, QStringLiteral("from worker"));
    QCOMPARE(scalar(**db, QStringLiteral("SELECT body FROM notes")), QStringLiteral("from worker"));
}

// A bulk write's commit leaves the log to a thread of its own, which folds it into the file while
// the database stays open: the file alone then holds the rows. SQLite itself would not fold a
// log of fewer than 1,000 pages before the close; and the committing connection keeps folding
// long logs at its commits afterwards.
void TestDatabase::aBulkWritesLogIsFoldedIntoTheFileWhileTheDatabaseIsOpen()
{
    auto db = Database::open(m_path, optionsWith({createNotes()}));
    QVERIFY(db);
    {
        Transaction bulk(**db, Transaction::Kind::Bulk);
        QVERIFY(bulk.began());
        QSqlQuery insert((*db)->connection());
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO notes (body) VALUES (?)")));
        for (int i = 0; i < 2000; ++i) {
            insert.addBindValue(QString(500, QChar(char16_t(u'a' + i % 26))));
            QVERIFY(insert.exec());
        }
        QVERIFY(bulk.commit());
    }
    QCOMPARE(scalar(**db, QStringLiteral("PRAGMA wal_autocheckpoint")), QStringLiteral("1000"));
    const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
    const auto rowsInTheFileAlone = [&] {
        QFile::remove(copy);
        QFile::remove(copy + QStringLiteral("-wal"));
        if (!QFile::copy(m_path, copy))
            return -1;
        int rows = -1;
        {
            auto file =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
            file.setDatabaseName(copy);
            if (file.open()) {
                QSqlQuery count(file);
                if (count.exec(QStringLiteral("SELECT COUNT(*) FROM notes")) && count.next())
                    rows = count.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("copy"));
        return rows;
    };
    QTRY_COMPARE_WITH_TIMEOUT(rowsInTheFileAlone(), 2000, 5000);
    // Folded whole, the log is emptied as well, so that the close need not remove megabytes.
    QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(m_path + QStringLiteral("-wal")).size(), 0, 5000);
    QVERIFY(QFileInfo::exists(m_path + QStringLiteral("-wal"))); // still open: the log is kept
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
