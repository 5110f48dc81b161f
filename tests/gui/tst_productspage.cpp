#include "csvreader.h"
#include "productfiltermodel.h"
#include "productspage.h"
#include "producttablemodel.h"
#include "services/discountservice.h"
#include "services/productexport.h"
#include "services/productservice.h"
#include "storage/instancerepository.h"
#include "storage/productrepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace csp;

using csp::test::readCsv;

class TestProductsPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { m_page.reset(); }
    void modelPassesTheTester();
    void sortsByUnderlyingValues_data();
    void sortsByUnderlyingValues();
    void filters_data();
    void filters();
    void csvExportIsTheCommandLinesCsv();
    void copySelectedRowsAsTsv();
    void renameFollowsThePolicy();
    void manualPriceOnlyWhereNoneIsServed();
    void priceEditorKeepsTheExactPriceInGerman();
    void staleEditOffersReload();
    void emptyInstanceOffersTheSync();
    void detailsShowFieldsAndHistory();
    void columnLayoutIsRemembered();
    void nameStaysBesideTheMoney();
    void missingAndHandSetPricesAreMarked();
    void badPriceMessageSitsBesideTheCellAndClears();
    void detailsFollowTheFilter();
    void editionsFollowTheApplication();
    void ctrlFFindsProducts();

private:
    Instance addInstance(const QString &name, NamePolicy policy);
    void addProducts(const Instance &instance, const QList<ServedProduct> &served,
                     bool retireFirst = false);
    static ServedProduct item(const QString &application, const QString &offeringItem,
                              const QString &edition, const QString &usage, const QString &infra,
                              std::optional<Decimal> price);
    int column(ProductTableModel::Column column) const { return int(column); }
    QStringList shownNames() const;

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    Instance m_eu;
    Instance m_us;
    std::unique_ptr<ProductsPage> m_page;
    int m_counter = 0;
};

void TestProductsPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

Instance TestProductsPage::addInstance(const QString &name, NamePolicy policy)
{
    Instance instance;
    instance.id = newUuid();
    instance.systemName = name;
    instance.gateway = QStringLiteral("https://eu2-cloud.acronis.com");
    instance.clientId = QStringLiteral("client");
    instance.discountPercent = Decimal::fromInteger(20);
    instance.primaryCurrency = QStringLiteral("EUR");
    instance.namePolicy = policy;
    instance.createdAt = instance.updatedAt = QDateTime::currentDateTimeUtc();
    [&] {
        QVERIFY(InstanceRepository(m_db).insert(instance));
    }();
    return instance;
}

ServedProduct TestProductsPage::item(const QString &application, const QString &offeringItem,
                                     const QString &edition, const QString &usage,
                                     const QString &infra, std::optional<Decimal> price)
{
    ServedProduct product;
    product.key = {QStringLiteral("app-") + application, offeringItem, edition,
                   infra.isEmpty() ? QString() : QStringLiteral("infra-") + infra};
    product.applicationName = application;
    product.usageName = usage;
    product.itemType = infra.isEmpty() ? QStringLiteral("count") : QStringLiteral("infra");
    product.measurementUnit =
            infra.isEmpty() ? QStringLiteral("quantity") : QStringLiteral("bytes");
    product.infraName = infra;
    product.price = price;
    return product;
}

void TestProductsPage::addProducts(const Instance &instance, const QList<ServedProduct> &served,
                                   bool retireFirst)
{
    ProductRepository products(m_db);
    auto diff = diffCatalogue({}, served, instance,
                              QStringLiteral("2026-11-0%1T10:00:00.000Z").arg(++m_counter % 9 + 1));
    [&] {
        QVERIFY(products.apply(diff, {}));
    }();
    if (retireFirst) {
        const auto stored = products.forInstance(instance.id).value();
        const auto retire = diffCatalogue(stored, served.mid(1), instance,
                                          QStringLiteral("2026-11-20T10:00:00.000Z"));
        [&] {
            QVERIFY(products.apply(retire, {}));
        }();
    }
}

