// What the window says, read as a demanding admin reads it. No page, dialog or message of the
// window names a command of the command line for what the window does itself: every message the
// window's code, its forms and the layers below it can show (the translation source list), and
// every string the opened window and its dialogs show, checked against the commands that
// `acronis-csp --help` lists, so that a new command is covered. Besides: the title names the
// page with a plain hyphen; a stale "Not saved" goes once the form is valid; an export says so
// without moving the table; Contract Tiers names Acronis' tier and confirms a save; the user
// guide closes with Esc and Ctrl+W and shows a hit mid-view; Month End explains its jump; the
// sync history says where a run was started; Invoices says what is missing.

#include "clirunner.h"
#include "discountsdialog.h"
#include "fakesecretstore.h"
#include "instanceform.h"
#include "invoicespage.h"
#include "mainwindow.h"
#include "productspage.h"
#include "prompts.h"
#include "syncdialogs.h"
#include "syncedinstance.h"
#include "tiersdialog.h"
#include "userguide.h"
#include "windowtitles.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QXmlStreamReader>

#include <utility>

using namespace csp;
using csp::test::FakeAcronis;
using csp::test::FakeSecretStore;

namespace {

// The command line's commands as its own help lists them: each command, and the words after
// it ("provider set-tier", "tier set").
struct CommandTable
{
    QStringList commands;
    QHash<QString, QStringList> verbs;
};

// The rows of a help text's "Commands:" block: "  name [verb]   what it does".
QList<QStringList> commandRows(const QString &help)
{
    static const QRegularExpression row(
            QStringLiteral(R"(^  ([a-z][a-z-]*)(?: ([a-z][a-z-]*))?\s{2,}\S)"));
    QList<QStringList> rows;
    bool inBlock = false;
    for (const QString &line : help.split(u'\n')) {
        if (line.trimmed() == u"Commands:") {
            inBlock = true;
            continue;
        }
        if (!inBlock)
            continue;
        const auto match = row.match(line);
        if (!match.hasMatch()) {
            if (!rows.isEmpty())
                break;
            continue;
        }
        rows.append({match.captured(1), match.captured(2)});
    }
    return rows;
}

CommandTable readCommandTable(const QString &dataDir)
{
    CommandTable table;
    const auto help = csp::test::runCli(dataDir, {QStringLiteral("--help")});
    for (const QStringList &row : commandRows(help.out)) {
        if (!table.commands.contains(row[0]))
            table.commands.append(row[0]);
        if (!row[1].isEmpty())
            table.verbs[row[0]].append(row[1]);
    }
    // A command's own words: its "Commands:" block, or its usage line "tier list|set ...".
    static const QRegularExpression usage(QStringLiteral(R"(Usage: acronis-csp (\S+) ([a-z|-]+))"));
    for (const QString &command : std::as_const(table.commands)) {
        const auto own = csp::test::runCli(dataDir, {command, QStringLiteral("--help")});
        for (const QStringList &row : commandRows(own.out))
            table.verbs[command].append(row[0]);
        if (const auto match = usage.match(own.out);
            match.hasMatch() && match.captured(1) == command)
            table.verbs[command].append(match.captured(2).split(u'|', Qt::SkipEmptyParts));
    }
    return table;
}

// What in `text` names the command line: its program ("acronis-csp …"; the window's own
// program, acronis-csp-setup, is not a command), or a command in quotes as one types it
// ("'tier set'", "`provider set-tier`", "\"database login\"", "'sync'"). Empty when nothing.
QString namedCommand(const QString &text, const CommandTable &table)
{
    static const QRegularExpression program(QStringLiteral("acronis-csp(?!-setup)"));
    if (const auto match = program.match(text); match.hasMatch())
        return text.mid(qMax(0, int(match.capturedStart()) - 10), 60);
    const QString open = QStringLiteral("[`'\"\u2018\u201c]");
    const QString close = QStringLiteral("[`'\"\u2019\u201d]");
    for (const QString &command : table.commands) {
        QStringList after{close, QStringLiteral(" --")};
        for (const QString &verb : table.verbs.value(command))
            after.append(u' ' + QRegularExpression::escape(verb) + QStringLiteral("\\b"));
        const QRegularExpression quoted(open + QRegularExpression::escape(command) +
                                        QStringLiteral("(?=") + after.join(u'|') + u')');
        if (const auto match = quoted.match(text); match.hasMatch())
            return text.mid(match.capturedStart(), 40);
    }
    return {};
}

// Contexts whose strings only the command line prints: its classes and translation contexts.
QSet<QString> commandLineContexts()
{
    static const QRegularExpression declared(
            QStringLiteral(R"(Q_DECLARE_TR_FUNCTIONS\((\w+)\)|translate\("([\w:]+)\")"));
    QSet<QString> contexts;
    const QDir cli(QStringLiteral(CSP_SOURCE_DIR "/src/cli"));
    for (const QString &name : cli.entryList({QStringLiteral("*.h"), QStringLiteral("*.cpp")})) {
        QFile file(cli.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString source = QString::fromUtf8(file.readAll());
        for (auto it = declared.globalMatch(source); it.hasNext();) {
            const auto match = it.next();
            contexts.insert(match.captured(1).isEmpty() ? match.captured(2) : match.captured(1));
        }
    }
    // The nightly run is the command line's (sync --all under the timer); its desktop notices
    // say what to run in a terminal, and the window never shows them.
    contexts.insert(QStringLiteral("csp::UnattendedRun"));
    return contexts;
}

struct SourceText
{
    QString context;
    QString text;
};

// Every current source text of a Qt Linguist file.
QList<SourceText> sourceTexts(QIODevice &ts)
{
    QList<SourceText> texts;
    QXmlStreamReader xml(&ts);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.name() == u"translation" &&
                 xml.attributes().value(QStringLiteral("type")) != u"vanished" &&
                 xml.attributes().value(QStringLiteral("type")) != u"obsolete")
            texts.append({context, source});
    }
    return texts;
}

