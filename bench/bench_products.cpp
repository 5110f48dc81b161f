// The Products page with 100,000 products across 10 instances: time to a populated page, each
// keystroke of a search, sorting every column, and the resident memory. With
// ACRONIS_CSP_BENCH_DATABASE=URL (an empty PostgreSQL database, reached for instance through
// bench/latency-proxy.py) the catalogue is there instead of in an SQLite file.
#include "core/catalogue.h"
#include "fakesecretstore.h"
#include "mainwindow.h"
#include "productfiltermodel.h"
#include "productspage.h"
#include "producttablemodel.h"
#include "storage/instancerepository.h"
#include "storage/pricehistoryrepository.h"
#include "storage/productrepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace csp;

namespace {

qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

void fill(const std::shared_ptr<Database> &db, int instances, int perInstance)
{
    const QStringList usages = {QStringLiteral("workstations"), QStringLiteral("servers"),
                                QStringLiteral("vms"),          QStringLiteral("storage"),
                                QStringLiteral("mailboxes"),    QStringLiteral("fc_seats")};
    for (int i = 0; i < instances; ++i) {
        Instance instance;
        instance.id = newUuid();
        instance.systemName = QStringLiteral("Region %1").arg(i);
        instance.gateway = QStringLiteral("https://eu2-cloud.acronis.com");
        instance.clientId = QStringLiteral("client");
        instance.discountPercent = Decimal::fromInteger(10 + i);
        instance.primaryCurrency = QStringLiteral("EUR");
        instance.createdAt = instance.updatedAt = QDateTime::currentDateTimeUtc();
        InstanceRepository(db).insert(instance);
        QList<ServedProduct> served;
        for (int p = 0; p < perInstance; ++p) {
            ServedProduct product;
            const QString usage = usages.at(p % usages.size());
            const bool storage = usage == u"storage";
            product.key = {QStringLiteral("app-%1").arg(p % 3),
                           QStringLiteral("pw_base_%1_%2").arg(usage).arg(p),
                           p % 2 ? QStringLiteral("pck_per_workload")
                                 : QStringLiteral("pck_per_gigabyte"),
                           storage ? QStringLiteral("infra-%1").arg(p % 7) : QString()};
            product.applicationName =
                    QStringList{QStringLiteral("Protection"), QStringLiteral("File Sync & Share"),
                                QStringLiteral("Notary")}
                            .at(p % 3);
            product.usageName = usage;
            product.itemType = storage ? QStringLiteral("infra") : QStringLiteral("count");
            product.measurementUnit =
                    storage ? QStringLiteral("bytes") : QStringLiteral("quantity");
            product.infraName = storage ? QStringLiteral("Storage %1").arg(p % 7) : QString();
            if (p % 4)
                product.price = Decimal::fromUnits(qint64(p % 5000) * 100 + 99);
            served.append(product);
        }
        Transaction transaction(*db);
        ProductRepository(db).apply(
                diffCatalogue({}, served, instance,
                              QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)),
                {});
        // An agreement like most: one application and a few products priced at another
        // discount, so that every row's cost looks its discount up.
        PriceHistoryRepository history(db);
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        history.recordDiscount(instance.id,
                               {QStringLiteral("application"), QStringLiteral("app-1"),
                                Decimal::fromInteger(25), now});
        for (int p = 0; p < 3; ++p)
            history.recordDiscount(instance.id,
                                   {QStringLiteral("offering_item"),
                                    QStringLiteral("pw_base_workstations_%1").arg(p * 6),
                                    Decimal::fromInteger(30), now});
        transaction.commit();
    }
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString url = qEnvironmentVariable("ACRONIS_CSP_BENCH_DATABASE");
    auto opened = url.isEmpty()
            ? Database::open(dir.filePath(QStringLiteral("catalogue.sqlite")))
            : Database::open(*DatabaseLocation::parse(url), Database::Options());
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message));
    auto db = *opened;
    const int instances = 10, perInstance = 10'000;
    fill(db, instances, perInstance);
    const qint64 before = residentKb();
    std::printf("# bench_products (%s)\n\n%d products across %d instances; resident memory before "
                "the page: %lld MB\n\n",
                qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)),
                instances * perInstance, instances, before / 1024);

    QElapsedTimer timer;
    {
        // The window from its construction to the first paint of the Applications Setup page.
        csp::test::FakeSecretStore secrets;
        timer.start();
        MainWindow window(db, secrets);
        window.resize(1280, 800);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 1;
        QCoreApplication::processEvents();
        std::printf("Main window constructed, shown and painted on the setup page: %lld ms\n\n",
                    timer.elapsed());
    }
    timer.restart();
    ProductsPage page(db);
    page.resize(1400, 800);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        return 1;
    QCoreApplication::processEvents();
    const qint64 firstScreen = timer.elapsed();
    QSignalSpy loaded(&page, &ProductsPage::loaded);
    if (!page.isLoaded())
        loaded.wait(30000);
    QCoreApplication::processEvents();
    const qint64 populated = timer.elapsed();

    std::printf("| measure | figure |\n|---|---|\n| first screen of rows shown (the rest read on a "
                "worker thread) | %lld ms |\n| page populated (read, model, first sort by name, "
                "shown) | %lld ms |\n",
                firstScreen, populated);

    auto *search = page.findChild<QLineEdit *>(QStringLiteral("productSearch"));
    QList<qint64> keystrokes;
    for (const char c : QByteArray("storage 12")) {
        timer.restart();
        QTest::keyClick(search, c);
        QCoreApplication::processEvents();
        keystrokes.append(timer.elapsed());
    }
    for (int i = 0; i < 10; ++i) {
        timer.restart();
        QTest::keyClick(search, Qt::Key_Backspace);
        QCoreApplication::processEvents();
        keystrokes.append(timer.elapsed());
    }
    QList<qint64> sorted = keystrokes;
    std::sort(sorted.begin(), sorted.end());
    std::printf("| search keystroke, median of %lld (type \"storage 12\", then erase it) | %lld ms "
                "(max %lld ms) |\n",
                qint64(sorted.size()), sorted.at(sorted.size() / 2), sorted.last());

    auto *table = page.findChild<QTableView *>(QStringLiteral("productTable"));
    qint64 worstSort = 0;
    QString worstColumn;
    for (int column = 0; column < ProductTableModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            timer.restart();
            table->sortByColumn(column, order);
            QCoreApplication::processEvents();
            const qint64 ms = timer.elapsed();
            if (ms > worstSort) {
                worstSort = ms;
                worstColumn = page.model()->headerData(column, Qt::Horizontal).toString();
            }
        }
    }
    std::printf("| slowest sort of any column, either order (%s) | %lld ms |\n",
                qPrintable(worstColumn), worstSort);
    std::printf("| resident memory with the page shown | %lld MB |\n", residentKb() / 1024);
    {
        timer.restart();
        ProductFilter all;
        all.includeRetired = true;
        all.ordered = false;
        auto rows = ProductRepository(db).list(all).value();
        const qint64 read = timer.restart();
        ProductTableModel model;
        model.setRows(rows);
        const qint64 modelMs = timer.restart();
        ProductFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ProductTableModel::Name);
        std::printf(
                "\nParts of populating, measured apart: read %lld ms, model %lld ms, first sort "
                "%lld ms\n",
                read, modelMs, timer.elapsed());
    }
    return 0;
}