void TestProductsPage::init()
{
    QSettings().remove(QStringLiteral("products/columns-v2"));
    auto db = Database::open(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++m_counter)));
    QVERIFY(db);
    m_db = *db;
    m_eu = addInstance(QStringLiteral("EU"), NamePolicy::Update);
    m_us = addInstance(QStringLiteral("US"), NamePolicy::Keep);
    addProducts(
            m_eu,
            {item(QStringLiteral("Protection"), QStringLiteral("pw_base_item 2"),
                  QStringLiteral("pck_per_workload"), QStringLiteral("workstations"), {},
                  Decimal::fromInteger(10)),
             item(QStringLiteral("Protection"), QStringLiteral("pw_base_item 10"),
                  QStringLiteral("pck_per_workload"), QStringLiteral("servers"), {},
                  Decimal::fromInteger(9)),
             item(QStringLiteral("Protection"), QStringLiteral("pg_base_storage"),
                  QStringLiteral("pck_per_gigabyte"), QStringLiteral("storage"),
                  QStringLiteral("Frankfurt, \"Main\"\nDC Ü"), Decimal::fromInteger(100)),
             item(QStringLiteral("File Sync & Share"), QStringLiteral("pu_base_fc_seats"),
                  QStringLiteral("fss_per_user"), QStringLiteral("fc_seats"), {}, std::nullopt)});
    addProducts(m_us,
                {item(QStringLiteral("Protection"), QStringLiteral("pw_base_vms"),
                      QStringLiteral("pck_per_workload"), QStringLiteral("vms"), {},
                      Decimal::fromInteger(25)),
                 item(QStringLiteral("Protection"), QStringLiteral("pw_base_mobiles"),
                      QStringLiteral("pck_per_workload"), QStringLiteral("mobiles"), {},
                      Decimal::fromInteger(3))},
                true);
    m_page = std::make_unique<ProductsPage>(m_db);
    m_page->resize(1200, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_VERIFY(m_page->isLoaded());
}

QStringList TestProductsPage::shownNames() const
{
    QStringList names;
    const auto *proxy = m_page->filterModel();
    for (int row = 0; row < proxy->rowCount(); ++row)
        names.append(proxy->index(row, ProductTableModel::OfferingItem).data().toString());
    return names;
}

void TestProductsPage::modelPassesTheTester()
{
    QAbstractItemModelTester source(m_page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxy(m_page->filterModel(),
                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->findChild<QLineEdit *>(QStringLiteral("productSearch"))
            ->setText(QStringLiteral("item"));
    m_page->findChild<QCheckBox *>(QStringLiteral("showRetiredCheck"))->setChecked(true);
    {
        QSignalSpy loaded(m_page.get(), &ProductsPage::loaded);
        m_page->reload();
        QVERIFY(loaded.wait(5000));
    }
    QCOMPARE(m_page->model()->rowCount(), 6);
}

void TestProductsPage::sortsByUnderlyingValues_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("ascending");
    // Prices as numbers (9 < 10 < 100), a missing price first.
    QTest::newRow("sell price") << int(ProductTableModel::SellPrice)
                                << QStringList{QStringLiteral("pu_base_fc_seats"),
                                               QStringLiteral("pw_base_item 10"),
                                               QStringLiteral("pw_base_item 2"),
                                               QStringLiteral("pg_base_storage")};
    // Text with the collator's numeric mode: "item 2" before "item 10".
    QTest::newRow("offering item")
            << int(ProductTableModel::OfferingItem)
            << QStringList{QStringLiteral("pg_base_storage"), QStringLiteral("pu_base_fc_seats"),
                           QStringLiteral("pw_base_item 2"), QStringLiteral("pw_base_item 10")};
    // The margin of a product is its discount (see the overrides in the test): 10 % (item 10),
    // 20 % (storage: the instance's), 30 % (item 2); no price first. Neither the sell price's
    // order nor the cost's nor the margin's amount (0.90, 20.00, 3.00).
    QTest::newRow("margin %") << int(ProductTableModel::MarginPercent)
                              << QStringList{QStringLiteral("pu_base_fc_seats"),
                                             QStringLiteral("pw_base_item 10"),
                                             QStringLiteral("pg_base_storage"),
                                             QStringLiteral("pw_base_item 2")};
}

void TestProductsPage::sortsByUnderlyingValues()
{
    QFETCH(int, column);
    QFETCH(QStringList, ascending);
    // Margins that differ: the instance gives 20 % on all, two items get discounts of their own.
    DiscountService discounts(m_db);
    QVERIFY(discounts.set(m_eu, QStringLiteral("30"), DiscountScope::OfferingItem,
                          QStringLiteral("pw_base_item 2")));
    QVERIFY(discounts.set(m_eu, QStringLiteral("10"), DiscountScope::OfferingItem,
                          QStringLiteral("pw_base_item 10")));
    {
        QSignalSpy loaded(m_page.get(), &ProductsPage::loaded);
        m_page->reload();
        QVERIFY(loaded.wait(5000));
    }
    auto *instances = m_page->findChild<QComboBox *>(QStringLiteral("instanceFilter"));
    instances->setCurrentIndex(instances->findData(m_eu.id));
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("productTable"));
    table->sortByColumn(column, Qt::AscendingOrder);
    QCOMPARE(shownNames(), ascending);
    table->sortByColumn(column, Qt::DescendingOrder);
    std::reverse(ascending.begin(), ascending.end());
    QCOMPARE(shownNames(), ascending);
}

