// The window's month end: the Month End page against the fake gateway (flags, rows, CSV), the
// Audit Trail page's filters, and the setup form's discount overrides.

#include "auditpage.h"
#include "core/moneycolumn.h"
#include "core/reconciliation.h"
#include "discountsdialog.h"
#include "fakeacronis/fakeacronis.h"
#include "fakesecretstore.h"
#include "frozencolumnview.h"
#include "instanceform.h"
#include "invoicespage.h"
#include "prompts.h"
#include "reconcilepage.h"
#include "storage/auditrepository.h"
#include "storage/providerrepository.h"
#include "syncedinstance.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace csp;
using csp::test::FakeAcronis;
using csp::test::FakeSecretStore;

namespace {

const QString distributorId = csp::test::DistributorId;

int visibleRows(const QTableWidget *table)
{
    int rows = 0;
    for (int row = 0; row < table->rowCount(); ++row)
        rows += table->isRowHidden(row) ? 0 : 1;
    return rows;
}

} // namespace

class TestMonthEndPages final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reconcilePageShowsFlagsAndRows();
    void auditPageFilters();
    void formShowsTheDiscountOverrides();
    void discountsAreSetAndClearedInTheDialog();
    void moneyColumnLinesUpThePoints();
    void statementSaysUnitsInTheirNumber();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    FakeAcronis m_fake;
    FakeSecretStore m_secrets;
    QNetworkAccessManager m_network;
    Instance m_instance;
    QStringList m_tenants;
};

