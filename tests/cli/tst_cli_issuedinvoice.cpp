// Issued invoices end to end (issue 33's acceptance test): October 2026 is issued with figures
// worked out by hand; then a price, a tier's commitment and the usage change; October still
// prints the same bytes (JSON, CSV, text, the statement); diff shows exactly those changes;
// correct gives credit notes equal to minus the originals and replacements equal to the
// recomputation, numbered in sequence; two machines issuing at once (two connections of their
// own, in two threads) get distinct, gap-free numbers, on PostgreSQL too (the test also runs as
// *_pg); a month whose report is not final refuses and changes nothing.

#include "clirunner.h"
#include "fakeacronis/backupitems.h"
#include "fakeacronis/fakeacronis.h"
#include "services/invoicestatement.h"
#include "services/issuedinvoiceservice.h"
#include "storage/issuedinvoicerepository.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace csp;
using csp::test::args;
using csp::test::backupItem;
using csp::test::backupPrice;
using csp::test::CliRun;
using csp::test::FakeAcronis;

namespace {

const QString distributorId = QStringLiteral("8c4e2b7a-1d3f-4a6b-9e5c-7f0a2d4c6b12");
const QString october = QStringLiteral("2026-10");
// Acronis' report of October is final from 2 November 06:00 UTC.
const QString notFinal = QStringLiteral("2026-11-02T05:59:59Z");
const QString final = QStringLiteral("2026-11-02T06:00:00Z");

} // namespace

class TestCliIssuedInvoice final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aMonthWhoseReportIsNotFinalIsRefusedAndNothingChanges();
    void issuingNumbersEachInvoice_data();
    void issuingNumbersEachInvoice();
    void aMonthIsIssuedOnce();
    void anIssuedMonthPrintsTheSameBytesAfterChanges();
    void diffShowsExactlyTheChanges_data();
    void diffShowsExactlyTheChanges();
    void correctCreditsAndReplaces_data();
    void correctCreditsAndReplaces();
    void numberingIsSetButNeverGoesBack();
    void twoMachinesIssuingAtOnceGetDistinctGapFreeNumbers();

private:
    CliRun cli(const QStringList &arguments, const QString &now = final, const QString &input = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ACRONIS_CSP_NOW"), now);
        return csp::test::runCli(m_dir.path(), arguments, input, environment);
    }
    QString tenantOf(const char *customerId) const
    {
        return m_fake.tenantsWithCustomerId(QString::fromLatin1(customerId))
                .value(0)
                .value(u"id")
                .toString();
    }
    void execSql(const QString &statement);
    int countOf(const QString &table);
    QJsonArray octoberJson();
    QString statementsOfOctober();

    QTemporaryDir m_dir;
    FakeAcronis m_fake;
    std::shared_ptr<Database> m_db;
    QString m_issuedJson;
    QString m_issuedCsv;
    QString m_issuedText;
    QString m_issuedStatements;
};

void TestCliIssuedInvoice::execSql(const QString &statement)
{
    QSqlQuery query(m_db->connection());
    QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
}

int TestCliIssuedInvoice::countOf(const QString &table)
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QJsonArray TestCliIssuedInvoice::octoberJson()
{
    const CliRun run = cli({QStringLiteral("invoice"), QStringLiteral("EU"),
                            QStringLiteral("--month"), october, QStringLiteral("--json")});
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.err));
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

// Each issued document's statement (the PDF's text), in the order of their numbers.
QString TestCliIssuedInvoice::statementsOfOctober()
{
    const auto issued = IssuedInvoiceService(m_db).ofMonth(csp::test::firstInstanceId(m_dir.path()),
                                                           QDate(2026, 10, 1));
    if (!issued)
        return issued.error().message;
    QString html;
    for (const IssuedInvoice &document : *issued)
        html += invoiceStatementHtml(document, QStringLiteral("EU"));
    return html;
}