void TestProductsPage::filters_data()
{
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QString>("application");
    QTest::addColumn<QString>("edition");
    QTest::addColumn<bool>("retired");
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("shown");
    QTest::newRow("default hides retired") << ""
                                           << ""
                                           << "" << false << "" << 5;
    QTest::newRow("with retired") << ""
                                  << ""
                                  << "" << true << "" << 6;
    QTest::newRow("instance EU") << "EU"
                                 << ""
                                 << "" << false << "" << 4;
    QTest::newRow("instance US with retired") << "US"
                                              << ""
                                              << "" << true << "" << 2;
    QTest::newRow("application") << ""
                                 << "File Sync & Share"
                                 << "" << false << "" << 1;
    QTest::newRow("edition") << ""
                             << ""
                             << "pck_per_workload" << false << "" << 3;
    QTest::newRow("search offering item") << ""
                                          << ""
                                          << "" << false << "ITEM" << 2;
    QTest::newRow("search storage") << ""
                                    << ""
                                    << "" << false << "frankfurt" << 1;
    QTest::newRow("search non-ASCII") << ""
                                      << ""
                                      << "" << false << "dc ü" << 1;
    QTest::newRow("search name") << ""
                                 << ""
                                 << "" << false << "mobile devices" << 1;
    QTest::newRow("search retired name") << ""
                                         << ""
                                         << "" << true << "virtual machines" << 1;
    QTest::newRow("combined") << "EU"
                              << "Protection"
                              << "pck_per_workload" << false << "item 1" << 1;
    QTest::newRow("nothing") << ""
                             << ""
                             << "" << false << "zzz" << 0;
}

void TestProductsPage::filters()
{
    QFETCH(QString, instance);
    QFETCH(QString, application);
    QFETCH(QString, edition);
    QFETCH(bool, retired);
    QFETCH(QString, search);
    QFETCH(int, shown);
    auto *instances = m_page->findChild<QComboBox *>(QStringLiteral("instanceFilter"));
    if (!instance.isEmpty())
        instances->setCurrentIndex(instances->findData(instance == u"EU" ? m_eu.id : m_us.id));
    auto *applications = m_page->findChild<QComboBox *>(QStringLiteral("applicationFilter"));
    if (!application.isEmpty())
        applications->setCurrentIndex(applications->findData(application));
    auto *editions = m_page->findChild<QComboBox *>(QStringLiteral("editionFilter"));
    if (!edition.isEmpty())
        editions->setCurrentIndex(editions->findData(edition));
    m_page->findChild<QCheckBox *>(QStringLiteral("showRetiredCheck"))->setChecked(retired);
    auto *searchEdit = m_page->findChild<QLineEdit *>(QStringLiteral("productSearch"));
    if (search.contains(u'ü')) // keyClicks types ASCII only
        searchEdit->setText(search);
    else
        QTest::keyClicks(searchEdit, search);
    QCOMPARE(m_page->filterModel()->rowCount(), shown);
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("productCount"))->text(),
             QStringLiteral("%1 of 6 products").arg(shown));
}