// Every window message that names a command, as "context: text".
QStringList windowMessagesNamingCommands(QIODevice &ts, const CommandTable &table,
                                         int *checked = nullptr)
{
    const QSet<QString> commandLine = commandLineContexts();
    QStringList found;
    int count = 0;
    for (const SourceText &source : sourceTexts(ts)) {
        if (commandLine.contains(source.context))
            continue;
        ++count;
        if (const QString named = namedCommand(source.text, table); !named.isEmpty())
            found.append(source.context + QStringLiteral(": \u2026") + named + u'\u2026');
    }
    if (checked)
        *checked = count;
    return found;
}

void addHeaders(QStringList &texts, const QAbstractItemModel *model)
{
    for (int section = 0; section < model->columnCount(); ++section)
        for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
            texts.append(model->headerData(section, Qt::Horizontal, role).toString());
    for (int row = 0; row < qMin(model->rowCount(), 50); ++row)
        for (int column = 0; column < model->columnCount(); ++column)
            texts.append(model->index(row, column).data(Qt::ToolTipRole).toString());
}

void addActions(QStringList &texts, const QList<QAction *> &actions)
{
    for (const QAction *action : actions) {
        texts << action->text() << action->toolTip() << action->statusTip() << action->whatsThis();
        if (action->menu())
            addActions(texts, action->menu()->actions());
    }
}

// Every string a widget and its children show or explain: texts, tooltips, status tips, What's
// This, placeholders, accessible names, choices, headers, tabs and actions.
QStringList shownTexts(QWidget *root)
{
    QStringList texts;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        texts << widget->windowTitle() << widget->toolTip() << widget->statusTip()
              << widget->whatsThis() << widget->accessibleName() << widget->accessibleDescription();
        addActions(texts, widget->actions());
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            texts << edit->placeholderText() << edit->text();
        if (auto *group = qobject_cast<QGroupBox *>(widget))
            texts << group->title();
        if (auto *combo = qobject_cast<QComboBox *>(widget))
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i) << combo->itemData(i, Qt::ToolTipRole).toString();
        if (auto *tabs = qobject_cast<QTabWidget *>(widget))
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i) << tabs->tabToolTip(i);
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model())
            addHeaders(texts, view->model());
        if (auto *browser = qobject_cast<QTextBrowser *>(widget))
            texts << browser->toPlainText();
    }
    texts.removeAll(QString());
    return texts;
}

QStringList namingCommands(const QStringList &texts, const CommandTable &table)
{
    QStringList found;
    for (const QString &text : texts)
        if (const QString named = namedCommand(text, table); !named.isEmpty())
            found.append(named);
    found.removeDuplicates();
    return found;
}

} // namespace