void TestMonthEndPages::initTestCase()
{
    Prompts::setQuiet(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    auto db = Database::open(m_dir.filePath(QStringLiteral("catalogue.sqlite")));
    QVERIFY(db);
    m_db = *db;
    QVERIFY(csp::test::startSampleFake(m_fake));
    m_instance = csp::test::addSyncedInstance(m_db, m_fake, m_secrets, m_network);
    QVERIFY(!m_instance.id.isEmpty());
    m_fake.addPartners(distributorId, 3);
    for (const QJsonObject &tenant : m_fake.children(distributorId))
        m_tenants << tenant.value(u"id").toString();
    for (const QString &tenant : m_tenants.mid(0, 2)) { // the third has no provider record
        Provider provider;
        provider.instanceId = m_instance.id;
        provider.tenantId = tenant;
        provider.customerId = QStringLiteral("ERP-") + tenant.right(4);
        provider.name = QStringLiteral("Provider ") + tenant.right(4);
        provider.progress.complete = true;
        QVERIFY(ProviderRepository(m_db).save(provider));
    }
    m_fake.setReportRows(
            {QJsonObject{{QStringLiteral("tenant.id"), m_tenants[0]},
                         {QStringLiteral("application.id"),
                          QStringLiteral("6e6d758d-8e74-3ae3-ac84-50eb0dff12eb")},
                         {QStringLiteral("name"), QStringLiteral("pw_base_servers")},
                         {QStringLiteral("edition"), QStringLiteral("pck_per_workload")},
                         {QStringLiteral("usage.effective.total"), 4}}},
            0);
}

void TestMonthEndPages::reconcilePageShowsFlagsAndRows()
{
    ReconcilePage page(m_db, m_secrets, m_network);
    page.resize(1100, 700);
    page.show();
    QSignalSpy done(&page, &ReconcilePage::reconciled);
    page.reconcile(QDate(2026, 10, 1));
    QVERIFY(done.wait(10000));
    const ReconcileOutcome &outcome = page.outcome();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->message : QString()));
    auto *findings = page.findChild<QTableWidget *>(QStringLiteral("reconcileFindings"));
    auto *rows = page.findChild<FrozenColumnView *>(QStringLiteral("reconcileRows"));
    const auto cell = [rows](int row, int column) {
        return rows->model()->index(row, column).data().toString();
    };
    // The report's one line: 4 servers of Partner 0001's provider record at 19.00 EUR each: 76.00.
    QCOMPARE(rows->model()->rowCount(), 1);
    QCOMPARE(cell(0, 0), u"Provider 0001");
    QCOMPARE(cell(0, 1), u"Protection Per Workload \u2013 Servers");
    QCOMPARE(cell(0, 4), u"4");
    QCOMPARE(cell(0, 3), QStringLiteral("\u2014")); // no estimate was read
    QCOMPARE(cell(0, 7), u"76.00\u00a0EUR");
    const QVariant alignment = rows->model()->index(0, 7).data(Qt::TextAlignmentRole);
    QCOMPARE(alignment.typeId() == QMetaType::Int ? alignment.toInt()
                                                  : alignment.value<Qt::Alignment>().toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    // Scrolled fully right, the provider's name stays in sight on the left.
    page.resize(520, 700);
    QTRY_VERIFY(rows->horizontalScrollBar()->maximum() > 0);
    rows->horizontalScrollBar()->setValue(rows->horizontalScrollBar()->maximum());
    QVERIFY(rows->columnViewportPosition(0) < 0);
    const QTableView *names = rows->frozenView();
    QVERIFY(names->isVisible());
    const QModelIndex name = names->model()->index(0, 0);
    QVERIFY(names->viewport()->rect().contains(names->visualRect(name).center()));
    QCOMPARE(name.data().toString(), u"Provider 0001");
    // The partner without a provider record, named in words; nothing else to look at.
    QCOMPARE(findings->rowCount(), 1);
    QCOMPARE(outcome.reconciliation.findings.size(), 1);
    QStringList labels;
    for (int row = 0; row < findings->rowCount(); ++row)
        labels << findings->item(row, 0)->text();
    QVERIFY(labels.contains(u"Tenant without a provider record"));
    QCOMPARE(findings->item(0, 1)->text(), u"Partner 0003");
    QCOMPARE(findings->item(0, 3)->text(), u"A partner tenant at Acronis with no provider record.");
    const auto *status = page.findChild<QLabel *>(QStringLiteral("reconcileStatusLine"));
    QVERIFY(status->text().contains(u"to look at before invoicing"));
    const auto *banner = page.findChild<QLabel *>(QStringLiteral("reconcileBanner"));
    QVERIFY(banner->text().contains(u"no estimate to compare with"));
    const QString path = m_dir.filePath(QStringLiteral("reconcile.csv"));
    QString error;
    QVERIFY2(page.exportCsv(path, &error), qPrintable(error));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(csv.readAll()),
             QStringLiteral(
                     "customer_id,tenant_id,name,application_id,offering_item,edition,"
                     "infra_id,location,product,estimated,estimated_at,reported,difference,"
                     "previous_month,sell_price,estimated_amount,reported_amount,currency,"
                     "status,flags\r\n"
                     "ERP-0001,aaaaaaaa-0000-4000-8000-000000000001,Provider 0001,"
                     "6e6d758d-8e74-3ae3-ac84-50eb0dff12eb,pw_base_servers,pck_per_workload,"
                     ",,Protection Per Workload \u2013 Servers,,,4,4,,19.00,,76.00,EUR,priced,"
                     "\r\n"));
}

void TestMonthEndPages::auditPageFilters()
{
    AuditRepository audit(m_db);
    QVERIFY(audit.record({QStringLiteral("2026-09-01T10:00:00.000Z"),
                          QStringLiteral("ann@desk"),
                          QStringLiteral("discount.set"),
                          m_instance.id,
                          {},
                          QStringLiteral("application backup"),
                          {},
                          QStringLiteral("25")}));
    const QString soon = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODateWithMs);
    QVERIFY(audit.record({soon,
                          QStringLiteral("bob@desk"),
                          QStringLiteral("product.price"),
                          m_instance.id,
                          {},
                          QStringLiteral("Servers (pw_base_servers)"),
                          {},
                          QStringLiteral("12 EUR")}));
    AuditPage page(m_db);
    page.show();
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("auditTable"));
    const int all = table->rowCount();
    QVERIFY(all >= 3); // the sync of the set-up instance, and the two above
    QCOMPARE(table->item(0, 1)->text(), u"bob@desk"); // newest first
    QCOMPARE(table->item(0, 2)->text(), u"Price set by hand");
    QCOMPARE(table->item(0, 3)->text(), m_instance.systemName); // named from the instance
    auto *action = page.findChild<QComboBox *>(QStringLiteral("auditAction"));
    action->setCurrentIndex(action->findData(QStringLiteral("discount.set")));
    QCOMPARE(table->rowCount(), 1);
    // A sentence, not "application backup | | 25"; what is stored stays in its tooltip.
    QCOMPARE(table->item(0, 4)->text(), u"Set a discount of 25\u00a0% for the application backup.");
    QVERIFY(table->item(0, 4)->toolTip().contains(u"application backup |  \u2192 25"));
    action->setCurrentIndex(0);
    QCOMPARE(table->rowCount(), all);
    page.findChild<QDateEdit *>(QStringLiteral("auditSince"))->setDate(QDate(2026, 10, 1));
    page.findChild<QCheckBox *>(QStringLiteral("auditSinceEnabled"))->setChecked(true);
    QCOMPARE(table->rowCount(), all - 1); // September's is before
    page.findChild<QCheckBox *>(QStringLiteral("auditSinceEnabled"))->setChecked(false);
    page.findChild<QLineEdit *>(QStringLiteral("auditSearch"))->setText(QStringLiteral("BOB@"));
    QCOMPARE(visibleRows(table), 1);
    QCOMPARE(page.shownEntries(), 1);
    auto *instance = page.findChild<QComboBox *>(QStringLiteral("auditInstance"));
    QCOMPARE(instance->itemText(0), u"All instances");
    QCOMPARE(instance->count(), 2);
    // Read only.
    QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
}

