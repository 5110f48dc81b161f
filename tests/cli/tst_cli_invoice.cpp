// CSP contracts end to end: tiers set by hand, providers made with tiers and ramp-up months at
// given times, and each one's invoice for October 2026 through `invoice --json`, `--csv` and the
// window's export and statement, checked against figures worked out by hand.

#include "clirunner.h"
#include "core/appidentity.h"
#include "csvreader.h"
#include "fakeacronis/backupitems.h"
#include "fakeacronis/fakeacronis.h"
#include "invoicespage.h"
#include "prompts.h"
#include "secrets/versionedsecretstore.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace csp;
using csp::test::backupItem;
using csp::test::backupPrice;
using csp::test::CliRun;
using csp::test::FakeAcronis;

namespace {

const QString distributorId = QStringLiteral("8c4e2b7a-1d3f-4a6b-9e5c-7f0a2d4c6b12");
const QString &euStorage = csp::test::EuStorageId;

struct Customer
{
    const char *id;
    const char *name;
    const char *tier;
    const char *created; // at Acronis
    int rampUp;
};

// The providers of the table below.
const QList<Customer> customers{
        {"ERP-A", "Above", "1", "2026-08-10T09:00:00Z", 0},
        {"ERP-B", "Below", "3", "2026-08-10T09:00:00Z", 0},
        {"ERP-C", "Zero", "3", "2026-08-10T09:00:00Z", 0},
        {"ERP-D", "Ramp", "3", "2026-10-05T09:00:00Z", 1},
        {"ERP-E", "Late", "3", "2026-11-02T09:00:00Z", 0},
        {"ERP-F", "Changed", "1", "2026-08-10T09:00:00Z", 0},
        {"ERP-G", "Promo", "promo", "2026-08-10T09:00:00Z", 0},
};

} // namespace

class TestCliInvoice final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tiersAreListedAndSet();
    void invoices_data();
    void invoices();
    void noInvoiceBeforeTheContract();
    void csvHasALinePerUsageAndShortfall();
    void theWindowExportsTheSameCsvAndAStatement();
    void outputFileIsWholeOrUntouched();
    void theWindowIssuesTheMonthAndShowsItAsIssued();

private:
    void correctFromTheWindow(InvoicesPage &page);
    CliRun cli(const QStringList &arguments, const QString &input = {})
    {
        return csp::test::runCli(m_dir.path(), arguments, input);
    }
    QJsonObject invoiceOf(const QString &customerId);
    QString tenantOf(const char *customerId) const
    {
        return m_fake.tenantsWithCustomerId(QString::fromLatin1(customerId))
                .value(0)
                .value(u"id")
                .toString();
    }

    QTemporaryDir m_dir;
    FakeAcronis m_fake;
    QJsonArray m_october;
    QString m_csv;
};

