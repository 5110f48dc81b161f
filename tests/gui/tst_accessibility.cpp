#include "fakeacronis/fakeacronis.h"
#include "fakesecretstore.h"
#include "mainwindow.h"
#include "productspage.h"
#include "prompts.h"
#include "syncedinstance.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAccessibleInterface>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLayout>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace csp;
using namespace csp::test;

// Every control of every page can be found and understood by a screen reader, tables announce
// their headers, and Tab walks each page in reading order.
class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { m_window.reset(); }
    void everyControlHasANameAndADescription_data();
    void everyControlHasANameAndADescription();
    void tablesAnnounceTheirHeaders();
    void tabOrderFollowsTheReading_data();
    void tabOrderFollowsTheReading();
    void fitsSmallAndLargeScreens();
    void setupFieldsExplainThemselves();

private:
    QWidget *showPage(int index);
    static QList<QWidget *> controlsOf(QWidget *page);
    static QString nameOf(QWidget *widget);

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<FakeAcronis> m_fake;
    FakeSecretStore m_secrets;
    QNetworkAccessManager m_network;
    std::unique_ptr<MainWindow> m_window;
    int m_counter = 0;
};

void TestAccessibility::initTestCase()
{
    Prompts::setQuiet(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QAccessible::setActive(true);
}

void TestAccessibility::init()
{
    QSettings().clear();
    auto db = Database::open(m_dir.filePath(QStringLiteral("a%1.sqlite").arg(++m_counter)));
    QVERIFY(db);
    m_db = *db;
    m_fake = std::make_unique<FakeAcronis>();
    QVERIFY(csp::test::startSampleFake(*m_fake));
    QVERIFY(!csp::test::addSyncedInstance(m_db, *m_fake, m_secrets, m_network).id.isEmpty());
    m_window = std::make_unique<MainWindow>(m_db, m_secrets);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

QWidget *TestAccessibility::showPage(int index)
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    tabs->setCurrentIndex(index);
    if (tabs->currentWidget() == m_window->productsPage())
        if (!QTest::qWaitFor([this] { return m_window->productsPage()->isLoaded(); }, 10000))
            qWarning("the products page did not load");
    QApplication::processEvents();
    return tabs->currentWidget();
}

// What a keyboard user can reach on a page: shown, enabled or not (a disabled control is still
// read out), taking focus by Tab.
QList<QWidget *> TestAccessibility::controlsOf(QWidget *page)
{
    QList<QWidget *> controls;
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        if (widget->isVisibleTo(page) && (widget->focusPolicy() & Qt::TabFocus) &&
            !widget->focusProxy() && !qobject_cast<QHeaderView *>(widget) &&
            widget->objectName() != u"frozenColumn" && !widget->inherits("QScrollBar") &&
            !widget->inherits("QTabBar") && !widget->inherits("QSplitterHandle") &&
            widget->parentWidget() && !widget->parentWidget()->inherits("QAbstractSpinBox") &&
            !widget->parentWidget()->inherits("QComboBox"))
            controls.append(widget);
    }
    return controls;
}

QString TestAccessibility::nameOf(QWidget *widget)
{
    return widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                          : widget->objectName();
}

void TestAccessibility::everyControlHasANameAndADescription_data()
{
    QTest::addColumn<int>("page");
    for (int page = 0; page < 7; ++page)
        QTest::addRow("page %d", page) << page;
}