void TestProductsPage::csvExportIsTheCommandLinesCsv()
{
    // Moving or hiding columns changes the table, never the file a billing import reads.
    auto *header =
            m_page->findChild<QTableView *>(QStringLiteral("productTable"))->horizontalHeader();
    header->moveSection(header->visualIndex(ProductTableModel::Storage), 0);
    header->setSectionHidden(ProductTableModel::AcronisName, true);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); // no effect on the file
    QTemporaryDir out;
    QString error;
    const QString path = out.filePath(QStringLiteral("products.csv"));
    const bool exported = m_page->exportCsv(path, &error);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(exported, qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> records = readCsv(QString::fromUtf8(file.readAll()));
    QCOMPARE(records.size(), 1 + 5);
    QCOMPARE(records.first(), productColumns());
    const qsizetype sell = productColumns().indexOf(QStringLiteral("sell_price"));
    bool sawTricky = false;
    for (const QStringList &record : records.mid(1)) {
        QCOMPARE(record.size(), productColumns().size());
        QVERIFY2(!record.at(sell).contains(u','), qPrintable(record.at(sell)));
        if (record.at(productColumns().indexOf(QStringLiteral("name")))
                    .contains(QStringLiteral("Frankfurt, \"Main\"\nDC Ü")))
            sawTricky = true;
    }
    QVERIFY(sawTricky);
}

void TestProductsPage::copySelectedRowsAsTsv()
{
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("productTable"));
    table->selectRow(0);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QString text = QApplication::clipboard()->text();
    QCOMPARE(text.count(u'\n'), 1);
    // The columns shown: Name to Status, eleven (the rare ones start hidden).
    QCOMPARE(text.count(u'\t'), int(ProductTableModel::Status));
}