void TestCliInvoice::initTestCase()
{
    CSP_REQUIRE_KEYCHAIN();
    Prompts::setQuiet(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_fake.addTenant(FakeAcronis::fixture(QStringLiteral("tenant_partner.json")));
    m_fake.addClient(QStringLiteral("c11e0001-0000-4000-8000-000000000001"),
                     QStringLiteral("secret-1"), distributorId);
    m_fake.setApplications(
            FakeAcronis::fixture(QStringLiteral("applications.json")).value(u"items").toArray());
    m_fake.setInfras({QJsonObject{{QStringLiteral("id"), euStorage},
                                  {QStringLiteral("name"), QStringLiteral("Acronis Cloud EU")}}});
    m_fake.setCatalogue({backupItem("pw_base_workstations", "count", "quantity"),
                         backupItem("pw_base_storage", "infra", "bytes", euStorage)});
    m_fake.setPrices(QJsonArray{backupPrice("pw_base_workstations", "100"),
                                backupPrice("pw_base_storage", "0.0410", euStorage)});
    QVERIFY(m_fake.listen());
    const CliRun added = cli(
            {QStringLiteral("instance"), QStringLiteral("add"), QStringLiteral("--system-name"),
             QStringLiteral("EU"), QStringLiteral("--gateway"), m_fake.url(),
             QStringLiteral("--client-id"), QStringLiteral("c11e0001-0000-4000-8000-000000000001"),
             QStringLiteral("--discount"), QStringLiteral("18"), QStringLiteral("--currency"),
             QStringLiteral("EUR"), QStringLiteral("--client-secret-stdin")},
            QStringLiteral("secret-1"));
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("EU")}).exitCode, 0);
    for (const QStringList &tier :
         {QStringList{QStringLiteral("1"), QStringLiteral("--commitment"), QStringLiteral("250")},
          QStringList{QStringLiteral("3"), QStringLiteral("--commitment"), QStringLiteral("500")},
          QStringList{QStringLiteral("promo"), QStringLiteral("--commitment"), QStringLiteral("99"),
                      QStringLiteral("--tier-level-value"), QStringLiteral("6"),
                      QStringLiteral("--promo"), QStringLiteral("--name"),
                      QStringLiteral("Promo contract")}}) {
        const CliRun set = cli(
                QStringList{QStringLiteral("tier"), QStringLiteral("set"), QStringLiteral("EU")} +
                tier);
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    }
    for (const Customer &customer : customers) {
        m_fake.setCreationTime(
                QDateTime::fromString(QString::fromLatin1(customer.created), Qt::ISODate));
        const QString id = QString::fromLatin1(customer.id);
        const CliRun created =
                cli({QStringLiteral("provider"), QStringLiteral("create"), QStringLiteral("EU"),
                     QStringLiteral("--name"), QString::fromLatin1(customer.name),
                     QStringLiteral("--customer-id"), id, QStringLiteral("--admin-login"),
                     id.toLower() + QStringLiteral("-admin"), QStringLiteral("--admin-email"),
                     id.toLower() + QStringLiteral("@example.com"), QStringLiteral("--tier"),
                     QString::fromLatin1(customer.tier), QStringLiteral("--ramp-up-months"),
                     QString::number(customer.rampUp)});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    }
    // ERP-F goes from Tier 1 to Tier 3 in October.
    const CliRun changed = cli({QStringLiteral("provider"), QStringLiteral("set-tier"),
                                QStringLiteral("EU"), QStringLiteral("ERP-F"), QStringLiteral("3"),
                                QStringLiteral("--from"), QStringLiteral("2026-10")});
    QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
    QCOMPARE(m_fake.tierLevel(tenantOf("ERP-F")), 2);
    // The price list is from September, before October ended.
    auto db = csp::test::openTestDatabase(m_dir.filePath(QStringLiteral("catalogue.sqlite")));
    QVERIFY(db);
    QSqlQuery move((*db)->connection());
    QVERIFY(move.exec(
            QStringLiteral("UPDATE sync_runs SET started_at = '2026-09-15T12:00:00.000Z', "
                           "finished_at = '2026-09-15T12:00:00.000Z'")));
    QVERIFY(move.exec(QStringLiteral("UPDATE product_prices SET effective_from = "
                                     "'2026-09-15T12:00:00.000Z'")));
    // The instance's first commitments (all 0) from August, the ones set above from September.
    QVERIFY(move.exec(QStringLiteral("UPDATE tier_commitments SET effective_from = "
                                     "'2026-08-01T00:00:00.000Z' WHERE minimum_commitment = '0'")));
    QVERIFY(move.exec(
            QStringLiteral("UPDATE tier_commitments SET effective_from = "
                           "'2026-09-01T00:00:00.000Z' WHERE minimum_commitment <> '0'")));
    m_fake.setReportRows({csp::test::backupReportRow(tenantOf("ERP-A"), "pw_base_workstations", 3),
                          csp::test::backupReportRow(tenantOf("ERP-B"), "pw_base_workstations", 2),
                          csp::test::backupReportRow(tenantOf("ERP-D"), "pw_base_workstations", 1),
                          csp::test::backupReportRow(tenantOf("ERP-F"), "pw_base_workstations", 1),
                          csp::test::backupReportRow(tenantOf("ERP-G"), "pw_base_storage",
                                                     1'610'612'736, euStorage)},
                         0);
    const CliRun october =
            cli({QStringLiteral("invoice"), QStringLiteral("EU"), QStringLiteral("--month"),
                 QStringLiteral("2026-10"), QStringLiteral("--json")});
    QVERIFY2(october.exitCode == 0, qPrintable(october.err));
    m_october = QJsonDocument::fromJson(october.out.toUtf8()).array();
    const CliRun csv =
            cli({QStringLiteral("invoice"), QStringLiteral("EU"), QStringLiteral("--month"),
                 QStringLiteral("2026-10"), QStringLiteral("--csv")});
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
    m_csv = csv.out;
}

QJsonObject TestCliInvoice::invoiceOf(const QString &customerId)
{
    for (const auto &invoice : std::as_const(m_october)) {
        if (invoice[u"customer_id"].toString() == customerId)
            return invoice.toObject();
    }
    return {};
}

void TestCliInvoice::tiersAreListedAndSet()
{
    const CliRun list = cli({QStringLiteral("tier"), QStringLiteral("list"), QStringLiteral("EU"),
                             QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray tiers = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(tiers.size(), 7); // none, 1 … 5, promo
    QCOMPARE(tiers.at(0)[u"tier"].toString(), u"none");
    QCOMPARE(tiers.at(0)[u"tier_level_value"].toInt(), -1);
    QCOMPARE(tiers.at(0)[u"minimum_commitment"].toString(), u"0.00");
    QCOMPARE(tiers.at(3)[u"name"].toString(), u"Tier 3");
    QCOMPARE(tiers.at(3)[u"minimum_commitment"].toString(), u"500.00");
    QCOMPARE(tiers.at(6)[u"tier"].toString(), u"promo");
    QCOMPARE(tiers.at(6)[u"name"].toString(), u"Promo contract");
    QCOMPARE(tiers.at(6)[u"promo"].toBool(), true);
    QCOMPARE(tiers.at(6)[u"tier_level_value"].toInt(), 6);
    // Invalid amounts and values are refused, naming the field.
    for (const QStringList &bad :
         {QStringList{QStringLiteral("2"), QStringLiteral("--commitment"), QStringLiteral("-5")},
          QStringList{QStringLiteral("2"), QStringLiteral("--commitment"), QStringLiteral("1.005")},
          QStringList{QStringLiteral("gold"), QStringLiteral("--commitment"),
                      QStringLiteral("10")}, // a new tier needs its level value
          QStringList{QStringLiteral("Gold!"), QStringLiteral("--commitment"), QStringLiteral("10"),
                      QStringLiteral("--tier-level-value"), QStringLiteral("5")},
          QStringList{QStringLiteral("2"), QStringLiteral("--commitment"), QStringLiteral("10"),
                      QStringLiteral("--tier-level-value"), QStringLiteral("9")}}) {
        const CliRun run = cli(
                QStringList{QStringLiteral("tier"), QStringLiteral("set"), QStringLiteral("EU")} +
                bad);
        QVERIFY2(run.exitCode == 2, qPrintable(bad.join(u' ') + u": " + run.err));
    }
    // An unknown tier for a provider: refused before anything is made.
    const CliRun unknown = cli({QStringLiteral("provider"), QStringLiteral("create"),
                                QStringLiteral("EU"), QStringLiteral("--name"), QStringLiteral("X"),
                                QStringLiteral("--customer-id"), QStringLiteral("ERP-X"),
                                QStringLiteral("--admin-login"), QStringLiteral("x-admin"),
                                QStringLiteral("--admin-email"), QStringLiteral("x@example.com"),
                                QStringLiteral("--tier"), QStringLiteral("gold")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(u"\"gold\" is not one of the contract tiers"),
             qPrintable(unknown.err));
    QVERIFY(m_fake.tenantsWithCustomerId(QStringLiteral("ERP-X")).isEmpty());
}

void TestCliInvoice::invoices_data()
{
    QTest::addColumn<QString>("customerId");
    QTest::addColumn<QString>("tier");
    QTest::addColumn<QString>("commitment");
    QTest::addColumn<QString>("usageSell");
    QTest::addColumn<QString>("usageCost");
    QTest::addColumn<QString>("shortfall");
    QTest::addColumn<bool>("rampUp");
    QTest::addColumn<QString>("totalSell");
    QTest::addColumn<QString>("totalCost");
    const auto row = [](const char *tag, const char *customer, const char *tier,
                        const char *commitment, const char *usageSell, const char *usageCost,
                        const char *shortfall, bool rampUp, const char *totalSell,
                        const char *totalCost) {
        QTest::newRow(tag) << QString::fromLatin1(customer) << QString::fromLatin1(tier)
                           << QString::fromLatin1(commitment) << QString::fromLatin1(usageSell)
                           << QString::fromLatin1(usageCost) << QString::fromLatin1(shortfall)
                           << rampUp << QString::fromLatin1(totalSell)
                           << QString::fromLatin1(totalCost);
    };
    // Workstations 100.00 each, cost 82.00 (18 %); a shortfall costs 82 % of itself.
    row("above: 3 × 100 = 300 > 250", "ERP-A", "1", "250.00", "300.00", "246.00", "0.00", false,
        "300.00", "246.00");
    row("below: 500 − 2 × 100 = 300; cost 164 + 246", "ERP-B", "3", "500.00", "200.00", "164.00",
        "300.00", false, "500.00", "410.00");
    row("zero usage: the whole 500; cost 410", "ERP-C", "3", "500.00", "0.00", "0.00", "500.00",
        false, "500.00", "410.00");
    row("ramp-up month: waived", "ERP-D", "3", "500.00", "100.00", "82.00", "0.00", true, "100.00",
        "82.00");
    row("tier changed in October: Tier 3 at its end; 500 − 100 = 400, cost 82 + 328", "ERP-F", "3",
        "500.00", "100.00", "82.00", "400.00", false, "500.00", "410.00");
    // 1.5 GB × 0.0410 = 0.0615 → 0.06; cost 1.5 × 0.03362 = 0.05043 → 0.05.
    // 99 − 0.06 = 98.94; × 0.82 = 81.1308 → 81.13; cost 0.05 + 81.13 = 81.18.
    row("promo: 99 − 0.06 = 98.94", "ERP-G", "promo", "99.00", "0.06", "0.05", "98.94", false,
        "99.00", "81.18");
}

void TestCliInvoice::invoices()
{
    QFETCH(QString, customerId);
    QFETCH(QString, tier);
    QFETCH(QString, commitment);
    QFETCH(QString, usageSell);
    QFETCH(QString, usageCost);
    QFETCH(QString, shortfall);
    QFETCH(bool, rampUp);
    QFETCH(QString, totalSell);
    QFETCH(QString, totalCost);
    const QJsonObject invoice = invoiceOf(customerId);
    QVERIFY2(!invoice.isEmpty(), qPrintable(customerId));
    QCOMPARE(invoice[u"month"].toString(), u"2026-10");
    QCOMPARE(invoice[u"tier"].toString(), tier);
    QCOMPARE(invoice[u"minimum_commitment"].toString(), commitment);
    QCOMPARE(invoice[u"usage_sell"].toString(), usageSell);
    QCOMPARE(invoice[u"usage_cost"].toString(), usageCost);
    QCOMPARE(invoice[u"shortfall"].toString(), shortfall);
    QCOMPARE(invoice[u"ramp_up"].toBool(), rampUp);
    QCOMPARE(invoice[u"total_sell"].toString(), totalSell);
    QCOMPARE(invoice[u"total_cost"].toString(), totalCost);
    QCOMPARE(invoice[u"currency"].toString(), u"EUR");
    QCOMPARE(invoice[u"price_list"][u"finished_at"].toString(), u"2026-09-15T12:00:00.000Z");
    QCOMPARE(invoice[u"tenant_id"].toString(), tenantOf(customerId.toLatin1().constData()));
    QVERIFY(invoice[u"lines"].isArray());
}

void TestCliInvoice::noInvoiceBeforeTheContract()
{
    QCOMPARE(m_october.size(), 6); // ERP-E's contract began in November
    QVERIFY(invoiceOf(QStringLiteral("ERP-E")).isEmpty());
    const CliRun one =
            cli({QStringLiteral("invoice"), QStringLiteral("EU"), QStringLiteral("--month"),
                 QStringLiteral("2026-10"), QStringLiteral("--provider"), QStringLiteral("ERP-B"),
                 QStringLiteral("--json")});
    QCOMPARE(one.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(one.out.toUtf8()).array().size(), 1);
}

void TestCliInvoice::csvHasALinePerUsageAndShortfall()
{
    const QList<QStringList> records = csp::test::readCsv(m_csv);
    QCOMPARE(records.first(), invoiceColumns());
    const QStringList &header = records.first();
    const auto at = [&](const QStringList &record, const char *column) {
        return record.at(header.indexOf(QLatin1String(column)));
    };
    QStringList shortfalls;
    int usageLines = 0;
    for (const QStringList &record : records.mid(1)) {
        QCOMPARE(record.size(), header.size());
        if (at(record, "line_type") == u"usage") {
            ++usageLines;
            continue;
        }
        QCOMPARE(at(record, "line_type"), u"commitment_shortfall");
        shortfalls << at(record, "customer_id") + u' ' + at(record, "sell_amount") + u' ' +
                        at(record, "cost_amount") + u' ' + at(record, "tier");
    }
    QCOMPARE(usageLines, 5);
    // By name: Below, Changed, Promo, Zero.
    QCOMPARE(shortfalls,
             (QStringList{QStringLiteral("ERP-B 300.00 246.00 3"),
                          QStringLiteral("ERP-F 400.00 328.00 3"),
                          QStringLiteral("ERP-G 98.94 81.13 promo"),
                          QStringLiteral("ERP-C 500.00 410.00 3")}));
}

void TestCliInvoice::theWindowExportsTheSameCsvAndAStatement()
{
    auto db = csp::test::openTestDatabase(m_dir.filePath(QStringLiteral("catalogue.sqlite")));
    QVERIFY(db);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard(
            [] { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); });
    QNetworkAccessManager network;
    KeychainSecretStore keychain;
    VersionedSecretStore secrets(keychain, secretNamesPath(m_dir.path()));
    InvoicesPage page(*db, secrets, network);
    page.resize(1000, 600);
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    // Both chosen, nothing read yet: it says what Read Invoices will do, not what to choose.
    auto *status = page.findChild<QLabel *>(QStringLiteral("invoiceStatusLine"));
    QVERIFY2(status->text().startsWith(u"Read Invoices") && status->text().contains(u"EU"),
             qPrintable(status->text()));
    QSignalSpy read(&page, &InvoicesPage::invoicesRead);
    page.read(QDate(2026, 10, 1));
    QVERIFY(read.wait(20000));
    QVERIFY2(page.outcome().ok(),
             qPrintable(page.outcome().error ? page.outcome().error->message : QString()));
    QTemporaryDir out;
    QString error;
    QVERIFY2(page.exportCsv(out.filePath(QStringLiteral("invoices.csv")), &error),
             qPrintable(error));
    QFile csv(out.filePath(QStringLiteral("invoices.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(csv.readAll()), m_csv);
    // The statement of ERP-B, in German: 500,00 € of commitment, 300,00 short.
    int row = -1;
    for (int i = 0; i < page.documents().size(); ++i)
        if (page.documents().at(i).invoice.customerId == u"ERP-B")
            row = i;
    QVERIFY(row >= 0);
    const QString html =
            InvoicesPage::statementHtml(page.documents().at(row), QStringLiteral("EU"));
    // The locale's own currency is written its way.
    QVERIFY2(html.contains(u"300,00\u00a0\u20ac") && html.contains(u"500,00\u00a0\u20ac") &&
                     html.contains(u"Oktober 2026"),
             qPrintable(html));
    // A double click on the invoice opens its statement.
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("invoiceTable"));
    table->scrollToItem(table->item(row, 0));
    const QRect cell = table->visualItemRect(table->item(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    auto *shown = page.findChild<QDialog *>(QStringLiteral("statementDialog"));
    QVERIFY(shown);
    QTRY_VERIFY(shown->isVisible());
    QVERIFY(shown->findChild<QTextBrowser *>(QStringLiteral("statementView"))
                    ->toPlainText()
                    .contains(u"ERP-B"));
    shown->reject();
    const QString pdf = out.filePath(QStringLiteral("statement.pdf"));
    QVERIFY2(page.writeStatement(row, pdf, &error), qPrintable(error));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.size() > 1000);
    QVERIFY(file.read(5) == "%PDF-");
}

void TestCliInvoice::outputFileIsWholeOrUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("out/invoices.csv"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QStringList arguments{QStringLiteral("invoice"),
                                QStringLiteral("EU"),
                                QStringLiteral("--month"),
                                QStringLiteral("2026-10"),
                                QStringLiteral("--csv"),
                                QStringLiteral("--output"),
                                path};
    const CliRun written = cli(arguments);
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));
    QCOMPARE(written.out, QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), m_csv);
    file.close();
    // A failing run leaves the file as it was, and nothing else in its folder.
    m_fake.failNext(QStringLiteral("POST /api/2/reports"), {400, "{}"});
    const CliRun failed = cli(arguments);
    QCOMPARE(failed.exitCode, 1);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), m_csv);
    QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files),
             QStringList{QStringLiteral("invoices.csv")});
}

