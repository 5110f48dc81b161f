// The Contract Tiers dialog as a German-speaking admin uses it: amounts in the German number
// format, a promo tier added, a refused row naming its tier and field with nothing saved.

#include "prompts.h"
#include "services/contractservice.h"
#include "storage/instancerepository.h"
#include "tiersdialog.h"

#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace csp;

class TestTiersDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void showsTheTiersInTheUsersNumberFormat();
    void savesEditsAndAnAddedPromoTier();
    void refusedRowSavesNothingAndSaysWhy();

private:
    std::unique_ptr<TiersDialog> openDialog();
    QTableWidget *tableOf(TiersDialog &dialog) const
    {
        return dialog.findChild<QTableWidget *>(QStringLiteral("tiersTable"));
    }
    static int rowOf(QTableWidget *table, const QString &key);
    QHash<QString, ContractTier> storedTiers() const;

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    Instance m_instance;
    int m_counter = 0;
};

void TestTiersDialog::initTestCase()
{
    Prompts::setQuiet(true);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
}

void TestTiersDialog::init()
{
    auto db =
            Database::open(m_dir.filePath(QStringLiteral("t%1/catalogue.sqlite").arg(++m_counter)));
    QVERIFY(db);
    m_db = *db;
    m_instance = Instance();
    m_instance.id = newUuid();
    m_instance.systemName = QStringLiteral("EU");
    m_instance.gateway = QStringLiteral("https://eu2-cloud.acronis.com");
    m_instance.clientId = QStringLiteral("c11e0001-0000-4000-8000-000000000001");
    m_instance.primaryCurrency = QStringLiteral("EUR");
    m_instance.createdAt = m_instance.updatedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(InstanceRepository(m_db).insert(m_instance));
    TierChange three;
    three.key = QStringLiteral("3");
    three.commitment = QStringLiteral("1234.5");
    QVERIFY(ContractService(m_db).setTier(m_instance, three));
}

std::unique_ptr<TiersDialog> TestTiersDialog::openDialog()
{
    auto dialog = std::make_unique<TiersDialog>(m_db, m_instance);
    dialog->show();
    return dialog;
}

int TestTiersDialog::rowOf(QTableWidget *table, const QString &key)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, TiersDialog::KeyColumn)->text() == key)
            return row;
    }
    return -1;
}

QHash<QString, ContractTier> TestTiersDialog::storedTiers() const
{
    QHash<QString, ContractTier> byKey;
    for (const ContractTier &tier : ContractService(m_db).tiers(m_instance.id).valueOr({}))
        byKey.insert(tier.key, tier);
    return byKey;
}

void TestTiersDialog::showsTheTiersInTheUsersNumberFormat()
{
    auto dialog = openDialog();
    QTableWidget *table = tableOf(*dialog);
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 6); // "none" and tiers 1 to 5
    const int three = rowOf(table, QStringLiteral("3"));
    QVERIFY(three >= 0);
    QCOMPARE(table->item(three, TiersDialog::CommitmentColumn)->text(), u"1.234,50");
    QCOMPARE(table->item(three, TiersDialog::LevelColumn)->text(), u"2");
    // Shown as the tier Acronis keeps, by its name, not as tier_level_value 2.
    const auto *levels = qobject_cast<QStyledItemDelegate *>(
            table->itemDelegateForColumn(TiersDialog::LevelColumn));
    QVERIFY(levels);
    QCOMPARE(levels->displayText(table->item(three, TiersDialog::LevelColumn)->data(Qt::EditRole),
                                 QLocale()),
             u"Tier 3");
    QCOMPARE(table->item(three, TiersDialog::NameColumn)->text(), u"Tier 3");
    QCOMPARE(table->horizontalHeaderItem(TiersDialog::CommitmentColumn)->text(),
             u"Minimum commitment (EUR)");
    // The key of a stored tier is what provider records point at; it cannot be edited.
    QVERIFY(!(table->item(three, TiersDialog::KeyColumn)->flags() & Qt::ItemIsEditable));
    QVERIFY(dialog->save()); // nothing edited: nothing to save, nothing refused
    QCOMPARE(dialog->errorText(), QString());
}