void TestProductsPage::renameFollowsThePolicy()
{
    auto *proxy = m_page->filterModel();
    auto *instances = m_page->findChild<QComboBox *>(QStringLiteral("instanceFilter"));
    instances->setCurrentIndex(instances->findData(m_eu.id));
    QVERIFY(proxy->rowCount() > 0);
    const QModelIndex name = proxy->index(0, ProductTableModel::Name);
    QVERIFY(proxy->setData(name, QStringLiteral("Backup for laptops")));
    QCOMPARE(proxy->index(0, ProductTableModel::Name).data().toString().isEmpty(), false);
    auto *notice = m_page->findChild<QLabel *>(QStringLiteral("productNotice"));
    QVERIFY2(notice->text().contains(u"will rename this product back"), qPrintable(notice->text()));
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("productTable"));
    table->setCurrentIndex(proxy->index(0, ProductTableModel::Name));
    QVERIFY(!proxy->setData(proxy->index(0, ProductTableModel::Name), QStringLiteral("  ")));
    auto *error = m_page->findChild<QLabel *>(QStringLiteral("cellError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"must not be empty"), qPrintable(error->text()));

    instances->setCurrentIndex(instances->findData(m_us.id)); // policy keep: no warning
    QVERIFY(proxy->setData(proxy->index(0, ProductTableModel::Name),
                           QStringLiteral("Mobile backup")));
    QVERIFY(notice->text().isEmpty() || !notice->isVisible() ||
            !notice->text().contains(u"rename this product back"));
    const auto stored = ProductRepository(m_db).forInstance(m_us.id).value();
    QVERIFY(std::any_of(stored.begin(), stored.end(),
                        [](const Product &p) { return p.name == u"Mobile backup"; }));
}

void TestProductsPage::manualPriceOnlyWhereNoneIsServed()
{
    auto *proxy = m_page->filterModel();
    m_page->findChild<QLineEdit *>(QStringLiteral("productSearch"))
            ->setText(QStringLiteral("fc_seats"));
    QCOMPARE(proxy->rowCount(), 1);
    const QModelIndex price = proxy->index(0, ProductTableModel::SellPrice);
    QVERIFY(price.flags() & Qt::ItemIsEditable);
    QVERIFY(!proxy->setData(price, QStringLiteral("abc")));
    QVERIFY(proxy->setData(price, QStringLiteral("7.5")));
    QCOMPARE(proxy->index(0, ProductTableModel::SellPrice).data().toString(),
             QStringLiteral("7.50"));
    QCOMPARE(proxy->index(0, ProductTableModel::CostPrice).data().toString(),
             QStringLiteral("6.00"));
    m_page->findChild<QLineEdit *>(QStringLiteral("productSearch"))
            ->setText(QStringLiteral("item 2"));
    QVERIFY(!(proxy->index(0, ProductTableModel::SellPrice).flags() &
              Qt::ItemIsEditable)); // served
}

void TestProductsPage::staleEditOffersReload()
{
    auto *proxy = m_page->filterModel();
    m_page->findChild<QLineEdit *>(QStringLiteral("productSearch"))
            ->setText(QStringLiteral("fc_seats"));
    QCOMPARE(proxy->rowCount(), 1);
    // Another admin prices the product after this page read it.
    ProductService other(m_db);
    const int sourceRow = proxy->mapToSource(proxy->index(0, 0)).row();
    QVERIFY(other.setManualPrice(m_page->model()->row(sourceRow).product, QStringLiteral("5"),
                                 QLocale::c())
                    .status);
    const QModelIndex price = proxy->index(0, ProductTableModel::SellPrice);
    QSignalSpy conflict(m_page->model(), &ProductTableModel::editConflict);
    QVERIFY(!proxy->setData(price, QStringLiteral("7.5")));
    QCOMPARE(conflict.count(), 1);
    auto *notice = m_page->findChild<QLabel *>(QStringLiteral("productNotice"));
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("its sell price is now 5")),
             qPrintable(notice->text()));
    QVERIFY(notice->text().contains(QStringLiteral("href=\"reload\"")));
    QVERIFY(proxy->index(0, ProductTableModel::SellPrice).data().toString() != u"7.50");
    emit notice->linkActivated(QStringLiteral("reload"));
    QTRY_COMPARE(proxy->index(0, ProductTableModel::SellPrice).data().toString(),
                 QStringLiteral("5.00"));
    QVERIFY(!notice->isVisible());
    // Now based on what is stored, the edit goes through.
    QVERIFY(proxy->setData(proxy->index(0, ProductTableModel::SellPrice), QStringLiteral("7.5")));
    QCOMPARE(proxy->index(0, ProductTableModel::SellPrice).data().toString(),
             QStringLiteral("7.50"));
}