void TestMonthEndPages::formShowsTheDiscountOverrides()
{
    InstanceForm form;
    form.show();
    form.showInstance(m_instance);
    auto *label = form.findChild<QLabel *>(QStringLiteral("discountOverridesLabel"));
    form.showDiscountOverrides(QList<DiscountOverride>());
    QVERIFY(!label->isVisible());
    DiscountOverride storage{DiscountScope::OfferingItem,
                             QStringLiteral("pw_base_storage"),
                             QStringLiteral("Cloud storage"),
                             *Decimal::parse(u"30"),
                             {},
                             2};
    DiscountOverride backup{DiscountScope::Application,
                            QStringLiteral("backup"),
                            QStringLiteral("Cyber Protect"),
                            *Decimal::parse(u"22.5"),
                            {},
                            9};
    form.showDiscountOverrides(QList<DiscountOverride>{storage, backup});
    QVERIFY(label->isVisible());
    // (Without the English translation loaded, the plural keeps its source form.)
    QCOMPARE(label->text(),
             u"Overridden for 2 application(s) or product(s): Cloud storage: 30 %; "
             u"Cyber Protect: 22.5 %.");
    form.showDiscountOverrides(Error{ErrorKind::Failed, QStringLiteral("no such table")});
    QCOMPARE(label->text(), u"no such table");
}

void TestMonthEndPages::discountsAreSetAndClearedInTheDialog()
{
    DiscountsDialog dialog(m_db, m_instance);
    dialog.show();
    auto *scope = dialog.findChild<QComboBox *>(QStringLiteral("discountScope"));
    auto *target = dialog.findChild<QComboBox *>(QStringLiteral("discountTarget"));
    auto *percent = dialog.findChild<QLineEdit *>(QStringLiteral("discountPercent"));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("discountTable"));
    QVERIFY(target->count() > 0); // the instance's applications, by name
    QSignalSpy changed(&dialog, &DiscountsDialog::discountsChanged);
    percent->setText(QStringLiteral("101"));
    QVERIFY(!dialog.setChosen());
    QVERIFY(dialog.errorText().contains(u"between 0 and 100"));
    QCOMPARE(table->rowCount(), 0);
    percent->setText(QStringLiteral("22.5"));
    QVERIFY(dialog.setChosen());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(target->currentText(), u"File Sync & Share"); // the first by name
    QCOMPARE(table->item(0, 0)->text(), u"File Sync & Share");
    QCOMPARE(table->item(0, 2)->text(), u"22.5 %");
    QVERIFY(dialog.errorText().isEmpty());
    // A product's own: the storage item, in every location.
    scope->setCurrentIndex(1);
    const int storage = target->findData(QStringLiteral("pw_base_storage"));
    QVERIFY(storage >= 0);
    target->setCurrentIndex(storage);
    percent->setText(QStringLiteral("30"));
    QVERIFY(dialog.setChosen());
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 2)->text(), u"30 %"); // the most specific first
    // What the service prices with now.
    const auto overrides = DiscountService(m_db).list(m_instance);
    QVERIFY(overrides && overrides->size() == 2);
    table->selectRow(1);
    QVERIFY(dialog.clearSelected());
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(DiscountService(m_db).list(m_instance)->first().key, u"pw_base_storage");
    QCOMPARE(changed.size(), 3);
}