void TestCliIssuedInvoice::initTestCase()
{
    CSP_REQUIRE_KEYCHAIN();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_fake.addTenant(FakeAcronis::fixture(QStringLiteral("tenant_partner.json")));
    m_fake.addClient(QStringLiteral("c11e0001-0000-4000-8000-000000000001"),
                     QStringLiteral("secret-1"), distributorId);
    m_fake.setApplications(
            FakeAcronis::fixture(QStringLiteral("applications.json")).value(u"items").toArray());
    m_fake.setCatalogue({backupItem("pw_base_workstations", "count", "quantity")});
    m_fake.setPrices(QJsonArray{backupPrice("pw_base_workstations", "100")});
    QVERIFY(m_fake.listen());
    const CliRun added = cli(
            {QStringLiteral("instance"), QStringLiteral("add"), QStringLiteral("--system-name"),
             QStringLiteral("EU"), QStringLiteral("--gateway"), m_fake.url(),
             QStringLiteral("--client-id"), QStringLiteral("c11e0001-0000-4000-8000-000000000001"),
             QStringLiteral("--discount"), QStringLiteral("18"), QStringLiteral("--currency"),
             QStringLiteral("EUR"), QStringLiteral("--client-secret-stdin")},
            final, QStringLiteral("secret-1"));
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(cli(args({"sync", "EU"})).exitCode, 0);
    QCOMPARE(cli(args({"tier", "set", "EU", "1", "--commitment", "250", "--from", "2026-08"}))
                     .exitCode,
             0);
    QCOMPARE(cli(args({"tier", "set", "EU", "3", "--commitment", "500", "--from", "2026-08"}))
                     .exitCode,
             0);
    m_fake.setCreationTime(QDateTime(QDate(2026, 8, 10), QTime(9, 0), Qt::UTC));
    for (const auto &[id, name, tier] :
         {std::tuple{"ERP-A", "Above", "1"}, std::tuple{"ERP-B", "Below", "3"}}) {
        const QString customer = QString::fromLatin1(id);
        const CliRun created =
                cli({QStringLiteral("provider"), QStringLiteral("create"), QStringLiteral("EU"),
                     QStringLiteral("--name"), QString::fromLatin1(name),
                     QStringLiteral("--customer-id"), customer, QStringLiteral("--admin-login"),
                     customer.toLower() + QStringLiteral("-admin"), QStringLiteral("--admin-email"),
                     customer.toLower() + QStringLiteral("@example.com"), QStringLiteral("--tier"),
                     QString::fromLatin1(tier)});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    }
    auto db = csp::test::openTestDatabase(m_dir.filePath(QStringLiteral("catalogue.sqlite")));
    QVERIFY(db);
    m_db = *db;
    // The price list is from August, as are the instance's first commitments (all 0).
    execSql(QStringLiteral("UPDATE sync_runs SET started_at = '2026-08-15T12:00:00.000Z', "
                           "finished_at = '2026-08-15T12:00:00.000Z'"));
    execSql(QStringLiteral(
            "UPDATE product_prices SET effective_from = '2026-08-15T12:00:00.000Z'"));
    execSql(QStringLiteral("UPDATE tier_commitments SET effective_from = "
                           "'2026-07-01T00:00:00.000Z' WHERE minimum_commitment = '0'"));
    m_fake.setReportRows({csp::test::backupReportRow(tenantOf("ERP-A"), "pw_base_workstations", 3),
                          csp::test::backupReportRow(tenantOf("ERP-B"), "pw_base_workstations", 2)},
                         0);
}

void TestCliIssuedInvoice::aMonthWhoseReportIsNotFinalIsRefusedAndNothingChanges()
{
    const qsizetype requestsBefore = m_fake.requests().size();
    const CliRun refused = cli(args({"invoice", "issue", "EU", "--month", "2026-10"}), notFinal);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"not final") && refused.err.contains(u"2026-11-02 06:00 UTC"),
             qPrintable(refused.err));
    QCOMPARE(m_fake.requests().size(), requestsBefore); // not even the report was asked for
    QCOMPARE(countOf(QStringLiteral("issued_invoices")), 0);
    QCOMPARE(countOf(QStringLiteral("issued_invoice_lines")), 0);
    QCOMPARE(countOf(QStringLiteral("invoice_numbering")), 0);
    // "last" is the clock's last month too: on 2 November before 06:00 that is October.
    QCOMPARE(cli(args({"invoice", "issue", "EU", "--month", "last"}), notFinal).exitCode, 1);
    const QJsonArray open = octoberJson();
    QCOMPARE(open.size(), 2);
    for (const auto &invoice : open) {
        QCOMPARE(invoice[u"status"].toString(), QStringLiteral("open"));
        QVERIFY(invoice[u"number"].isNull());
    }
}