class TestWindowText final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theCommandTableIsRead();
    void aPlantedCommandIsFound();
    void noWindowMessageNamesACommand();
    void noShownTextNamesACommand();
    void titleNamesThePageWithAPlainHyphen();
    void notSavedGoesOnceTheFormIsValid();
    void exportSaysSoWithoutMovingTheTable();
    void tiersNameAcronisTierAndConfirmTheSave();
    void userGuideClosesAndCentersAHit();
    void jumpExplainsItself();
    void syncHistorySaysWhereARunStarted();
    void invoicesSayWhatIsMissing();

private:
    void openWindow();
    template<typename T = QWidget>
    T *find(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QLatin1String(name));
        [&] {
            QVERIFY2(widget, name);
        }();
        return widget;
    }

    QTemporaryDir m_dir;
    CommandTable m_commands;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<FakeAcronis> m_fake;
    FakeSecretStore m_secrets;
    QNetworkAccessManager m_network;
    Instance m_instance;
    std::unique_ptr<MainWindow> m_window;
    int m_counter = 0;
};

void TestWindowText::initTestCase()
{
    Prompts::setQuiet(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication::setApplicationDisplayName(QStringLiteral("Acronis CSP Setup"));
    usePlainWindowTitles(*qApp); // as main() does
    m_commands = readCommandTable(m_dir.filePath(QStringLiteral("cli")));
}

void TestWindowText::init()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++m_counter)));
    QVERIFY(db);
    m_db = *db;
    m_secrets = FakeSecretStore();
    QSettings().clear();
    m_fake = std::make_unique<FakeAcronis>();
    QVERIFY(csp::test::startSampleFake(*m_fake));
    m_instance = csp::test::addSyncedInstance(m_db, *m_fake, m_secrets, m_network);
    QVERIFY(!m_instance.id.isEmpty());
}

void TestWindowText::cleanup()
{
    if (m_window)
        m_window->form()->showInstance(m_window->form()->savedInstance()); // close quietly
    m_window.reset();
    m_fake.reset();
}

void TestWindowText::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_db, m_secrets);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(m_window->keychainChecked());
}

// The table the checks go by: every command of the help, and the words of those that have some.
void TestWindowText::theCommandTableIsRead()
{
    QVERIFY2(m_commands.commands.size() >= 15, qPrintable(m_commands.commands.join(u' ')));
    for (const char *command : {"instance", "sync", "provider", "tier", "invoice", "database"})
        QVERIFY2(m_commands.commands.contains(QLatin1String(command)), command);
    QVERIFY(m_commands.verbs.value(QStringLiteral("provider")).contains(u"set-tier"));
    QVERIFY(m_commands.verbs.value(QStringLiteral("tier")).contains(u"set"));
    QVERIFY(m_commands.verbs.value(QStringLiteral("price")).contains(u"set"));
}

// The checks below can fail: a command planted in a message, in a form and on a page is found;
// the same words as plain language are not.
void TestWindowText::aPlantedCommandIsFound()
{
    for (const char *planted :
         {"Set one with 'acronis-csp provider set-tier'.", "Add it with 'tier set'.",
          "Run `provider set-tier EU C-1 2`.", "Store it with \"database login\".",
          "See 'history --json'.", "Then 'sync'."})
        QVERIFY2(!namedCommand(QString::fromUtf8(planted), m_commands).isEmpty(), planted);
    for (const char *plain :
         {"Contract tier set", "Get Services Definition", "Sync history", "the products list",
          "Started from the command line", "acronis-csp-setup", "\u201cProducts\u201d"})
        QVERIFY2(namedCommand(QString::fromUtf8(plain), m_commands).isEmpty(), plain);

    QByteArray ts = R"(<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="de_DE">
<context><name>csp::InvoicesPage</name><message><source>Set it with 'acronis-csp provider set-tier'.</source>
<translation>Mit 'acronis-csp provider set-tier' setzen.</translation></message></context>
<context><name>ProviderCommands</name><message><source>Try 'acronis-csp provider --help'.</source>
<translation>Siehe 'acronis-csp provider --help'.</translation></message></context></TS>)";
    QBuffer buffer(&ts);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const QStringList found = windowMessagesNamingCommands(buffer, m_commands);
    QCOMPARE(found.size(), 1); // the page's, not the command line's own
    QVERIFY(found.first().startsWith(u"csp::InvoicesPage"));

    openWindow();
    auto *planted = new QLabel(QStringLiteral("Run `acronis-csp provider set-tier` to change it."),
                               m_window->invoicesPage());
    planted->show();
    QCOMPARE(namingCommands(shownTexts(m_window.get()), m_commands).size(), 1);
}