void TestMonthEndPages::moneyColumnLinesUpThePoints()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    MoneyColumn column;
    for (const char *value : {"1.5", "0.0410", "12"})
        column.include(Decimal::parse(QString::fromLatin1(value)), u"EUR");
    QCOMPARE(column.fractionDigits(), 4);
    // Each value's own digits (at least the cent), then a figure space per digit it lacks.
    QCOMPARE(column.text(*Decimal::parse(u"1.5"), english), u"1.50\u2007\u2007");
    QCOMPARE(column.text(*Decimal::parse(u"0.0410"), english), u"0.0410");
    QCOMPARE(column.text(*Decimal::parse(u"12"), english), u"12.00\u2007\u2007");
    QCOMPARE(column.withCurrency(*Decimal::parse(u"1234.5"), u"EUR", english),
             u"1,234.50\u2007\u2007\u00a0EUR");
    // At least the currency's minor units: a commitment typed 150 is 150.00.
    MoneyColumn commitments;
    commitments.include(Decimal::parse(u"150"), u"EUR");
    QCOMPARE(commitments.text(*Decimal::parse(u"150"), english), u"150.00");
    // None for yen; and a figure never included is not cut short.
    MoneyColumn yen;
    yen.include(Decimal::parse(u"300"), u"JPY");
    QCOMPARE(yen.text(*Decimal::parse(u"300"), english), u"300");
    QCOMPARE(yen.text(*Decimal::parse(u"0.015"), english), u"0.015");
}

void TestMonthEndPages::statementSaysUnitsInTheirNumber()
{
    // The English plural forms ("1 item", "3 items") come with the program's translations.
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/acronis_csp_en")));
    QCoreApplication::installTranslator(&english);
    auto remove = qScopeGuard([&english] { QCoreApplication::removeTranslator(&english); });
    const auto usage = [](const char *unit, const char *quantity, const char *price,
                          const char *amount) {
        UsageLine line;
        line.productName = QString::fromLatin1(unit);
        line.measurementUnit = QString::fromLatin1(unit);
        line.quantity = Decimal::parse(QString::fromLatin1(quantity));
        line.sellPrice = Decimal::parse(QString::fromLatin1(price));
        line.sellAmount = Decimal::parse(QString::fromLatin1(amount));
        line.currency = QStringLiteral("EUR");
        line.status = UsageLineStatus::Priced;
        return line;
    };
    Invoice invoice;
    invoice.name = QStringLiteral("Partner 0001");
    invoice.month = QDate(2026, 10, 1);
    invoice.currency = QStringLiteral("EUR");
    // 1 × 12 = 12.00; 250 × 0.0410 = 10.25; 3 × 2.5 = 7.50.
    invoice.lines = {usage("quantity", "1", "12", "12.00"),
                     usage("bytes", "250", "0.0410", "10.25"),
                     usage("quantity", "3", "2.5", "7.50")};
    IssuedInvoice document; // open: no number yet
    document.invoice = invoice;
    const QString html = InvoicesPage::statementHtml(document, QStringLiteral("EU"));
    QVERIFY2(html.contains(u">1\u00a0item<") && html.contains(u">250\u00a0GB<") &&
                     html.contains(u">3\u00a0items<") && !html.contains(u"1\u00a0items"),
             qPrintable(html));
    // The prices with the digits of the most precise one, the amounts at the minor unit.
    QVERIFY2(html.contains(u">12.00\u2007\u2007\u00a0EUR<") &&
                     html.contains(u">0.0410\u00a0EUR<") &&
                     html.contains(u">2.50\u2007\u2007\u00a0EUR<") &&
                     html.contains(u">10.25\u00a0EUR<"),
             qPrintable(html));
}

QTEST_MAIN(TestMonthEndPages)
#include "tst_monthendpages.moc"