void TestCliIssuedInvoice::issuingNumbersEachInvoice_data()
{
    QTest::addColumn<QString>("customer");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("usageSell");
    QTest::addColumn<QString>("usageCost");
    QTest::addColumn<QString>("shortfall");
    QTest::addColumn<QString>("totalSell");
    QTest::addColumn<QString>("totalCost");
    // 3 × 100 = 300 over a commitment of 250; cost at 18 % off: 3 × 82 = 246.
    QTest::newRow("above") << "ERP-A"
                           << "INV-000001"
                           << "300.00"
                           << "246.00"
                           << "0.00"
                           << "300.00"
                           << "246.00";
    // 2 × 100 = 200 against 500: 300 short, costing 300 × 0.82 = 246; 164 + 246 = 410.
    QTest::newRow("below") << "ERP-B"
                           << "INV-000002"
                           << "200.00"
                           << "164.00"
                           << "300.00"
                           << "500.00"
                           << "410.00";
}

void TestCliIssuedInvoice::issuingNumbersEachInvoice()
{
    if (m_issuedJson.isEmpty()) {
        const CliRun issued = cli(args({"invoice", "issue", "EU", "--month", "2026-10", "--json"}));
        QVERIFY2(issued.exitCode == 0, qPrintable(issued.err));
        m_issuedJson = octoberJson().isEmpty() ? QString() : QStringLiteral("issued");
        const CliRun json = cli({QStringLiteral("invoice"), QStringLiteral("EU"),
                                 QStringLiteral("--month"), october, QStringLiteral("--json")});
        const CliRun csv = cli({QStringLiteral("invoice"), QStringLiteral("EU"),
                                QStringLiteral("--month"), october, QStringLiteral("--csv")});
        const CliRun text = cli({QStringLiteral("invoice"), QStringLiteral("EU"),
                                 QStringLiteral("--month"), october});
        QCOMPARE(json.exitCode + csv.exitCode + text.exitCode, 0);
        m_issuedJson = json.out;
        m_issuedCsv = csv.out;
        m_issuedText = text.out;
        m_issuedStatements = statementsOfOctober();
    }
    QFETCH(QString, customer);
    QJsonObject invoice;
    for (const auto &one : QJsonDocument::fromJson(m_issuedJson.toUtf8()).array())
        if (one[u"customer_id"].toString() == customer)
            invoice = one.toObject();
    QCOMPARE(invoice[u"number"].toString(),
             QTest::currentDataTag() == QByteArray("above") ? QStringLiteral("INV-000001")
                                                            : QStringLiteral("INV-000002"));
    QFETCH(QString, number);
    QCOMPARE(invoice[u"number"].toString(), number);
    QCOMPARE(invoice[u"status"].toString(), QStringLiteral("issued"));
    QCOMPARE(invoice[u"kind"].toString(), QStringLiteral("invoice"));
    QCOMPARE(invoice[u"issued_at"].toString(), QStringLiteral("2026-11-02T06:00:00.000Z"));
    QVERIFY(invoice[u"corrects"].isNull());
    QFETCH(QString, usageSell);
    QFETCH(QString, usageCost);
    QFETCH(QString, shortfall);
    QFETCH(QString, totalSell);
    QFETCH(QString, totalCost);
    QCOMPARE(invoice[u"usage_sell"].toString(), usageSell);
    QCOMPARE(invoice[u"usage_cost"].toString(), usageCost);
    QCOMPARE(invoice[u"shortfall"].toString(), shortfall);
    QCOMPARE(invoice[u"total_sell"].toString(), totalSell);
    QCOMPARE(invoice[u"total_cost"].toString(), totalCost);
    QCOMPARE(invoice[u"discount"].toString(), QStringLiteral("18"));
    QVERIFY(!invoice[u"usage_report"].toString().isEmpty());
    QVERIFY(!invoice[u"price_list"][u"run_id"].toString().isEmpty());
}

