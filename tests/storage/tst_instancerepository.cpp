#include "core/timetext.h"
#include "storage/contractrepository.h"
#include "storage/instancerepository.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace csp;

namespace {

Instance sample(const QString &name)
{
    Instance instance;
    instance.id = newUuid();
    instance.systemName = name;
    instance.gateway = QStringLiteral("https://eu2-cloud.acronis.com");
    instance.clientId = QStringLiteral("7b2e4f1a-9c3d-4e5b-8a6f-1d0c2b3a4e56");
    instance.discountPercent = *Decimal::parse(u"17.5");
    instance.primaryCurrency = QStringLiteral("EUR");
    instance.namePolicy = NamePolicy::Keep;
    instance.hasSecret = true;
    instance.createdAt = instance.updatedAt = QDateTime::currentDateTimeUtc();
    return instance;
}

} // namespace

class TestInstanceRepository final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void insertAndReadBack();
    void namesAreUniqueIgnoringCase();
    void updateAndRename();
    void removeTakesProductsAndHistory();
    void lastSyncIsTheNewestFinishedRun();
    void unknownNamesAreNotFound();
    void aCommitmentSetAtTheSameInstantReplacesTheDefault();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<InstanceRepository> m_repo;
    int m_counter = 0;
};

void TestInstanceRepository::init()
{
    m_repo.reset();
    auto db = csp::test::openTestDatabase(
            m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_counter)));
    QVERIFY(db);
    m_db = *db;
    m_repo = std::make_unique<InstanceRepository>(m_db);
}

void TestInstanceRepository::insertAndReadBack()
{
    const Instance eu = sample(QStringLiteral("EU"));
    QVERIFY(m_repo->insert(eu));
    const auto found = m_repo->findByName(QStringLiteral("eu"));
    QVERIFY(found);
    QCOMPARE(found->id, eu.id);
    QCOMPARE(found->systemName, eu.systemName);
    QCOMPARE(found->gateway, eu.gateway);
    QCOMPARE(found->clientId, eu.clientId);
    QCOMPARE(found->discountPercent, eu.discountPercent);
    QCOMPARE(found->primaryCurrency, eu.primaryCurrency);
    QCOMPARE(found->namePolicy, NamePolicy::Keep);
    QCOMPARE(found->hasSecret, true);
    QVERIFY(found->distributorTenantId.isEmpty());
    QCOMPARE(found->createdAt, eu.createdAt.toUTC());
    QCOMPARE(found->createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(found->productType(), QStringLiteral("Acronis Cyber Cloud \u2013 EU"));
}

void TestInstanceRepository::namesAreUniqueIgnoringCase()
{
    QVERIFY(m_repo->insert(sample(QStringLiteral("EU West"))));
    const Status clash = m_repo->insert(sample(QStringLiteral("eu west")));
    QVERIFY(!clash);
    QCOMPARE(clash.error().kind, ErrorKind::Conflict);
    QVERIFY2(clash.error().message.contains(u"already used"), qPrintable(clash.error().message));
    QVERIFY(m_repo->insert(sample(QStringLiteral("US"))));
    const auto all = m_repo->list();
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).systemName, QStringLiteral("EU West")); // ordered by name
}

void TestInstanceRepository::updateAndRename()
{
    Instance eu = sample(QStringLiteral("EU"));
    QVERIFY(m_repo->insert(eu));
    QVERIFY(m_repo->insert(sample(QStringLiteral("US"))));
    eu.systemName = QStringLiteral("eu"); // changing only the case of its own name is fine
    eu.discountPercent = Decimal::fromInteger(20);
    eu.distributorTenantId = QStringLiteral("3f2a9c1e-5b7d-4e8a-9c10-6d2f4b8a1e01");
    QVERIFY(m_repo->update(eu));
    const auto found = m_repo->findById(eu.id);
    QVERIFY(found);
    QCOMPARE(found->systemName, QStringLiteral("eu"));
    QCOMPARE(found->discountPercent, Decimal::fromInteger(20));
    QCOMPARE(found->distributorTenantId, eu.distributorTenantId);

    eu.systemName = QStringLiteral("us");
    const Status clash = m_repo->update(eu);
    QVERIFY(!clash);
    QCOMPARE(clash.error().kind, ErrorKind::Conflict);
    QCOMPARE(m_repo->findById(eu.id)->systemName, QStringLiteral("eu"));
}

