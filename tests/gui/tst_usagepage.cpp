#include "core/waitfor.h"
#include "csvreader.h"
#include "fakeacronis/fakeacronis.h"
#include "fakesecretstore.h"
#include "frozencolumnview.h"
#include "mainwindow.h"
#include "prompts.h"
#include "services/contractservice.h"
#include "services/syncjob.h"
#include "storage/instancerepository.h"
#include "storage/providerrepository.h"
#include "syncedinstance.h"
#include "tablefooter.h"
#include "usagechart.h"
#include "usagepage.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QFontMetrics>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolTip>
#include <QValueAxis>

using namespace csp;
using csp::test::FakeAcronis;
using csp::test::FakeSecretStore;

namespace {
const QString distributorId = csp::test::DistributorId;

QString cell(const QAbstractItemView *view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}

int rowNamed(const QAbstractItemView *view, const QString &name)
{
    const auto found = view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, name, 1,
                                            Qt::MatchExactly);
    return found.isEmpty() ? -1 : found.first().row();
}

// Where a column starts on the page: the frozen first column where the view shows it on top.
int pageX(const QWidget *page, const FrozenColumnView *view, int column)
{
    const QTableView *shown = column == view->frozenColumn() ? view->frozenView() : view;
    return shown->viewport()->mapTo(page, QPoint(shown->columnViewportPosition(column), 0)).x();
}
} // namespace

class TestUsagePage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { m_page.reset(); }
    void providersWithTotalsAndDrillDown();
    void consumptionAgainstTheCommitment();
    void chartPerProviderAndPerApplication();
    void exportsEveryLine();
    void monthFromTheReportIsNotAnEstimate();
    void failureIsShown();
    void theWindowReadsOnFirstOpening();
    void totalsRowUnderTheColumns();
    void nameStaysInSightScrolledRight();
    void pricesAlignedInTheLines();
    void chartNamesInFullWithToolTips();
    void chartReadsAsMoney();
    void emptyMonthSaysSo();
    void anotherChoiceClearsWhatWasRead();
    void exportNameSaysWhatAndWhen();
    void readingAgainKeepsTheChosenProvider();

private:
    UsageOutcome read(std::optional<QDate> month = std::nullopt);
    QTableWidget *table(const char *name) const
    {
        return m_page->findChild<QTableWidget *>(QLatin1String(name));
    }
    FrozenColumnView *view(const char *name) const
    {
        return m_page->findChild<FrozenColumnView *>(QLatin1String(name));
    }

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<FakeAcronis> m_fake;
    FakeSecretStore m_secrets;
    QNetworkAccessManager m_network;
    Instance m_instance;
    std::unique_ptr<UsagePage> m_page;
    int m_counter = 0;
};