void TestCliIssuedInvoice::aMonthIsIssuedOnce()
{
    const CliRun again = cli(args({"invoice", "issue", "EU", "--month", "2026-10"}));
    QCOMPARE(again.exitCode, 6);
    QVERIFY2(again.err.contains(u"INV-000001"), qPrintable(again.err));
    QCOMPARE(countOf(QStringLiteral("issued_invoices")), 2);
}

void TestCliIssuedInvoice::anIssuedMonthPrintsTheSameBytesAfterChanges()
{
    QVERIFY(!m_issuedCsv.isEmpty());
    // A price: 110 from 20 October (a sync of the new price list, dated then).
    m_fake.setPrices(QJsonArray{backupPrice("pw_base_workstations", "110")});
    QCOMPARE(cli(args({"sync", "EU"})).exitCode, 0);
    execSql(QStringLiteral("UPDATE sync_runs SET started_at = '2026-10-20T12:00:00.000Z', "
                           "finished_at = '2026-10-20T12:00:00.000Z' WHERE started_at > "
                           "'2026-09'"));
    execSql(QStringLiteral("UPDATE product_prices SET effective_from = "
                           "'2026-10-20T12:00:00.000Z' WHERE effective_from > '2026-09'"));
    // A tier: Tier 3's commitment 600 from October; September keeps its 500.
    QCOMPARE(cli(args({"tier", "set", "EU", "3", "--commitment", "600", "--from", "2026-10"}))
                     .exitCode,
             0);
    for (const auto &[month, expected] :
         {std::pair{"2026-09", "500.00"}, std::pair{"2026-10", "600.00"}}) {
        const CliRun listed = cli(args({"tier", "list", "EU", "--month", month, "--json"}));
        QCOMPARE(listed.exitCode, 0);
        for (const auto &tier : QJsonDocument::fromJson(listed.out.toUtf8()).array())
            if (tier[u"tier"].toString() == u"3")
                QCOMPARE(tier[u"minimum_commitment"].toString(), QLatin1String(expected));
    }
    // Usage: Acronis reports 4 workstations of ERP-B late.
    m_fake.setReportRows({csp::test::backupReportRow(tenantOf("ERP-A"), "pw_base_workstations", 3),
                          csp::test::backupReportRow(tenantOf("ERP-B"), "pw_base_workstations", 4)},
                         0);
    const qsizetype requestsBefore = m_fake.requests().size();
    for (const auto &[format, expected] : {std::pair{QStringLiteral("--json"), m_issuedJson},
                                           std::pair{QStringLiteral("--csv"), m_issuedCsv}}) {
        const CliRun now = cli({QStringLiteral("invoice"), QStringLiteral("EU"),
                                QStringLiteral("--month"), october, format});
        QCOMPARE(now.exitCode, 0);
        QCOMPARE(now.out, expected);
    }
    const CliRun text = cli(
            {QStringLiteral("invoice"), QStringLiteral("EU"), QStringLiteral("--month"), october});
    QCOMPARE(text.out, m_issuedText);
    QVERIFY2(text.out.contains(u"INV-000002"), qPrintable(text.out));
    QCOMPARE(statementsOfOctober(), m_issuedStatements);
    QVERIFY(m_issuedStatements.contains(u"Invoice INV-000001, issued"));
    // An issued month is read from the catalogue, not from Acronis.
    QCOMPARE(m_fake.requests().size(), requestsBefore);
}