void TestCliInvoice::theWindowIssuesTheMonthAndShowsItAsIssued()
{
    auto db = csp::test::openTestDatabase(m_dir.filePath(QStringLiteral("catalogue.sqlite")));
    QVERIFY(db);
    QNetworkAccessManager network;
    KeychainSecretStore keychain;
    VersionedSecretStore secrets(keychain, secretNamesPath(m_dir.path()));
    // ERP-E used something in October, but its contract began in November: no invoice, and
    // the page says why.
    m_fake.setReportRows({csp::test::backupReportRow(tenantOf("ERP-A"), "pw_base_workstations", 3),
                          csp::test::backupReportRow(tenantOf("ERP-B"), "pw_base_workstations", 2),
                          csp::test::backupReportRow(tenantOf("ERP-D"), "pw_base_workstations", 1),
                          csp::test::backupReportRow(tenantOf("ERP-E"), "pw_base_workstations", 1),
                          csp::test::backupReportRow(tenantOf("ERP-F"), "pw_base_workstations", 1),
                          csp::test::backupReportRow(tenantOf("ERP-G"), "pw_base_storage",
                                                     1'610'612'736, euStorage)},
                         0);
    InvoicesPage page(*db, secrets, network);
    QSignalSpy read(&page, &InvoicesPage::invoicesRead);
    page.read(QDate(2026, 10, 1));
    QVERIFY(read.wait(20000));
    QVERIFY(!page.monthIsIssued());
    const auto *notInvoiced = page.findChild<QLabel *>(QStringLiteral("invoiceNotInvoiced"));
    QVERIFY(notInvoiced && !notInvoiced->isHidden());
    QVERIFY2(notInvoiced->text().contains(u"Late (ERP-E): its contract started on 2026-11-02, "
                                          u"after the month."),
             qPrintable(notInvoiced->text()));
    auto *months = page.findChild<QComboBox *>(QStringLiteral("invoiceMonth"));
    const int octoberItem = months->findData(QDate(2026, 10, 1));
    QCOMPARE(months->itemText(octoberItem), QStringLiteral("October 2026"));
    // Before 2 November 06:00 UTC October's report is not final: nothing is issued.
    QString notYet;
    page.setClock([] { return QDateTime(QDate(2026, 11, 2), QTime(5, 59), Qt::UTC); });
    QVERIFY(!page.issueMonth(&notYet));
    QVERIFY2(notYet.contains(u"2026-11-02 06:00"), qPrintable(notYet));
    QVERIFY(!page.monthIsIssued());
    page.setClock([] { return QDateTime(QDate(2026, 11, 2), QTime(6, 0), Qt::UTC); });
    QVERIFY(page.documents().first().number.isEmpty());
    QString error;
    QVERIFY2(page.issueMonth(&error), qPrintable(error));
    QVERIFY(page.monthIsIssued());
    // Numbered in the table's order, which is the invoices' (by provider name).
    QCOMPARE(page.documents().size(), m_october.size());
    for (qsizetype i = 0; i < page.documents().size(); ++i)
        QCOMPARE(page.documents().at(i).number,
                 QStringLiteral("INV-%1").arg(i + 1, 6, 10, QLatin1Char('0')));
    QVERIFY(!page.issueMonth(&error)); // once
    QCOMPARE(months->itemText(octoberItem), QStringLiteral("October 2026 (issued)"));
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("invoiceCorrect"))->isEnabled());
    // Read again, it is the issued month (from the catalogue, not recomputed), and its export
    // is what the command line prints for it.
    const qsizetype requests = m_fake.requests().size();
    page.read(QDate(2026, 10, 1));
    QVERIFY(page.monthIsIssued());
    QCOMPARE(m_fake.requests().size(), requests);
    QTemporaryDir out;
    QVERIFY2(page.exportCsv(out.filePath(QStringLiteral("issued.csv")), &error), qPrintable(error));
    QFile csv(out.filePath(QStringLiteral("issued.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const CliRun issued =
            cli({QStringLiteral("invoice"), QStringLiteral("EU"), QStringLiteral("--month"),
                 QStringLiteral("2026-10"), QStringLiteral("--csv")});
    QCOMPARE(issued.exitCode, 0);
    QCOMPARE(QString::fromUtf8(csv.readAll()), issued.out);
    QVERIFY(issued.out.contains(u",INV-000001,issued,"));
    const QString statement =
            InvoicesPage::statementHtml(page.documents().first(), QStringLiteral("EU"));
    QVERIFY2(statement.contains(u"INV-000001"), qPrintable(statement));
    correctFromTheWindow(page);
}

// Correct…: nothing differs, nothing issued; after Tier 1's October commitment is raised from
// 250.00 to 400.00, ERP-A (Tier 1 in October, 3 × 100.00 = 300.00 of usage, above 250.00: total
// 300.00) is credited (-300.00) and replaced (300.00 + 100.00 short = 400.00), numbered after the
// six issued ones (INV-000007, INV-000008), and the month reads "corrected".
void TestCliInvoice::correctFromTheWindow(InvoicesPage &page)
{
    // The English plural forms ("1 invoice") come with the program's translations.
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/acronis_csp_en")));
    QCoreApplication::installTranslator(&english);
    auto remove = qScopeGuard([&english] { QCoreApplication::removeTranslator(&english); });
    auto *status = page.findChild<QLabel *>(QStringLiteral("invoiceStatusLine"));
    const qsizetype issued = page.documents().size();
    page.correctMonth(QStringLiteral("nothing changed"));
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 20000);
    QVERIFY2(status->text().contains(u"nothing was corrected"), qPrintable(status->text()));
    QCOMPARE(page.documents().size(), issued);
    const CliRun raised =
            cli({QStringLiteral("tier"), QStringLiteral("set"), QStringLiteral("EU"),
                 QStringLiteral("1"), QStringLiteral("--commitment"), QStringLiteral("400"),
                 QStringLiteral("--from"), QStringLiteral("2026-10")});
    QVERIFY2(raised.exitCode == 0, qPrintable(raised.err));
    page.correctMonth(QStringLiteral("Tier 1 commitment is 400 from October"));
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 20000);
    QCOMPARE(status->text(), QStringLiteral("Corrected 2026-10: 1 invoice credited and replaced."));
    const QList<IssuedInvoice> &documents = page.documents();
    QVERIFY(documents.size() > issued);
    QList<const IssuedInvoice *> ofA;
    for (const IssuedInvoice &document : documents)
        if (document.invoice.customerId == u"ERP-A")
            ofA.append(&document);
    QCOMPARE(ofA.size(), 3); // the original (credited), its credit note, the replacement
    QCOMPARE(ofA.at(1)->kind, IssuedKind::CreditNote);
    QCOMPARE(ofA.at(0)->number, QStringLiteral("INV-000001"));
    QCOMPARE(ofA.at(0)->status, IssuedStatus::Credited);
    QCOMPARE(ofA.at(1)->number, QStringLiteral("INV-000007"));
    QCOMPARE(ofA.at(1)->invoice.totalSell.text(), QStringLiteral("-300.00"));
    QCOMPARE(ofA.at(2)->number, QStringLiteral("INV-000008"));
    QCOMPARE(ofA.at(2)->invoice.shortfall.text(), QStringLiteral("100.00"));
    QCOMPARE(ofA.at(2)->invoice.totalSell.text(), QStringLiteral("400.00"));
    QCOMPARE(ofA.at(1)->corrects, QStringLiteral("INV-000001"));
    QCOMPARE(ofA.at(2)->corrects, QStringLiteral("INV-000001"));
    auto *months = page.findChild<QComboBox *>(QStringLiteral("invoiceMonth"));
    QCOMPARE(months->itemText(months->findData(QDate(2026, 10, 1))),
             QStringLiteral("October 2026 (corrected)"));
}

QTEST_MAIN(TestCliInvoice)
#include "tst_cli_invoice.moc"