void TestUsagePage::initTestCase()
{
    Prompts::setQuiet(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestUsagePage::init()
{
    auto db =
            Database::open(m_dir.filePath(QStringLiteral("g%1/catalogue.sqlite").arg(++m_counter)));
    QVERIFY(db);
    m_db = *db;
    m_fake = std::make_unique<FakeAcronis>();
    QVERIFY(csp::test::startSampleFake(*m_fake));
    m_secrets = FakeSecretStore();
    m_instance = csp::test::addSyncedInstance(m_db, *m_fake, m_secrets, m_network);
    QVERIFY(!m_instance.id.isEmpty());
    m_fake->addPartners(distributorId, 3);
    QStringList tenants;
    for (const QJsonObject &tenant : m_fake->children(distributorId)) {
        Provider provider;
        provider.instanceId = m_instance.id;
        provider.tenantId = tenant.value(u"id").toString();
        provider.customerId = tenant.value(u"customer_id").toString(provider.tenantId);
        provider.name = tenant.value(u"name").toString();
        provider.progress.complete = true;
        QVERIFY(ProviderRepository(m_db).save(provider));
        tenants << provider.tenantId;
    }
    m_fake->generateUsages(tenants, 13);
    // Partner 0002 uses more workstations than the others.
    QJsonArray busier = FakeAcronis::fixture(QStringLiteral("tenants_usages_batch.json"))
                                .value(u"items")[0][u"usages"]
                                .toArray();
    m_fake->setUsages(tenants[1], busier);
    m_page = std::make_unique<UsagePage>(m_db, m_secrets, m_network);
    m_page->resize(1000, 700);
    m_page->show();
}

void TestUsagePage::totalsRowUnderTheColumns()
{
    QVERIFY(read().ok());
    auto *totals = m_page->findChild<TableFooter *>(QStringLiteral("usageTotals"));
    FrozenColumnView *providers = view("usageProviders");
    QCOMPARE(totals->model()->rowCount(), 1);
    QVERIFY(totals->isVisible());
    // 185,600.00 twice (0001, 0003) and 152.42 (0002); cost 152,192.00 twice and 124.98.
    QCOMPARE(cell(totals, 0, 0), u"Total (3 service provider(s))");
    QCOMPARE(cell(totals, 0, 1), u"371,352.42\u00a0EUR");
    QCOMPARE(cell(totals, 0, 2), QString()); // commitments are not added up
    QCOMPARE(cell(totals, 0, 3), u"304,508.98\u00a0EUR");
    QCOMPARE(cell(totals, 0, 4), u"66,843.44\u00a0EUR");
    QCOMPARE(cell(totals, 0, 5), u"18.0\u00a0%");
    QVERIFY(totals->model()->index(0, 1).data(Qt::FontRole).value<QFont>().bold());
    const int columns = providers->model()->columnCount();
    // Every total fits its column, in bold, on one line (the widths were once overwritten by
    // the table's own while they were being set).
    for (int column = 0; column < columns; ++column) {
        const QModelIndex total = totals->model()->index(0, column);
        const QFont font = total.data(Qt::FontRole).value<QFont>();
        const int needed = QFontMetrics(font).horizontalAdvance(total.data().toString());
        QVERIFY2(needed < totals->columnWidth(column),
                 qPrintable(QStringLiteral("column %1: %2 wide for a total of %3")
                                    .arg(column)
                                    .arg(totals->columnWidth(column))
                                    .arg(needed)));
    }
    const auto everyColumnUnder = [&] {
        for (int column = 0; column < columns; ++column) {
            if (pageX(m_page.get(), providers, column) != pageX(m_page.get(), totals, column))
                return column;
        }
        return -1;
    };
    // Narrower than the columns: the table scrolls sideways, and the totals with it.
    m_page->resize(640, 700);
    QTRY_VERIFY(providers->horizontalScrollBar()->maximum() > 0);
    QCOMPARE(everyColumnUnder(), -1);
    providers->horizontalScrollBar()->setValue(providers->horizontalScrollBar()->maximum());
    QCOMPARE(everyColumnUnder(), -1);
    QVERIFY(pageX(m_page.get(), providers, 3) < pageX(m_page.get(), providers, 0) +
                    providers->columnWidth(0) + providers->columnWidth(1)); // it did scroll
    providers->setColumnWidth(3, providers->columnWidth(3) + 40);
    QCOMPARE(everyColumnUnder(), -1);
    providers->horizontalScrollBar()->setValue(providers->horizontalScrollBar()->maximum());
    QCOMPARE(everyColumnUnder(), -1);
    providers->horizontalHeader()->moveSection(5, 2); // a column moved: the total moves too
    QCOMPARE(everyColumnUnder(), -1);
    providers->sortByColumn(0, Qt::AscendingOrder); // sorting leaves the totals where they are
    QCOMPARE(cell(totals, 0, 1), u"371,352.42\u00a0EUR");
}

void TestUsagePage::nameStaysInSightScrolledRight()
{
    QVERIFY(read().ok());
    FrozenColumnView *providers = view("usageProviders");
    m_page->resize(640, 700);
    QTRY_VERIFY(providers->horizontalScrollBar()->maximum() > 0);
    providers->horizontalScrollBar()->setValue(providers->horizontalScrollBar()->maximum());
    QVERIFY(providers->columnViewportPosition(0) < 0); // the table's own name column is gone
    const QTableView *names = providers->frozenView();
    QVERIFY(names->isVisible());
    QCOMPARE(names->width(), providers->columnWidth(0));
    for (int row = 0; row < providers->model()->rowCount(); ++row) {
        const QModelIndex name = names->model()->index(row, 0);
        QVERIFY(names->viewport()->rect().contains(names->visualRect(name).center()));
        QVERIFY(cell(names, row, 0).startsWith(u"Partner 000"));
    }
    // Commitment comes right after Sell, in sight at the start without scrolling.
    QCOMPARE(providers->model()->headerData(2, Qt::Horizontal).toString(), u"Commitment");
}

void TestUsagePage::pricesAlignedInTheLines()
{
    QVERIFY(read().ok());
    FrozenColumnView *providers = view("usageProviders");
    providers->setCurrentIndex(
            providers->model()->index(rowNamed(providers, QStringLiteral("Partner 0002")), 0));
    QTableWidget *lines = table("usageLines");
    // 4.50 as it is, padded by two figure spaces to the column's most precise price (0.0450).
    QCOMPARE(lines->item(0, 3)->text(), u"4.50\u2007\u2007");
    QCOMPARE(lines->item(3, 3)->text(), u"0.0450");
    for (const int column : {1, 3, 4, 5})
        QCOMPARE(lines->item(0, column)->textAlignment(), int(Qt::AlignRight | Qt::AlignVCenter));
}

void TestUsagePage::chartNamesInFullWithToolTips()
{
    QVERIFY(read().ok());
    auto *chartWidget = m_page->findChild<UsageChart *>();
    // Across, the largest at the top (Qt counts from the bottom), every name whole.
    QCOMPARE(chartWidget->labels(),
             (QStringList{QStringLiteral("Partner 0002"), QStringLiteral("Partner 0003"),
                          QStringLiteral("Partner 0001")}));
    auto *series = qobject_cast<QHorizontalBarSeries *>(m_page->chart()->series().first());
    QVERIFY(series);
    // Hovering the bottom bar (Partner 0002's) names it in full with its figures.
    emit series->barSets()[0]->hovered(true, 0);
    QVERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(),
             u"Partner 0002\nSell: 152.42\u00a0EUR\nCost: 124.98\u00a0EUR\nMargin: 27.44\u00a0EUR");
    emit series->barSets()[0]->hovered(false, 0);
    QTRY_VERIFY(!QToolTip::isVisible());
    // Only a name wider than 40 % of the chart is shortened, in the middle.
    const QString longName(200, u'x');
    const QString fitted = chartWidget->fittedLabel(longName, chartWidget->labelRoom());
    QVERIFY(fitted.contains(u'\u2026'));
    QVERIFY(chartWidget->fontMetrics().horizontalAdvance(fitted) <= chartWidget->labelRoom());
}

void TestUsagePage::chartReadsAsMoney()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    auto restore = qScopeGuard(
            [] { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); });
    QVERIFY(read().ok());
    QChart *chart = m_page->chart();
    QVERIFY(chart->localizeNumbers());
    auto *money = qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).first());
    QCOMPARE(money->titleText(), u"EUR");
    QCOMPARE(money->labelFormat(), u"%.0f");
    QVERIFY(money->max() >= 185600.0);
    auto *names = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).first());
    QCOMPARE(names->count(), 3);
    // Names that start alike keep their ends: the three bars are told apart.
    auto *chartWidget = m_page->findChild<UsageChart *>();
    const QString fitted = chartWidget->fittedLabel(
            QStringLiteral("Partner with a very long registered company name 0002"), 120);
    QVERIFY2(fitted.startsWith(u"Partner") || fitted.startsWith(u"Part"), qPrintable(fitted));
    QVERIFY2(fitted.endsWith(u"0002"), qPrintable(fitted));
    QVERIFY(fitted.contains(u'\u2026'));
    // The exact figures in the tooltip, in the locale, with the currency.
    const QString tip = chartWidget->toolTip(0);
    QVERIFY2(tip.contains(u"Partner 000") && tip.contains(u"185.600,00\u00a0\u20ac") &&
                     tip.contains(u"152.192,00\u00a0\u20ac") &&
                     tip.contains(u"33.408,00\u00a0\u20ac"),
             qPrintable(tip));
    QVERIFY(!chartWidget->isEmpty());
}