void TestCliIssuedInvoice::diffShowsExactlyTheChanges_data()
{
    QTest::addColumn<QString>("customer");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("issued");
    QTest::addColumn<QString>("now");
    const QString invoice = QStringLiteral("invoice");
    const QString item = QStringLiteral("line");
    // ERP-A: 3 × 110 = 330; cost 3 × 90.20 = 270.60; still above its 250.
    QTest::newRow("A usage_sell") << "ERP-A" << invoice << "usage_sell"
                                  << "300.00"
                                  << "330.00";
    QTest::newRow("A usage_cost") << "ERP-A" << invoice << "usage_cost"
                                  << "246.00"
                                  << "270.60";
    QTest::newRow("A total_sell") << "ERP-A" << invoice << "total_sell"
                                  << "300.00"
                                  << "330.00";
    QTest::newRow("A total_cost") << "ERP-A" << invoice << "total_cost"
                                  << "246.00"
                                  << "270.60";
    QTest::newRow("A sell_price") << "ERP-A" << item << "sell_price"
                                  << "100.00"
                                  << "110.00";
    QTest::newRow("A cost_price") << "ERP-A" << item << "cost_price"
                                  << "82.00"
                                  << "90.20";
    QTest::newRow("A sell_amount") << "ERP-A" << item << "sell_amount"
                                   << "300.00"
                                   << "330.00";
    QTest::newRow("A cost_amount") << "ERP-A" << item << "cost_amount"
                                   << "246.00"
                                   << "270.60";
    // ERP-B: 4 × 110 = 440 against 600: 160 short, costing 131.20; 360.80 + 131.20 = 492.
    QTest::newRow("B minimum_commitment") << "ERP-B" << invoice << "minimum_commitment"
                                          << "500.00"
                                          << "600.00";
    QTest::newRow("B usage_sell") << "ERP-B" << invoice << "usage_sell"
                                  << "200.00"
                                  << "440.00";
    QTest::newRow("B usage_cost") << "ERP-B" << invoice << "usage_cost"
                                  << "164.00"
                                  << "360.80";
    QTest::newRow("B shortfall") << "ERP-B" << invoice << "shortfall"
                                 << "300.00"
                                 << "160.00";
    QTest::newRow("B shortfall_cost") << "ERP-B" << invoice << "shortfall_cost"
                                      << "246.00"
                                      << "131.20";
    QTest::newRow("B total_sell") << "ERP-B" << invoice << "total_sell"
                                  << "500.00"
                                  << "600.00";
    QTest::newRow("B total_cost") << "ERP-B" << invoice << "total_cost"
                                  << "410.00"
                                  << "492.00";
    QTest::newRow("B quantity") << "ERP-B" << item << "quantity"
                                << "2"
                                << "4";
    QTest::newRow("B sell_price") << "ERP-B" << item << "sell_price"
                                  << "100.00"
                                  << "110.00";
    QTest::newRow("B cost_price") << "ERP-B" << item << "cost_price"
                                  << "82.00"
                                  << "90.20";
    QTest::newRow("B sell_amount") << "ERP-B" << item << "sell_amount"
                                   << "200.00"
                                   << "440.00";
    QTest::newRow("B cost_amount") << "ERP-B" << item << "cost_amount"
                                   << "164.00"
                                   << "360.80";
}

void TestCliIssuedInvoice::diffShowsExactlyTheChanges()
{
    static QJsonArray differences;
    if (differences.isEmpty()) {
        const CliRun diff = cli(args({"invoice", "diff", "EU", "--month", "2026-10", "--json"}));
        QVERIFY2(diff.exitCode == 1, qPrintable(diff.err));
        differences = QJsonDocument::fromJson(diff.out.toUtf8()).array();
        // Exactly the rows of the table: nothing else differs.
        QCOMPARE(differences.size(), 20);
    }
    QFETCH(QString, customer);
    QFETCH(QString, line);
    QFETCH(QString, field);
    QFETCH(QString, issued);
    QFETCH(QString, now);
    int found = 0;
    for (const auto &difference : std::as_const(differences)) {
        const bool sameLine = line == u"invoice" ? difference[u"line"].toString() == line
                                                 : difference[u"line"].toString() != u"invoice";
        if (difference[u"customer_id"].toString() != customer || !sameLine ||
            difference[u"field"].toString() != field)
            continue;
        ++found;
        QCOMPARE(difference[u"issued"].toString(), issued);
        QCOMPARE(difference[u"now"].toString(), now);
    }
    QCOMPARE(found, 1);
}