void TestAccessibility::everyControlHasANameAndADescription()
{
    QFETCH(int, page);
    QWidget *shown = showPage(page);
    QStringList missing;
    for (QWidget *control : controlsOf(shown)) {
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(control);
        QVERIFY(accessible);
        const QString name = accessible->text(QAccessible::Name);
        const QString description = accessible->text(QAccessible::Description);
        if (name.trimmed().isEmpty())
            missing << nameOf(control) + QStringLiteral(": no name");
        if (description.trimmed().isEmpty())
            missing << nameOf(control) + QStringLiteral(" (") + name +
                            QStringLiteral("): no description");
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
}

void TestAccessibility::tablesAnnounceTheirHeaders()
{
    QStringList silent;
    for (int page = 0; page < 7; ++page) {
        QWidget *shown = showPage(page);
        for (auto *view : shown->findChildren<QAbstractItemView *>()) {
            if (!view->isVisibleTo(shown) || !view->model() || view->model()->columnCount() < 2 ||
                qobject_cast<QHeaderView *>(view) || view->objectName() == u"frozenColumn")
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(view);
            QAccessibleTableInterface *table = accessible ? accessible->tableInterface() : nullptr;
            if (!table) {
                silent << nameOf(view) + QStringLiteral(": not a table");
                continue;
            }
            for (int column = 0; column < table->columnCount(); ++column) {
                if (table->columnDescription(column).isEmpty())
                    silent << nameOf(view) + QStringLiteral(": column %1").arg(column);
            }
        }
    }
    QVERIFY2(silent.isEmpty(), qPrintable(silent.join(u'\n')));
}

void TestAccessibility::tabOrderFollowsTheReading_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<QStringList>("order"); // from the tab bar, what Tab reaches, in turn
    const QString tabs = QStringLiteral("qt_tabwidget_tabbar");
    // The disabled ones (Revert and Save before an edit, the actions on no provider, the exports
    // before a read) are left out by Qt.
    QTest::newRow("Applications Setup") << 0
                                        << QStringList{tabs,
                                                       QStringLiteral("instanceList"),
                                                       QStringLiteral("addInstanceButton"),
                                                       QStringLiteral("removeInstanceButton"),
                                                       QStringLiteral("systemNameEdit"),
                                                       QStringLiteral("gatewayCombo"),
                                                       QStringLiteral("clientIdEdit"),
                                                       QStringLiteral("secretEdit"),
                                                       QStringLiteral("showSecretButton"),
                                                       QStringLiteral("discountEdit"),
                                                       QStringLiteral("discountsButton"),
                                                       QStringLiteral("priceCheckButton"),
                                                       QStringLiteral("currencyCombo"),
                                                       QStringLiteral("namePolicyCombo"),
                                                       QStringLiteral("testConnectionButton"),
                                                       QStringLiteral("checkCompatibilityButton"),
                                                       QStringLiteral("getServicesButton"),
                                                       QStringLiteral("previewCheck"),
                                                       QStringLiteral("syncHistoryButton")};
    QTest::newRow("Products") << 1
                              << QStringList{tabs,
                                             QStringLiteral("instanceFilter"),
                                             QStringLiteral("applicationFilter"),
                                             QStringLiteral("editionFilter"),
                                             QStringLiteral("showRetiredCheck"),
                                             QStringLiteral("productSearch"),
                                             QStringLiteral("productTable"),
                                             QStringLiteral("productDetails"),
                                             QStringLiteral("copyRowsButton"),
                                             QStringLiteral("exportCsvButton")};
    QTest::newRow("Service Providers") << 2
                                       << QStringList{tabs,
                                                      QStringLiteral("providerInstanceFilter"),
                                                      QStringLiteral("providerStatusFilter"),
                                                      QStringLiteral("providerSearch"),
                                                      QStringLiteral("newProviderButton"),
                                                      QStringLiteral("importProvidersButton"),
                                                      QStringLiteral("providerTable"),
                                                      QStringLiteral("providerOperations")};
    QTest::newRow("Usage") << 3
                           << QStringList{tabs,
                                          QStringLiteral("usageInstance"),
                                          QStringLiteral("usageSource"),
                                          QStringLiteral("readUsageButton"),
                                          QStringLiteral("usageProviders"),
                                          QStringLiteral("usageChartBy"),
                                          QStringLiteral("usageLines")};
    QTest::newRow("Invoices") << 4
                              << QStringList{tabs,
                                             QStringLiteral("invoiceInstance"),
                                             QStringLiteral("invoiceMonth"),
                                             QStringLiteral("invoiceRead"),
                                             QStringLiteral("invoiceTiers"),
                                             QStringLiteral("invoiceTable")};
    QTest::newRow("Month End") << 5
                               << QStringList{tabs,
                                              QStringLiteral("reconcileInstance"),
                                              QStringLiteral("reconcileMonth"),
                                              QStringLiteral("reconcileJump"),
                                              QStringLiteral("reconcileRun"),
                                              QStringLiteral("reconcileFindings"),
                                              QStringLiteral("reconcileRows")};
    QTest::newRow("Audit Trail") << 6
                                 << QStringList{tabs,
                                                QStringLiteral("auditInstance"),
                                                QStringLiteral("auditAction"),
                                                QStringLiteral("auditSinceEnabled"),
                                                QStringLiteral("auditSearch"),
                                                QStringLiteral("auditTable")};
}