void TestProductsPage::priceEditorKeepsTheExactPriceInGerman()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard(
            [] { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); });
    auto *proxy = m_page->filterModel();
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("productTable"));
    m_page->findChild<QLineEdit *>(QStringLiteral("productSearch"))
            ->setText(QStringLiteral("fc_seats"));
    QCOMPARE(proxy->rowCount(), 1);
    const QModelIndex price = proxy->index(0, ProductTableModel::SellPrice);
    // "0.045" is 45 or 0.045 depending on who reads it: refused, naming the field.
    QSignalSpy failed(m_page->model(), &ProductTableModel::editFailed);
    QVERIFY(!proxy->setData(price, QStringLiteral("0.045")));
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().startsWith(u"Sell price: \"0.045\""),
             qPrintable(failed.first().first().toString()));
    QVERIFY(proxy->setData(price, QStringLiteral("0,045")));
    QCOMPARE(price.data().toString(), QStringLiteral("0,045"));
    QCOMPARE(price.data(Qt::EditRole).toString(), QStringLiteral("0,045"));
    // Open the editor and press Enter: the price is saved again exactly, never as 0,05.
    table->setCurrentIndex(price);
    table->edit(price);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("0,045"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(proxy->index(0, ProductTableModel::SellPrice).data().toString(),
             QStringLiteral("0,045"));
    ProductFilter filter;
    filter.search = QStringLiteral("fc_seats");
    const auto stored = ProductRepository(m_db).list(filter);
    QVERIFY(stored && stored->size() == 1);
    QCOMPARE(stored->first().product.sellPrice->text(), QStringLiteral("0.045"));
    QCOMPARE(stored->first().costPrice()->text(), QStringLiteral("0.036")); // 0.045 × 0.8
    // A price set by hand is in the product's history, with the value before and after.
    const auto history = ProductRepository(m_db).history(stored->first().product.id);
    QVERIFY(history && !history->isEmpty());
    QCOMPARE(history->last().kind, QStringLiteral("manual_price"));
    QCOMPARE(history->last().newPrice->text(), QStringLiteral("0.045"));
}

void TestProductsPage::emptyInstanceOffersTheSync()
{
    const Instance empty = addInstance(QStringLiteral("Asia"), NamePolicy::Update);
    {
        QSignalSpy loaded(m_page.get(), &ProductsPage::loaded);
        m_page->reload();
        QVERIFY(loaded.wait(5000));
    }
    auto *instances = m_page->findChild<QComboBox *>(QStringLiteral("instanceFilter"));
    instances->setCurrentIndex(instances->findData(empty.id));
    auto *button = m_page->findChild<QPushButton *>(QStringLiteral("productsSyncButton"));
    QVERIFY(button->isVisible());
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("productsEmptyText"))
                    ->text()
                    .contains(u"has no products yet"));
    QSignalSpy requested(m_page.get(), &ProductsPage::syncRequested);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toString(), empty.id);
    instances->setCurrentIndex(instances->findData(m_eu.id));
    QVERIFY(!button->isVisible());
}

void TestProductsPage::detailsShowFieldsAndHistory()
{
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("productTable"));
    m_page->findChild<QLineEdit *>(QStringLiteral("productSearch"))
            ->setText(QStringLiteral("item 2"));
    table->setCurrentIndex(m_page->filterModel()->index(0, 0));
    QVERIFY(m_page->filterModel()->setData(m_page->filterModel()->index(0, ProductTableModel::Name),
                                           QStringLiteral("Laptops")));
    m_page->findChild<QLineEdit *>(QStringLiteral("productSearch"))
            ->setText(QStringLiteral("laptops"));
    table->setCurrentIndex(m_page->filterModel()->index(0, 0));
    const QString details =
            m_page->findChild<QTextBrowser *>(QStringLiteral("productDetails"))->toPlainText();
    QVERIFY2(details.contains(u"pw_base_item 2") && details.contains(u"added as") &&
                     details.contains(u"renamed by hand"),
             qPrintable(details));
}

void TestProductsPage::columnLayoutIsRemembered()
{
    auto *header =
            m_page->findChild<QTableView *>(QStringLiteral("productTable"))->horizontalHeader();
    header->moveSection(header->visualIndex(ProductTableModel::Currency), 1);
    header->setSectionHidden(ProductTableModel::Edition, true);
    header->setSectionHidden(ProductTableModel::OfferingItem, false);
    m_page.reset(); // saves the layout
    ProductsPage again(m_db);
    auto *restored =
            again.findChild<QTableView *>(QStringLiteral("productTable"))->horizontalHeader();
    QCOMPARE(restored->logicalIndex(0), int(ProductTableModel::Name));
    QCOMPARE(restored->logicalIndex(1), int(ProductTableModel::Currency));
    QVERIFY(restored->isSectionHidden(ProductTableModel::Edition));
    QVERIFY(!restored->isSectionHidden(ProductTableModel::OfferingItem));
}