void TestCliIssuedInvoice::correctCreditsAndReplaces_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("customer");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("corrects");
    QTest::addColumn<QString>("totalSell");
    QTest::addColumn<QString>("totalCost");
    QTest::addColumn<QString>("shortfall");
    QTest::newRow("1") << "INV-000001"
                       << "ERP-A"
                       << "invoice"
                       << "credited"
                       << ""
                       << "300.00"
                       << "246.00"
                       << "0.00";
    QTest::newRow("2") << "INV-000002"
                       << "ERP-B"
                       << "invoice"
                       << "credited"
                       << ""
                       << "500.00"
                       << "410.00"
                       << "300.00";
    QTest::newRow("3") << "INV-000003"
                       << "ERP-A"
                       << "credit_note"
                       << "issued"
                       << "INV-000001"
                       << "-300.00"
                       << "-246.00"
                       << "0.00";
    QTest::newRow("4") << "INV-000004"
                       << "ERP-A"
                       << "invoice"
                       << "issued"
                       << "INV-000001"
                       << "330.00"
                       << "270.60"
                       << "0.00";
    QTest::newRow("5") << "INV-000005"
                       << "ERP-B"
                       << "credit_note"
                       << "issued"
                       << "INV-000002"
                       << "-500.00"
                       << "-410.00"
                       << "-300.00";
    QTest::newRow("6") << "INV-000006"
                       << "ERP-B"
                       << "invoice"
                       << "issued"
                       << "INV-000002"
                       << "600.00"
                       << "492.00"
                       << "160.00";
}

void TestCliIssuedInvoice::correctCreditsAndReplaces()
{
    static QJsonArray documents;
    if (documents.isEmpty()) {
        QCOMPARE(cli(args({"invoice", "correct", "EU", "--month", "2026-10"})).exitCode, 2);
        const CliRun corrected = cli(args({"invoice", "correct", "EU", "--month", "2026-10",
                                           "--reason", "Usage reported late", "--json"}));
        QVERIFY2(corrected.exitCode == 0, qPrintable(corrected.err));
        QCOMPARE(QJsonDocument::fromJson(corrected.out.toUtf8()).array().size(), 4);
        documents = octoberJson();
        QCOMPARE(documents.size(), 6);
        // Corrected: a recomputation now gives the figures in force.
        QCOMPARE(cli(args({"invoice", "diff", "EU", "--month", "2026-10"})).exitCode, 0);
        const CliRun audit = cli(args({"audit", "--json"}));
        QVERIFY2(audit.out.contains(u"invoice.correct") &&
                         audit.out.contains(u"Usage reported late"),
                 qPrintable(audit.out));
    }
    QFETCH(QString, number);
    QJsonObject document;
    for (const auto &one : std::as_const(documents))
        if (one[u"number"].toString() == number)
            document = one.toObject();
    QFETCH(QString, customer);
    QFETCH(QString, kind);
    QFETCH(QString, status);
    QFETCH(QString, corrects);
    QFETCH(QString, totalSell);
    QFETCH(QString, totalCost);
    QFETCH(QString, shortfall);
    QCOMPARE(document[u"customer_id"].toString(), customer);
    QCOMPARE(document[u"kind"].toString(), kind);
    QCOMPARE(document[u"status"].toString(), status);
    QCOMPARE(document[u"corrects"].toString(), corrects);
    QCOMPARE(document[u"total_sell"].toString(), totalSell);
    QCOMPARE(document[u"total_cost"].toString(), totalCost);
    QCOMPARE(document[u"shortfall"].toString(), shortfall);
    if (kind == u"credit_note") { // every line negated, prices as they were
        const QJsonArray lines = document[u"lines"].toArray();
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines[0][u"quantity"].toString().startsWith(u'-'));
        QCOMPARE(lines[0][u"sell_price"].toString(), QStringLiteral("100.00"));
        QCOMPARE(lines[0][u"sell_amount"].toString(),
                 customer == u"ERP-A" ? QStringLiteral("-300.00") : QStringLiteral("-200.00"));
    }
}

