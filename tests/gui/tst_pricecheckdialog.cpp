// "Check against Acronis' price list…" as an admin uses it: the table of a month's SKUs against
// the fake's Pricelist API (10.00 at 8.20 is 18 %, at 8.00 is 20 %, 4.00 at 3.00 is 25 %), sorted
// by value; the setup form's note of the last check; the distributor's own commitment beside
// the tiers.

#include "fakeacronis/fakeacronis.h"
#include "instanceform.h"
#include "pricecheckdialog.h"
#include "prompts.h"
#include "syncedinstance.h"
#include "tiersdialog.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace csp;
using csp::test::FakeAcronis;

namespace {

QJsonObject sku(const char *id, const char *list, const char *effective, const QString &name)
{
    return {{QStringLiteral("sku"), QLatin1String(id)},
            {QStringLiteral("list_price"), QLatin1String(list)},
            {QStringLiteral("effective_price"), QLatin1String(effective)},
            {QStringLiteral("sku_discount"), QStringLiteral("0")},
            {QStringLiteral("pricelist_discount"), QStringLiteral("18")},
            {QStringLiteral("category"), QStringLiteral("Cyber Protect")},
            {QStringLiteral("sub_category"), QStringLiteral("Per workload")},
            {QStringLiteral("name"), name},
            {QStringLiteral("friendly_name"), name}};
}

} // namespace

class TestPriceCheckDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tableOfTheMonthSortedByValue();
    void theFormNotesTheLastCheck();
    void theTiersShowTheDistributorsOwnCommitment();

private:
    QString cell(int row, int column) const
    {
        return m_table->index(row, column).data().toString();
    }
    QStringList column(int index) const
    {
        QStringList values;
        for (int row = 0; row < m_table->rowCount(); ++row)
            values << cell(row, index);
        return values;
    }

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    FakeAcronis m_fake;
    csp::test::FakeSecretStore m_secrets;
    QNetworkAccessManager m_network;
    Instance m_instance;
    std::unique_ptr<PriceCheckDialog> m_dialog;
    QAbstractItemModel *m_table = nullptr;
};

void TestPriceCheckDialog::initTestCase()
{
    Prompts::setQuiet(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(csp::test::startSampleFake(m_fake));
    auto db = Database::open(m_dir.filePath(QStringLiteral("catalogue.sqlite")));
    QVERIFY(db);
    m_db = *db;
    m_instance = csp::test::addSyncedInstance(m_db, m_fake, m_secrets, m_network);
    QVERIFY(!m_instance.id.isEmpty());
    const QString month =
            QDateTime::currentDateTimeUtc().date().toString(QStringLiteral("yyyy-MM"));
    m_fake.setPriceLists({QJsonObject{
            {QStringLiteral("month"), month},
            {QStringLiteral("currency"), QStringLiteral("EUR")},
            {QStringLiteral("commitment"), QStringLiteral("5000")},
            {QStringLiteral("pricelist_code"), QStringLiteral("DIST-EU-7")},
            {QStringLiteral("prices"),
             QJsonArray{sku("SKU-SRV", "10.00", "8.20", QStringLiteral("Servers of a kind")),
                        sku("SKU-WS", "10.00", "8.00", QStringLiteral("Workstations of a kind")),
                        sku("SKU-MB", "4.00", "3.00", QStringLiteral("Mailboxes of a kind"))}}}});
}

void TestPriceCheckDialog::tableOfTheMonthSortedByValue()
{
    m_dialog = std::make_unique<PriceCheckDialog>(m_db, m_secrets, m_network, m_instance);
    auto *month = m_dialog->findChild<QComboBox *>(QStringLiteral("monthCombo"));
    QVERIFY(month);
    // Chosen by name: the current month first, then the closed ones.
    QVERIFY2(month->itemText(0).contains(
                     QLocale().toString(QDate::currentDate(), QStringLiteral("MMMM yyyy"))),
             qPrintable(month->itemText(0)));
    QVERIFY(month->count() > 12);
    QSignalSpy checked(m_dialog.get(), &PriceCheckDialog::checked);
    m_dialog->run();
    QVERIFY(checked.wait(20000));
    m_table = m_dialog->table();
    QCOMPARE(m_table->rowCount(), 3);
    QCOMPARE(m_table->columnCount(), 7);
    QCOMPARE(m_table->headerData(PriceCheckDialog::ImpliedColumn, Qt::Horizontal).toString(),
             u"Implied discount");
    // As Acronis listed them, each beside the instance's 18 %.
    QCOMPARE(column(PriceCheckDialog::SkuColumn),
             (QStringList{QStringLiteral("SKU-SRV"), QStringLiteral("SKU-WS"),
                          QStringLiteral("SKU-MB")}));
    QCOMPARE(column(PriceCheckDialog::ListColumn),
             (QStringList{QStringLiteral("10.00"), QStringLiteral("10.00"),
                          QStringLiteral("4.00")}));
    QCOMPARE(column(PriceCheckDialog::ImpliedColumn),
             (QStringList{QStringLiteral("18\u00a0%"), QStringLiteral("20\u00a0%"),
                          QStringLiteral("25\u00a0%")}));
    QCOMPARE(column(PriceCheckDialog::DiscountColumn),
             (QStringList(3, QStringLiteral("18\u00a0%"))));
    QCOMPARE(column(PriceCheckDialog::DifferenceColumn),
             (QStringList{QStringLiteral("0\u00a0%"), QStringLiteral("2\u00a0%"),
                          QStringLiteral("7\u00a0%")}));
    // The rows that differ are bold.
    QCOMPARE(m_table->index(0, 0).data(Qt::FontRole).value<QFont>().bold(), false);
    QCOMPARE(m_table->index(1, 0).data(Qt::FontRole).value<QFont>().bold(), true);
    QVERIFY2(m_dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))
                     ->text()
                     .contains(u"2 SKU(s)"),
             qPrintable(m_dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))->text()));
    QVERIFY(m_dialog->findChild<QLabel *>(QStringLiteral("listLabel"))
                    ->text()
                    .contains(u"distributor's own commitment to Acronis"));

    // Sorted by value, not by text: 4.00 before 10.00; 25 % above 20 % above 18 %.
    m_table->sort(PriceCheckDialog::ListColumn, Qt::AscendingOrder);
    QCOMPARE(cell(0, PriceCheckDialog::SkuColumn), u"SKU-MB");
    m_table->sort(PriceCheckDialog::ImpliedColumn, Qt::DescendingOrder);
    QCOMPARE(column(PriceCheckDialog::SkuColumn),
             (QStringList{QStringLiteral("SKU-MB"), QStringLiteral("SKU-WS"),
                          QStringLiteral("SKU-SRV")}));
    m_table->sort(PriceCheckDialog::EffectiveColumn, Qt::AscendingOrder);
    QCOMPARE(column(PriceCheckDialog::EffectiveColumn),
             (QStringList{QStringLiteral("3.00"), QStringLiteral("8.00"), QStringLiteral("8.20")}));
}