void TestInstanceRepository::removeTakesProductsAndHistory()
{
    const Instance eu = sample(QStringLiteral("EU"));
    const Instance us = sample(QStringLiteral("US"));
    QVERIFY(m_repo->insert(eu));
    QVERIFY(m_repo->insert(us));
    for (const Instance *owner : {&eu, &eu, &us}) {
        QSqlQuery insert(m_db->connection());
        insert.prepare(QStringLiteral(
                "INSERT INTO products (id, instance_id, application_id, application_name, "
                "offering_item, "
                "edition_key, infra_key, usage_name, item_type, measurement_unit, name, "
                "acronis_name, status, "
                "first_seen_at, changed_at) VALUES (?, ?, 'app', 'Backup', ?, '', '', "
                "'workstations', 'count', 'quantity', 'n', 'n', 'active', 't', 't')"));
        insert.addBindValue(newUuid());
        insert.addBindValue(owner->id);
        insert.addBindValue(newUuid()); // offering item
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    QSqlQuery run(m_db->connection());
    QVERIFY(run.exec(
            QStringLiteral("INSERT INTO sync_runs (id, instance_id, kind, started_at, status) "
                           "VALUES ('r1', '") +
            eu.id + QStringLiteral("', 'sync', 't', 'succeeded')")));
    QCOMPARE(*m_repo->productCount(eu.id), 2);
    QVERIFY(m_repo->remove(eu.id));
    QCOMPARE(*m_repo->productCount(eu.id), 0);
    QCOMPARE(*m_repo->productCount(us.id), 1);
    QVERIFY(run.exec(QStringLiteral("SELECT COUNT(*) FROM sync_runs")) && run.next());
    QCOMPARE(run.value(0).toInt(), 0);
    QCOMPARE(m_repo->remove(eu.id).error().kind, ErrorKind::NotFound);
}

void TestInstanceRepository::lastSyncIsTheNewestFinishedRun()
{
    const Instance eu = sample(QStringLiteral("EU"));
    QVERIFY(m_repo->insert(eu));
    QVERIFY(m_repo->lastSync(eu.id));
    QVERIFY(!m_repo->lastSync(eu.id)->has_value());
    QSqlQuery run(m_db->connection());
    const QStringList runs = {
            QStringLiteral("('a', '%1', 'sync', '2026-01-01T10:00:00.000Z', "
                           "'2026-01-01T10:00:05.000Z', 'failed')"),
            QStringLiteral("('b', '%1', 'sync', '2026-01-02T10:00:00.000Z', "
                           "'2026-01-02T10:00:05.000Z', 'succeeded')"),
            QStringLiteral("('c', '%1', 'sync', '2026-01-03T10:00:00.000Z', NULL, 'running')"),
    };
    for (const QString &values : runs)
        QVERIFY(run.exec(QStringLiteral("INSERT INTO sync_runs (id, instance_id, kind, started_at, "
                                        "finished_at, status) VALUES ") +
                         values.arg(eu.id)));
    const auto last = m_repo->lastSync(eu.id);
    QVERIFY(last && last->has_value());
    QCOMPARE((*last)->status, SyncStatus::Succeeded);
    QCOMPARE((*last)->finishedAt, QStringLiteral("2026-01-02T10:00:05.000Z"));
}

void TestInstanceRepository::unknownNamesAreNotFound()
{
    const auto missing = m_repo->findByName(QStringLiteral("Nowhere"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    QVERIFY(missing.error().message.contains(u"Nowhere"));
}

// An instance imported with its tiers sets each commitment at the instant it was created with
// the defaults (0.00): the one set last is in effect, whatever order the engine returns rows in
// (every tier is tried, so a random tie-break fails this almost surely).
void TestInstanceRepository::aCommitmentSetAtTheSameInstantReplacesTheDefault()
{
    const Instance eu = sample(QStringLiteral("EU"));
    QVERIFY(m_repo->insert(eu));
    ContractRepository contracts(m_db);
    const auto tiers = contracts.tiers(eu.id);
    QVERIFY(tiers);
    QCOMPARE(tiers->size(), 6);
    const QString created = catalogueTime(eu.createdAt);
    for (qsizetype i = 0; i < tiers->size(); ++i) {
        ContractTier tier = tiers->at(i);
        tier.minimumCommitment = Decimal::fromInteger(int(100 * (i + 1)));
        QVERIFY(contracts.saveTier(eu.id, tier, created));
    }
    const auto inEffect = contracts.commitmentsBefore(eu.id, QStringLiteral("9999-12-31"));
    QVERIFY(inEffect);
    for (qsizetype i = 0; i < tiers->size(); ++i)
        QCOMPARE(inEffect->value(tiers->at(i).key).text(), QString::number(100 * (i + 1)));
    QSqlQuery count(m_db->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM tier_commitments")));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 6); // one entry per tier and instant
}

QTEST_GUILESS_MAIN(TestInstanceRepository)
#include "tst_instancerepository.moc"