// Every message of the window's code and forms, and of the layers whose messages it shows.
void TestWindowText::noWindowMessageNamesACommand()
{
    QFile ts(QStringLiteral(CSP_SOURCE_DIR "/translations/acronis_csp_de.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    int checked = 0;
    const QStringList found = windowMessagesNamingCommands(ts, m_commands, &checked);
    QVERIFY2(checked > 800, qPrintable(QString::number(checked))); // the file was read
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

// The window with a synced instance: every page, its menus and the dialogs they open.
void TestWindowText::noShownTextNamesACommand()
{
    openWindow();
    auto *tabs = find<QTabWidget>("mainTabs");
    QStringList texts;
    for (int page = 0; page < tabs->count(); ++page) {
        tabs->setCurrentIndex(page);
        // A page fills itself once shown: read it when what it shows has stopped changing.
        QStringList shown;
        QTRY_VERIFY([&] {
            const QStringList now = shownTexts(m_window.get());
            return std::exchange(shown, now) == now;
        }());
        texts << shown;
    }
    addActions(texts, m_window->menuBar()->actions());
    if (TiersDialog *tiers = m_window->invoicesPage()->editTiers()) {
        tiers->show();
        texts << shownTexts(tiers);
        tiers->reject();
    }
    tabs->setCurrentIndex(0);
    if (DiscountsDialog *discounts = m_window->editDiscounts()) {
        texts << shownTexts(discounts);
        discounts->reject();
    }
    QVERIFY2(texts.size() > 300, qPrintable(QString::number(texts.size())));
    const QStringList found = namingCommands(texts, m_commands);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

// "Products - Acronis CSP Setup": the page first, a hyphen any search tool types, and the
// program's name at the end so that the platform adds no separator of its own.
void TestWindowText::titleNamesThePageWithAPlainHyphen()
{
    openWindow();
    QCOMPARE(m_window->windowTitle(), u"Applications Setup[*] - Acronis CSP Setup");
    m_window->showPage(QStringLiteral("products"));
    QCOMPARE(m_window->windowTitle(), u"Products[*] - Acronis CSP Setup");
    m_window->showPage(QStringLiteral("invoices"));
    QCOMPARE(m_window->windowTitle(), u"Invoices[*] - Acronis CSP Setup");
    const QString shown = m_window->windowHandle()->title();
    QVERIFY2(shown.endsWith(u" - Acronis CSP Setup"), qPrintable(shown));
    for (const QChar c : shown)
        QVERIFY2(c.unicode() < 0x2010 || c.unicode() > 0x2015, qPrintable(shown));
    // Dialogs too: "Contract Tiers – EU" would otherwise read "Contract Tiers – EU — Acronis …".
    TiersDialog *tiers = m_window->invoicesPage()->editTiers();
    QVERIFY(tiers);
    QCOMPARE(tiers->windowTitle(), u"Contract Tiers - EU - Acronis CSP Setup");
    tiers->reject();
}

void TestWindowText::notSavedGoesOnceTheFormIsValid()
{
    openWindow();
    auto *discount = find<QLineEdit>("discountEdit");
    discount->clear();
    QTest::keyClicks(discount, QStringLiteral("abc"));
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Not saved: some fields are not valid.");
    QTest::keyClick(discount, Qt::Key_Backspace);
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Not saved: some fields are not valid.");
    discount->clear();
    QTest::keyClicks(discount, QStringLiteral("19"));
    QCOMPARE(m_window->statusBar()->currentMessage(), QString()); // fixed: nothing left to say
}

void TestWindowText::exportSaysSoWithoutMovingTheTable()
{
    openWindow();
    m_window->showPage(QStringLiteral("products"));
    ProductsPage *products = m_window->productsPage();
    auto *table = products->findChild<QWidget *>(QStringLiteral("productStack"));
    QVERIFY(table);
    QTRY_VERIFY(table->isVisible());
    const QRect before = table->geometry();
    const QString path = m_dir.filePath(QStringLiteral("products-%1.csv").arg(m_counter));
    products->exportTo(path);
    QVERIFY(QFile::exists(path));
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(u"Exported "),
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(!products->findChild<QLabel *>(QStringLiteral("productNotice"))->isVisible());
    QCoreApplication::processEvents();
    QCOMPARE(table->geometry(), before);
}

void TestWindowText::tiersNameAcronisTierAndConfirmTheSave()
{
    openWindow();
    m_window->showPage(QStringLiteral("invoices"));
    TiersDialog *dialog = m_window->invoicesPage()->editTiers();
    QVERIFY(dialog);
    dialog->show();
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("tiersTable"));
    QCOMPARE(table->horizontalHeaderItem(TiersDialog::LevelColumn)->text(), u"At Acronis");
    const auto *names = qobject_cast<QStyledItemDelegate *>(
            table->itemDelegateForColumn(TiersDialog::LevelColumn));
    QVERIFY(names);
    QStringList shown;
    int three = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        shown << names->displayText(table->item(row, TiersDialog::LevelColumn)->data(Qt::EditRole),
                                    QLocale());
        if (table->item(row, TiersDialog::KeyColumn)->text() == u"3")
            three = row;
    }
    QCOMPARE(shown,
             (QStringList{QStringLiteral("No commitment"), QStringLiteral("Tier 1"),
                          QStringLiteral("Tier 2"), QStringLiteral("Tier 3"),
                          QStringLiteral("Tier 4"), QStringLiteral("Tier 5")}));
    table->item(three, TiersDialog::CommitmentColumn)->setText(QStringLiteral("150"));
    dialog->findChild<QDialogButtonBox *>(QStringLiteral("tiersButtons"))
            ->button(QDialogButtonBox::Save)
            ->click();
    auto *status =
            m_window->invoicesPage()->findChild<QLabel *>(QStringLiteral("invoiceStatusLine"));
    QCOMPARE(status->text(), u"Saved 1 changed contract tier(s) of \u201cEU\u201d.");
}

void TestWindowText::userGuideClosesAndCentersAHit()
{
    for (const QKeySequence &key :
         {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_W)}) {
        UserGuideWindow guide;
        guide.resize(900, 700);
        guide.show();
        guide.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&guide));
        QVERIFY(guide.find(QStringLiteral("advisory lock")));
        // The hit in the middle third of the view, not at its bottom edge.
        QTextBrowser *text = guide.browser();
        const int middle = text->viewport()->height() / 2;
        const int hit = text->cursorRect().center().y();
        QVERIFY2(std::abs(hit - middle) < text->viewport()->height() / 6,
                 qPrintable(QStringLiteral("hit at %1 of %2").arg(hit).arg(middle * 2)));
        QTest::keySequence(&guide, key);
        QVERIFY2(!guide.isVisible(), qPrintable(key.toString()));
    }
}