void TestCliIssuedInvoice::numberingIsSetButNeverGoesBack()
{
    const CliRun shown = cli(args({"invoice", "numbering", "EU", "--json"}));
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(shown.out.toUtf8())[u"next_number"].toString(),
             QStringLiteral("INV-000007"));
    const CliRun back = cli(args({"invoice", "numbering", "EU", "--next", "6"}));
    QCOMPARE(back.exitCode, 2);
    QVERIFY2(back.err.contains(u"6"), qPrintable(back.err));
    QCOMPARE(cli(args({"invoice", "numbering", "EU", "--prefix", "bad prefix"})).exitCode, 2);
    const CliRun set = cli(
            args({"invoice", "numbering", "EU", "--prefix", "2026/", "--next", "10", "--json"}));
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QCOMPARE(QJsonDocument::fromJson(set.out.toUtf8())[u"next_number"].toString(),
             QStringLiteral("2026/000010"));
}

// Two machines on one catalogue: two connections of their own, in two threads, each issuing
// ten months of two invoices at the same time.
void TestCliIssuedInvoice::twoMachinesIssuingAtOnceGetDistinctGapFreeNumbers()
{
    const QString instanceId = csp::test::firstInstanceId(m_dir.path());
    const QString path = m_dir.filePath(QStringLiteral("catalogue.sqlite"));
    constexpr int rounds = 10;
    const auto machine = [&](int year, QList<QStringList> *batches, QString *failure) {
        auto db = csp::test::openTestDatabase(path);
        if (!db) {
            *failure = db.error().message;
            return;
        }
        IssuedInvoiceRepository repository(*db);
        for (int round = 0; round < rounds; ++round) {
            IssuedInvoiceRepository::Issue issue;
            issue.instanceId = instanceId;
            issue.month = QDate(year, 1, 1).addMonths(round);
            for (const char *customer : {"ERP-A", "ERP-B"}) {
                IssuedInvoice draft;
                draft.invoice.customerId = QString::fromLatin1(customer);
                draft.invoice.tenantId = tenantOf(customer);
                draft.invoice.name = draft.invoice.customerId;
                draft.invoice.tier.key = QStringLiteral("1");
                draft.invoice.currency = QStringLiteral("EUR");
                draft.issuedAt = QStringLiteral("2026-11-02T06:00:00.000Z");
                draft.issuedBy = QStringLiteral("machine-%1").arg(year);
                issue.drafts.append(draft);
            }
            const auto issued = repository.issue(issue);
            if (!issued) {
                *failure = issued.error().message;
                return;
            }
            QStringList numbers;
            for (const IssuedInvoice &document : *issued)
                numbers.append(document.number);
            batches->append(numbers);
        }
        (*db)->releaseThisThreadsConnection();
    };
    QList<QStringList> first;
    QList<QStringList> second;
    QString firstFailure;
    QString secondFailure;
    std::thread one(machine, 2020, &first, &firstFailure);
    std::thread two(machine, 2021, &second, &secondFailure);
    one.join();
    two.join();
    QVERIFY2(firstFailure.isEmpty(), qPrintable(firstFailure));
    QVERIFY2(secondFailure.isEmpty(), qPrintable(secondFailure));
    QStringList numbers;
    for (const QStringList &batch : first + second) {
        // A month's invoices are numbered together: no number of the other machine in between.
        QCOMPARE(batch.size(), 2);
        QCOMPARE(batch[1].mid(5).toInt(), batch[0].mid(5).toInt() + 1);
        numbers += batch;
    }
    numbers.sort();
    QStringList expected;
    for (int number = 10; number < 10 + 2 * 2 * rounds; ++number)
        expected.append(QStringLiteral("2026/%1").arg(number, 6, 10, QLatin1Char('0')));
    QCOMPARE(numbers, expected); // distinct and without gaps
    QCOMPARE(cli(args({"invoice", "numbering", "EU"})).out.trimmed(),
             QStringLiteral("The next invoice of \"EU\" is 2026/000050."));
}

QTEST_MAIN(TestCliIssuedInvoice)
#include "tst_cli_issuedinvoice.moc"