void TestUsagePage::emptyMonthSaysSo()
{
    m_fake->setReportRows({}, 0);
    const UsageOutcome outcome = read(QDate::currentDate().addMonths(-1));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->message : QString()));
    auto *chartWidget = m_page->findChild<UsageChart *>();
    QVERIFY(chartWidget->isEmpty());
    auto *empty = m_page->findChild<QLabel *>(QStringLiteral("usageChartEmpty"));
    QVERIFY(empty->isVisible());
    QVERIFY2(!empty->text().isEmpty(), qPrintable(empty->text()));
    QVERIFY(m_page->chart()->series().isEmpty()); // no bars of ones and zeros
}

void TestUsagePage::anotherChoiceClearsWhatWasRead()
{
    QVERIFY(read().ok());
    QVERIFY(view("usageProviders")->model()->rowCount() > 0);
    auto *months = m_page->findChild<QComboBox *>(QStringLiteral("usageMonth"));
    // Closed months by name, newest first.
    const QDate last = QDate::currentDate().addMonths(-1);
    QCOMPARE(months->itemText(0), QLocale().toString(last, QStringLiteral("MMMM yyyy")));
    QVERIFY(months->itemText(0).contains(QString::number(last.year())));
    QCOMPARE(months->itemData(1).toDate().month(), last.addMonths(-1).month());
    m_page->findChild<QComboBox *>(QStringLiteral("usageSource"))->setCurrentIndex(1);
    QCOMPARE(view("usageProviders")->model()->rowCount(), 0);
    QCOMPARE(table("usageLines")->rowCount(), 0);
    QVERIFY(!m_page->findChild<QLabel *>(QStringLiteral("usageBanner"))->isVisible());
    QVERIFY(m_page->findChild<UsageChart *>()->isEmpty());
    QVERIFY2(m_page->statusText().contains(months->itemText(0)), qPrintable(m_page->statusText()));
}