void TestTiersDialog::savesEditsAndAnAddedPromoTier()
{
    auto dialog = openDialog();
    QTableWidget *table = tableOf(*dialog);
    const int two = rowOf(table, QStringLiteral("2"));
    table->item(two, TiersDialog::CommitmentColumn)->setText(QStringLiteral("2.500,75"));
    table->item(two, TiersDialog::NameColumn)->setText(QStringLiteral("Silber"));
    table->item(rowOf(table, QStringLiteral("1")), TiersDialog::PromoColumn)
            ->setCheckState(Qt::Checked);
    const QList<QPushButton *> buttons = dialog->findChildren<QPushButton *>();
    const auto addButton = std::find_if(buttons.begin(), buttons.end(), [](QPushButton *button) {
        return button->text().contains(u"Add Tier");
    });
    QVERIFY(addButton != buttons.end());
    (*addButton)->click();
    QCOMPARE(table->rowCount(), 7);
    const int added = table->rowCount() - 1;
    QVERIFY(table->item(added, TiersDialog::KeyColumn)->flags() & Qt::ItemIsEditable);
    table->item(added, TiersDialog::KeyColumn)->setText(QStringLiteral("promo-q4"));
    table->item(added, TiersDialog::NameColumn)->setText(QStringLiteral("Aktion Q4"));
    table->item(added, TiersDialog::LevelColumn)->setData(Qt::EditRole, 6);
    table->item(added, TiersDialog::CommitmentColumn)->setText(QStringLiteral("150"));
    QCOMPARE(table->item(added, TiersDialog::CommitmentColumn)->text(), u"150,00"); // as money
    table->item(added, TiersDialog::CommitmentColumn)->setText(QStringLiteral("zwei"));
    QCOMPARE(table->item(added, TiersDialog::CommitmentColumn)->text(), u"zwei"); // save() says why
    table->item(added, TiersDialog::CommitmentColumn)->setText(QStringLiteral("99,90"));
    table->item(added, TiersDialog::PromoColumn)->setCheckState(Qt::Checked);
    QVERIFY2(dialog->save(), qPrintable(dialog->errorText()));

    const QHash<QString, ContractTier> tiers = storedTiers();
    QCOMPARE(tiers.value(QStringLiteral("2")).minimumCommitment.toString(), u"2500.75");
    QCOMPARE(tiers.value(QStringLiteral("2")).name, u"Silber");
    QCOMPARE(tiers.value(QStringLiteral("3")).minimumCommitment.toString(), u"1234.50");
    QVERIFY(tiers.value(QStringLiteral("1")).promo);
    QVERIFY(!tiers.value(QStringLiteral("5")).promo);
    const ContractTier promo = tiers.value(QStringLiteral("promo-q4"));
    QCOMPARE(promo.minimumCommitment.toString(), u"99.90");
    QCOMPARE(promo.levelValue, 6);
    QVERIFY(promo.promo);
    QCOMPARE(promo.name, u"Aktion Q4");
}

void TestTiersDialog::refusedRowSavesNothingAndSaysWhy()
{
    auto dialog = openDialog();
    QTableWidget *table = tableOf(*dialog);
    table->item(rowOf(table, QStringLiteral("1")), TiersDialog::CommitmentColumn)
            ->setText(QStringLiteral("100"));
    // In German "0.045" is not a number: "." groups thousands and may not follow a leading 0.
    table->item(rowOf(table, QStringLiteral("4")), TiersDialog::CommitmentColumn)
            ->setText(QStringLiteral("0.045"));
    QVERIFY(!dialog->save());
    const QString error = dialog->errorText();
    QVERIFY2(error.startsWith(u"Tier 4: Minimum commitment"), qPrintable(error));
    QVERIFY2(error.contains(u"0.045"), qPrintable(error));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("tiersError"))->isVisible());
    // Tier 1's valid change was not saved either.
    QCOMPARE(storedTiers().value(QStringLiteral("1")).minimumCommitment.toString(), u"0");
    QCOMPARE(storedTiers().value(QStringLiteral("4")).minimumCommitment.toString(), u"0");
}

QTEST_MAIN(TestTiersDialog)
#include "tst_tiersdialog.moc"