void TestAccessibility::tabOrderFollowsTheReading()
{
    QFETCH(int, page);
    QFETCH(QStringList, order);
    showPage(page);
    QApplication::setActiveWindow(m_window.get());
    QWidget *tabBar = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->tabBar();
    tabBar->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), tabBar);
    QStringList reached;
    for (int step = 0; step < 60; ++step) {
        QWidget *focused = QApplication::focusWidget();
        // A combo box's own line edit stands for it.
        if (focused->parentWidget() && focused->parentWidget()->inherits("QComboBox"))
            focused = focused->parentWidget();
        reached << nameOf(focused);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (QApplication::focusWidget() == tabBar)
            break;
    }
    QCOMPARE(reached, order);
}

// 800x600 can be had on every page (nothing asks for more), and so can 960x540: a 1920x1080
// screen at scale factor 2. The layout uses the room of 1920x1080.
void TestAccessibility::fitsSmallAndLargeScreens()
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    QStringList tooLarge;
    for (int page = 0; page < tabs->count(); ++page) {
        showPage(page);
        const QSize needed = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
        if (needed.width() > 800 || needed.height() > 540)
            tooLarge << QStringLiteral("%1: %2x%3")
                                .arg(tabs->tabText(page).remove(u'&'))
                                .arg(needed.width())
                                .arg(needed.height());
    }
    QVERIFY2(tooLarge.isEmpty(), qPrintable(tooLarge.join(u'\n')));
    m_window->resize(800, 600);
    QTRY_COMPARE(m_window->size(), QSize(800, 600));
    for (int page = 0; page < tabs->count(); ++page) {
        QWidget *shown = showPage(page);
        // Nothing is cut off at the right: every shown control ends inside the window.
        for (QWidget *control : controlsOf(shown)) {
            const QRect inWindow(control->mapTo(m_window.get(), QPoint(0, 0)), control->size());
            QVERIFY2(inWindow.right() <= m_window->width(),
                     qPrintable(QStringLiteral("%1 on page %2 ends at %3")
                                        .arg(nameOf(control))
                                        .arg(page)
                                        .arg(inWindow.right())));
        }
        m_window->grab().save(QStringLiteral("%1/small-%2.png").arg(QDir::tempPath()).arg(page));
    }
    m_window->resize(1920, 1080);
    QTRY_COMPARE(m_window->size(), QSize(1920, 1080));
    auto *products = m_window->productsPage();
    showPage(1);
    auto *table = products->findChild<QTableView *>(QStringLiteral("productTable"));
    // At full HD the table takes the room: wider than the detail pane beside it.
    auto *details = products->findChild<QWidget *>(QStringLiteral("productDetails"));
    QVERIFY2(table->width() > details->width(),
             qPrintable(QStringLiteral("%1 vs %2").arg(table->width()).arg(details->width())));
    m_window->grab().save(QDir::tempPath() + QStringLiteral("/large-products.png"));
}

// Help > What's This? (Shift+F1) explains each of the seven fields of the form.
void TestAccessibility::setupFieldsExplainThemselves()
{
    showPage(0);
    for (const char *name : {"systemNameEdit", "gatewayCombo", "clientIdEdit", "secretEdit",
                             "discountEdit", "currencyCombo", "namePolicyCombo"}) {
        auto *field = m_window->findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(field, name);
        QVERIFY2(field->whatsThis().size() > 60, name); // a paragraph, not a label again
    }
    const auto actions = m_window->findChildren<QAction *>();
    QVERIFY(std::any_of(actions.cbegin(), actions.cend(), [](const QAction *action) {
        return action->shortcut() == QKeySequence(Qt::SHIFT | Qt::Key_F1);
    }));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