void TestUsagePage::exportNameSaysWhatAndWhen()
{
    QVERIFY(read().ok());
    const QString name = m_page->exportFileName();
    QVERIFY2(name.startsWith(u"usage-") && name.contains(m_instance.systemName) &&
                     name.contains(QDate::currentDate().toString(Qt::ISODate)) &&
                     name.endsWith(u".csv"),
             qPrintable(name));
    m_fake->setReportRows({}, 0);
    QVERIFY(read(QDate::currentDate().addMonths(-1)).ok());
    QCOMPARE(m_page->exportFileName(),
             QStringLiteral("usage-%1-%2.csv")
                     .arg(m_instance.systemName,
                          QDate::currentDate().addMonths(-1).toString(QStringLiteral("yyyy-MM"))));
}

UsageOutcome TestUsagePage::read(std::optional<QDate> month)
{
    QSignalSpy spy(m_page.get(), &UsagePage::usageRead);
    m_page->refresh(month);
    if (!spy.wait(10000))
        return {};
    return spy.first().first().value<UsageOutcome>();
}

void TestUsagePage::providersWithTotalsAndDrillDown()
{
    const UsageOutcome outcome = read();
    QVERIFY(outcome.ok());
    FrozenColumnView *providers = view("usageProviders");
    QCOMPARE(providers->model()->rowCount(), 3);
    // sorted by sell, largest first: 13 generated lines give 185,600.00 (see the CLI test)
    QCOMPARE(cell(providers, 0, 1), u"185,600.00\u00a0EUR");
    QCOMPARE(cell(providers, 0, 3), u"152,192.00\u00a0EUR");
    QCOMPARE(cell(providers, 0, 4), u"33,408.00\u00a0EUR");
    QCOMPARE(cell(providers, 0, 5), u"18.0\u00a0%");
    QCOMPARE(cell(providers, 0, 6), u"9");
    const int heroes = rowNamed(providers, QStringLiteral("Partner 0002"));
    QCOMPARE(cell(providers, heroes, 1), u"152.42\u00a0EUR");
    QCOMPARE(cell(providers, heroes, 7), u"ERP-0002");
    providers->setCurrentIndex(providers->model()->index(heroes, 0));
    QTableWidget *lines = table("usageLines");
    QCOMPARE(lines->rowCount(), 7);
    QCOMPARE(lines->item(0, 0)->text(), u"Protection Per Workload \u2013 Workstations");
    QCOMPARE(lines->item(0, 4)->text(), u"81.00\u00a0EUR");
    QCOMPARE(lines->item(2, 6)->text(), u"no product of this instance matches");
    QCOMPARE(lines->item(3, 2)->text(), u"GB");
    QCOMPARE(lines->item(3, 1)->text(), u"320.43457031");
    QCOMPARE(lines->item(0, 1)->text(), u"18");
    QCOMPARE(lines->item(3, 3)->text(), u"0.0450");
    QCOMPARE(lines->item(0, 3)->text(), u"4.50\u2007\u2007");
    auto *banner = m_page->findChild<QLabel *>(QStringLiteral("usageBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"estimates"));
    QVERIFY(m_page->statusText().contains(u"3 service provider(s)"));
}

void TestUsagePage::consumptionAgainstTheCommitment()
{
    for (const auto &[key, commitment] : {std::pair{"3", "500"}, std::pair{"2", "250"}}) {
        TierChange change;
        change.key = QLatin1String(key);
        change.commitment = QLatin1String(commitment);
        QVERIFY(ContractService(m_db).setTier(m_instance, change));
    }
    const QDateTime thisMonth =
            QDateTime(QDate::currentDate().addDays(1 - QDate::currentDate().day()), QTime(8, 0),
                      QTimeZone::utc());
    // 0001 started long ago on no commitment, 0002 on tier 3, 0003 this month in ramp-up.
    const QHash<QString, std::tuple<QString, QDateTime, int>> contracts{
            {QStringLiteral("Partner 0001"), {QStringLiteral("none"), thisMonth.addYears(-1), 0}},
            {QStringLiteral("Partner 0002"), {QStringLiteral("3"), thisMonth.addYears(-1), 0}},
            {QStringLiteral("Partner 0003"), {QStringLiteral("2"), thisMonth, 1}}};
    for (Provider provider : ProviderRepository(m_db).list(m_instance.id).valueOr({})) {
        QVERIFY(contracts.contains(provider.name));
        std::tie(provider.tier, provider.contractStart, provider.rampUpMonths) =
                contracts.value(provider.name);
        QVERIFY(ProviderRepository(m_db).save(provider));
    }
    QVERIFY(read().ok());
    FrozenColumnView *providers = view("usageProviders");
    const auto commitmentOf = [&](const char *name) {
        const int row = rowNamed(providers, QLatin1String(name));
        return row < 0 ? QString() : cell(providers, row, 2);
    };
    QCOMPARE(providers->model()->headerData(2, Qt::Horizontal).toString(), u"Commitment");
    // 0002 sells 152.42 EUR (see above) against tier 3's 500.00 EUR.
    QCOMPARE(commitmentOf("Partner 0002"), u"152.42 of 500.00\u00a0EUR");
    QCOMPARE(commitmentOf("Partner 0001"), u"no commitment");
    QCOMPARE(commitmentOf("Partner 0003"), u"waived (ramp-up)");
    // Sorting by the column puts the largest share of its commitment first: 0002's 30 %, then
    // those that have none due.
    providers->sortByColumn(2, Qt::DescendingOrder);
    QCOMPARE(cell(providers, 0, 0), u"Partner 0002");
}

void TestUsagePage::chartPerProviderAndPerApplication()
{
    QVERIFY(read().ok());
    auto series = qobject_cast<QHorizontalBarSeries *>(m_page->chart()->series().first());
    QVERIFY(series);
    QCOMPARE(series->barSets().size(), 2);
    QCOMPARE(series->barSets()[0]->label(), u"Sell");
    QCOMPARE(series->barSets()[0]->count(), 3);
    QCOMPARE(series->barSets()[0]->at(2), 185600.0); // the largest at the top, drawn last
    QCOMPARE(series->barSets()[1]->at(2), 152192.0);
    QCOMPARE(series->barSets()[0]->at(0), 152.42);
    m_page->setChartBy(UsagePage::ChartBy::Application);
    series = qobject_cast<QHorizontalBarSeries *>(m_page->chart()->series().first());
    auto *axis = qobject_cast<QBarCategoryAxis *>(m_page->chart()->axes(Qt::Vertical).first());
    QCOMPARE(axis->categories(),
             QStringList{QStringLiteral("Protection")}); // the only one with prices
    QCOMPARE(series->barSets()[0]->at(0), 185600.0 * 2 + 152.42);
}

void TestUsagePage::exportsEveryLine()
{
    const UsageOutcome outcome = read();
    const QString path = m_dir.filePath(QStringLiteral("usage%1.csv").arg(m_counter));
    QString error;
    QVERIFY2(m_page->exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto records = csp::test::readCsv(QString::fromUtf8(file.readAll()));
    QCOMPARE(records.size(), 1 + 13 + 7 + 13);
    QCOMPARE(records.first(), usageColumns());
    int unpriced = 0;
    for (const QStringList &record : records.mid(1))
        unpriced += record[9].isEmpty();
    // Priced: pg_base_workstations and the pw_base_ workstations, servers and storage. The
    // rest: 9 lines each of Partners 0001 and 0003, and Partner 0002's pu_base_fc_seats with
    // the three items its instance has no product for: 9 + 4 + 9.
    QCOMPARE(unpriced, 22);
    QCOMPARE(outcome.totals.unpricedLines(), 22);
}

void TestUsagePage::monthFromTheReportIsNotAnEstimate()
{
    m_fake->setReportRows(
            {QJsonObject{{QStringLiteral("tenant.id"), m_fake->children(distributorId)[0][u"id"]},
                         {QStringLiteral("application.id"),
                          QStringLiteral("6e6d758d-8e74-3ae3-ac84-50eb0dff12eb")},
                         {QStringLiteral("name"), QStringLiteral("pw_base_servers")},
                         {QStringLiteral("edition"), QStringLiteral("pck_per_workload")},
                         {QStringLiteral("usage.effective.total"), 2}}},
            0);
    const UsageOutcome outcome = read(QDate::currentDate().addMonths(-1));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->message : QString()));
    auto *banner = m_page->findChild<QLabel *>(QStringLiteral("usageBanner"));
    QVERIFY(banner->text().contains(u"usage report"));
    QVERIFY(!banner->text().contains(u"estimates"));
    QCOMPARE(cell(view("usageProviders"), 0, 1), u"38.00\u00a0EUR");
}

void TestUsagePage::failureIsShown()
{
    m_fake->failNext(QStringLiteral("GET /api/2/tenants/usages"),
                     FakeAcronis::Reply(400, R"({"error":{"code":400,"message":"Bad Request"}})"));
    const UsageOutcome outcome = read();
    QVERIFY(!outcome.ok());
    QVERIFY(m_page->statusText().contains(u"Bad Request"));
    QVERIFY(Prompts::lastNotice().contains(u"Bad Request"));
    QCOMPARE(view("usageProviders")->model()->rowCount(), 0);
}

void TestUsagePage::theWindowReadsOnFirstOpening()
{
    m_page.reset();
    QSettings().clear();
    MainWindow window(m_db, m_secrets);
    window.show();
    QSignalSpy read(window.usagePage(), &UsagePage::usageRead);
    QVERIFY(window.showPage(QStringLiteral("usage")));
    QVERIFY(read.wait(10000));
    QVERIFY(read.first().first().value<UsageOutcome>().ok());
    QVERIFY(window.showPage(QStringLiteral("setup")));
    QVERIFY(window.showPage(QStringLiteral("usage")));
    QVERIFY(!read.wait(300)); // once; then on demand
    QCOMPARE(m_fake->count(QStringLiteral("GET /api/2/tenants/usages")), 1);
}

// Read Usage again: the provider the admin was looking at stays chosen (by its record, not its
// row), with its lines.
void TestUsagePage::readingAgainKeepsTheChosenProvider()
{
    QVERIFY(read().ok());
    FrozenColumnView *providers = view("usageProviders");
    const QAbstractItemModel *rows = providers->model();
    const QModelIndexList found = rows->match(rows->index(0, 0), Qt::DisplayRole,
                                              QStringLiteral("Partner 0002"), 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().row() != 0); // not the first row, or the test could not tell
    providers->setCurrentIndex(found.first());
    QVERIFY(read().ok());
    QCOMPARE(providers->currentIndex().siblingAtColumn(0).data().toString(), u"Partner 0002");
    QCOMPARE(table("usageLines")->rowCount(), 7); // its lines, not the first row's
}

QTEST_MAIN(TestUsagePage)
#include "tst_usagepage.moc"