void TestWindowText::jumpExplainsItself()
{
    openWindow();
    const QString tip = find<QSpinBox>("reconcileJump")->toolTip();
    QVERIFY2(tip.contains(u"50 %") && tip.contains(u"month before"), qPrintable(tip));
    QCOMPARE(find<QLabel>("reconcileJumpLabel")->toolTip(), tip);
}

void TestWindowText::syncHistorySaysWhereARunStarted()
{
    QList<SyncRun> runs(3);
    runs[0].startedBy = QStringLiteral("window");
    runs[1].startedBy = QStringLiteral("cli");
    runs[2].startedBy = QStringLiteral("timer");
    SyncHistoryDialog dialog(runs, {});
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("syncHistoryTable"));
    QCOMPARE(table->horizontalHeaderItem(2)->text(), u"Started from");
    QCOMPARE(table->item(0, 2)->text(), u"the desktop window");
    QCOMPARE(table->item(1, 2)->text(), u"the command line");
    QCOMPARE(table->item(2, 2)->text(), u"the nightly schedule");
}

void TestWindowText::invoicesSayWhatIsMissing()
{
    openWindow();
    auto *status =
            m_window->invoicesPage()->findChild<QLabel *>(QStringLiteral("invoiceStatusLine"));
    QVERIFY2(status->text().startsWith(u"Read Invoices prices the invoices of ") &&
                     status->text().endsWith(u"of EU."),
             qPrintable(status->text()));
    const auto empty =
            Database::open(m_dir.filePath(QStringLiteral("empty%1.sqlite").arg(m_counter)));
    QVERIFY(empty);
    InvoicesPage nothingLinked(*empty, m_secrets, m_network);
    QCOMPARE(nothingLinked.findChild<QLabel *>(QStringLiteral("invoiceStatusLine"))->text(),
             u"No Acronis account is linked yet: link one on the Applications Setup page first.");
}

QTEST_MAIN(TestWindowText)
#include "tst_windowtext.moc"