void TestPriceCheckDialog::theFormNotesTheLastCheck()
{
    InstanceForm form;
    form.showInstance(m_instance);
    form.showPriceCheck(PriceCheck::last(m_db, m_instance.id));
    QVERIFY2(form.priceCheckNote().contains(u"2 SKU(s) of") &&
                     form.priceCheckNote().contains(u"differ from the discount"),
             qPrintable(form.priceCheckNote()));
    auto *button = form.findChild<QPushButton *>(QStringLiteral("priceCheckButton"));
    QVERIFY(button);
    QCOMPARE(button->text(), u"Check against Acronis' price list…");
    // Never checked: no note.
    form.showNewInstance();
    QVERIFY(form.priceCheckNote().isEmpty());

    // A refusal is noted as such.
    m_fake.setPriceListReader(false);
    PriceCheckDialog dialog(m_db, m_secrets, m_network, m_instance);
    QSignalSpy checked(&dialog, &PriceCheckDialog::checked);
    dialog.run();
    QVERIFY(checked.wait(20000));
    QCOMPARE(dialog.table()->rowCount(), 0);
    form.showInstance(m_instance);
    form.showPriceCheck(PriceCheck::last(m_db, m_instance.id));
    QVERIFY2(form.priceCheckNote().contains(u"could not be read") &&
                     form.priceCheckNote().contains(u"price_list_reader"),
             qPrintable(form.priceCheckNote()));
    m_fake.setPriceListReader(true);
}

void TestPriceCheckDialog::theTiersShowTheDistributorsOwnCommitment()
{
    PriceCheckDialog dialog(m_db, m_secrets, m_network, m_instance);
    QSignalSpy checked(&dialog, &PriceCheckDialog::checked);
    dialog.run();
    QVERIFY(checked.wait(20000));
    TiersDialog tiers(m_db, m_instance);
    auto *label = tiers.findChild<QLabel *>(QStringLiteral("acronisCommitmentLabel"));
    QVERIFY(label);
    QVERIFY2(label->text().contains(u"5,000.00 EUR") &&
                     label->text().contains(u"distributor's own commitment to Acronis"),
             qPrintable(label->text()));
}

QTEST_MAIN(TestPriceCheckDialog)
#include "tst_pricecheckdialog.moc"