void TestProductsPage::nameStaysBesideTheMoney()
{
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("productTable"));
    QHeaderView *header = table->horizontalHeader();
    const QList<ProductTableModel::Column> first = {
            ProductTableModel::Name, ProductTableModel::SellPrice, ProductTableModel::CostPrice,
            ProductTableModel::Margin, ProductTableModel::MarginPercent};
    for (int visual = 0; visual < first.size(); ++visual)
        QCOMPARE(header->logicalIndex(visual), int(first.at(visual)));
    for (const auto rare : {ProductTableModel::AcronisName, ProductTableModel::ProductType,
                            ProductTableModel::OfferingItem, ProductTableModel::FirstSeen,
                            ProductTableModel::LastChanged})
        QVERIFY2(header->isSectionHidden(rare),
                 qPrintable(m_page->model()->headerData(rare, Qt::Horizontal).toString()));

    // Moving another column in front of the name does not take its place.
    header->moveSection(header->visualIndex(ProductTableModel::Unit), 0);
    QCOMPARE(header->logicalIndex(0), int(ProductTableModel::Name));

    // Scrolled all the way right, the names are still where they were, row by row.
    auto *frozen = table->findChild<QTableView *>(QStringLiteral("frozenColumn"));
    QVERIFY(frozen && frozen->isVisible());
    table->resize(500, table->height());
    QTRY_VERIFY(table->horizontalScrollBar()->maximum() > 0);
    table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
    QCOMPARE(frozen->x(), table->frameWidth());
    QCOMPARE(frozen->width(), table->columnWidth(ProductTableModel::Name));
    for (int column = 0; column < ProductTableModel::ColumnCount; ++column)
        QCOMPARE(frozen->isColumnHidden(column), column != ProductTableModel::Name);
    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
    QCOMPARE(frozen->verticalScrollBar()->value(), table->verticalScrollBar()->value());
    // The keyboard reaching a cell does not leave it under the names.
    table->setCurrentIndex(m_page->filterModel()->index(0, ProductTableModel::SellPrice));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Home);
    QTest::keyClick(table, Qt::Key_Right);
    const QRect cell = table->visualRect(table->currentIndex());
    QVERIFY2(cell.left() >= frozen->width() - 1,
             qPrintable(QStringLiteral("%1 < %2").arg(cell.left()).arg(frozen->width())));
}

void TestProductsPage::missingAndHandSetPricesAreMarked()
{
    auto *proxy = m_page->filterModel();
    m_page->findChild<QLineEdit *>(QStringLiteral("productSearch"))
            ->setText(QStringLiteral("fc_seats"));
    QCOMPARE(proxy->rowCount(), 1);
    const QModelIndex price = proxy->index(0, ProductTableModel::SellPrice);
    QCOMPARE(price.data().toString(), QStringLiteral("no price"));
    QVERIFY(price.data(Qt::ToolTipRole).toString().contains(u"set by hand"));
    QCOMPARE(proxy->index(0, ProductTableModel::CostPrice).data().toString(),
             QStringLiteral("\u2013"));
    QVERIFY(price.data(Qt::DecorationRole).isNull());
    // Copied rows keep the cell empty, for a spreadsheet.
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("productTable"));
    table->selectRow(0);
    QCOMPARE(m_page->selectedAsTsv().split(u'\t').value(1), QString());

    QVERIFY(proxy->setData(price, QStringLiteral("7.5")));
    const QModelIndex set = proxy->index(0, ProductTableModel::SellPrice);
    QCOMPARE(set.data().toString(), QStringLiteral("7.50"));
    QVERIFY(!set.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(set.data(Qt::ToolTipRole).toString(), QStringLiteral("Set by hand"));
    QCOMPARE(set.data(Qt::AccessibleDescriptionRole).toString(), QStringLiteral("Set by hand"));
    // A served price carries no mark.
    m_page->findChild<QLineEdit *>(QStringLiteral("productSearch"))
            ->setText(QStringLiteral("item 2"));
    QVERIFY(proxy->index(0, ProductTableModel::SellPrice).data(Qt::DecorationRole).isNull());
    // ... and the hand-set one is in the product's history.
    m_page->findChild<QLineEdit *>(QStringLiteral("productSearch"))
            ->setText(QStringLiteral("fc_seats"));
    table->setCurrentIndex(proxy->index(0, 0));
    const QString details =
            m_page->findChild<QTextBrowser *>(QStringLiteral("productDetails"))->toPlainText();
    QVERIFY2(details.contains(u"sell price set by hand from no price to 7.50 EUR") &&
                     details.contains(u"7.50 (Set by hand)"),
             qPrintable(details));
}

void TestProductsPage::badPriceMessageSitsBesideTheCellAndClears()
{
    auto *proxy = m_page->filterModel();
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("productTable"));
    m_page->findChild<QLineEdit *>(QStringLiteral("productSearch"))
            ->setText(QStringLiteral("fc_seats"));
    const QModelIndex price = proxy->index(0, ProductTableModel::SellPrice);
    table->setCurrentIndex(price);
    QVERIFY(!proxy->setData(price, QStringLiteral("abc")));
    auto *error = m_page->findChild<QLabel *>(QStringLiteral("cellError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"abc"), qPrintable(error->text()));
    const QRect cell = table->visualRect(price).translated(table->viewport()->pos());
    QVERIFY2(std::abs(error->y() - cell.bottom()) <= 4 ||
                     std::abs(error->geometry().bottom() - cell.top()) <= 4,
             qPrintable(QStringLiteral("label at %1, cell %2-%3")
                                .arg(error->y())
                                .arg(cell.top())
                                .arg(cell.bottom())));
    QVERIFY(error->x() <= cell.right());
    auto *notice = m_page->findChild<QLabel *>(QStringLiteral("productNotice"));
    QVERIFY(!notice->isVisible()); // not far away at the top
    QVERIFY(proxy->setData(price, QStringLiteral("7.5")));
    QVERIFY(!error->isVisible());

    QVERIFY(!proxy->setData(proxy->index(0, ProductTableModel::SellPrice), QStringLiteral("-1")));
    QVERIFY(error->isVisible());
    table->setCurrentIndex(proxy->index(0, ProductTableModel::Name)); // moving on clears it
    QVERIFY(!error->isVisible());
}

void TestProductsPage::detailsFollowTheFilter()
{
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("productTable"));
    auto *details = m_page->findChild<QTextBrowser *>(QStringLiteral("productDetails"));
    QCOMPARE(details->wordWrapMode(), QTextOption::WordWrap);
    table->setCurrentIndex(m_page->filterModel()->index(0, 0));
    QTRY_VERIFY(!details->toPlainText().isEmpty());
    m_page->findChild<QLineEdit *>(QStringLiteral("productSearch"))
            ->setText(QStringLiteral("matches nothing at all"));
    QTRY_VERIFY(details->toPlainText().isEmpty());
}

void TestProductsPage::editionsFollowTheApplication()
{
    auto *applications = m_page->findChild<QComboBox *>(QStringLiteral("applicationFilter"));
    auto *editions = m_page->findChild<QComboBox *>(QStringLiteral("editionFilter"));
    QCOMPARE(editions->count(), 4); // all, per workload, per gigabyte, per user
    applications->setCurrentIndex(applications->findData(QStringLiteral("File Sync & Share")));
    QCOMPARE(editions->count(), 2);
    QCOMPARE(editions->itemData(1).toString(), QStringLiteral("fss_per_user"));
    applications->setCurrentIndex(0);
    QCOMPARE(editions->count(), 4);
}

void TestProductsPage::ctrlFFindsProducts()
{
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("productTable"));
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("productSearch"));
    QApplication::setActiveWindow(m_page.get());
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
}

QTEST_MAIN(TestProductsPage)
#include "tst_productspage.moc"
