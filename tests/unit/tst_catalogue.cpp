#include "core/catalogue.h"
#include "core/pricematch.h"

#include <QTest>

using namespace csp;

namespace {

const QString backup = QStringLiteral("6e6d758d-8e74-3ae3-ac84-50eb0dff12eb");
const QString euStorage = QStringLiteral("019097a6-114f-4418-bd54-e01ef049f209");

ServedProduct served(const QString &item, const QString &edition, const QString &usage,
                     const QString &infraId = {}, const QString &infraName = {},
                     std::optional<Decimal> price = {})
{
    ServedProduct product;
    product.key = {backup, item, edition, infraId};
    product.applicationName = QStringLiteral("Protection");
    product.usageName = usage;
    product.itemType = infraId.isEmpty() ? QStringLiteral("count") : QStringLiteral("infra");
    product.measurementUnit =
            infraId.isEmpty() ? QStringLiteral("quantity") : QStringLiteral("bytes");
    product.infraName = infraName;
    product.price = price;
    return product;
}

Instance instance(NamePolicy policy)
{
    Instance eu;
    eu.id = QStringLiteral("instance-1");
    eu.systemName = QStringLiteral("EU");
    eu.primaryCurrency = QStringLiteral("EUR");
    eu.namePolicy = policy;
    return eu;
}

QList<Product> storedAfter(const CatalogueDiff &diff)
{
    QList<Product> products;
    for (const ProductChange &change : diff.changes)
        products.append(change.product);
    return products;
}

} // namespace

class TestCatalogue final : public QObject
{
    Q_OBJECT

private slots:
    void changeKindsReadBackFromTheirKeys();
    void searchFoldsWhatIsTypedAsTheKeys();
    void pricesComeFromTheMostSpecificEntry();
    void keysFoldAsUnicodeDoes_data();
    void keysFoldAsUnicodeDoes();
    void derivedNames_data();
    void derivedNames();
    void firstRunAddsEverything();
    void secondRunChangesNothing();
    void renamePolicyUpdate();
    void renamePolicyKeep();
    void retireAndComeBack();
    void pricesServedManualAndWithdrawn();
    void foreignCurrencyIsAWarning();
    void changesToReviewByKindThenName();
};

void TestCatalogue::derivedNames_data()
{
    QTest::addColumn<QString>("edition");
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("usage");
    QTest::addColumn<QString>("infra");
    QTest::addColumn<QString>("name");
    QTest::newRow("per workload") << "pck_per_workload"
                                  << "pw_base_workstations"
                                  << "workstations"
                                  << ""
                                  << "Protection Per Workload \u2013 Workstations";
    QTest::newRow("storage") << "pck_per_gigabyte"
                             << "pg_base_storage"
                             << "storage"
                             << "Acronis Cloud EU"
                             << "Protection Per Gigabyte \u2013 Cloud storage (Acronis Cloud EU)";
    QTest::newRow("editionless") << ""
                                 << "local_storage"
                                 << "local_storage"
                                 << ""
                                 << "Protection \u2013 Local storage";
    // Acronis' name for the per-workload Disaster Recovery feature, not "Dr base".
    QTest::newRow("disaster recovery") << "pck_per_workload"
                                       << "pw_base_dr_base"
                                       << "dr_base"
                                       << "Frankfurt DR"
                                       << "Protection Per Workload \u2013 Disaster Recovery "
                                          "(Frankfurt DR)";
    QTest::newRow("unknown usage") << "new_edition"
                                   << "x_base_quantum_seats"
                                   << "quantum_seats"
                                   << ""
                                   << "Protection New edition \u2013 Quantum seats";
}

void TestCatalogue::derivedNames()
{
    QFETCH(QString, edition);
    QFETCH(QString, item);
    QFETCH(QString, usage);
    QFETCH(QString, infra);
    QFETCH(QString, name);
    QCOMPARE(deriveProductName(QStringLiteral("Protection"), edition, item, usage, infra), name);
}

void TestCatalogue::firstRunAddsEverything()
{
    const QList<ServedProduct> items = {
            served(QStringLiteral("pw_base_workstations"), QStringLiteral("pck_per_workload"),
                   QStringLiteral("workstations")),
            served(QStringLiteral("pw_base_storage"), QStringLiteral("pck_per_workload"),
                   QStringLiteral("storage"), euStorage, QStringLiteral("EU storage"))};
    const CatalogueDiff diff =
            diffCatalogue({}, items, instance(NamePolicy::Update), QStringLiteral("t1"));
    QCOMPARE(diff.count(ChangeKind::Added), 2);
    QVERIFY(diff.hasChanges());
    const Product &storage = diff.changes.at(1).product;
    QCOMPARE(storage.name,
             QStringLiteral("Protection Per Workload \u2013 Cloud storage (EU storage)"));
    QCOMPARE(storage.acronisName, storage.name);
    QCOMPARE(storage.firstSeenAt, QStringLiteral("t1"));
    QCOMPARE(storage.instanceId, QStringLiteral("instance-1"));
    QVERIFY(!storage.id.isEmpty());
}

void TestCatalogue::secondRunChangesNothing()
{
    const QList<ServedProduct> items = {
            served(QStringLiteral("pw_base_servers"), QStringLiteral("pck_per_workload"),
                   QStringLiteral("servers"), {}, {}, Decimal::fromInteger(10))};
    const auto eu = instance(NamePolicy::Update);
    const CatalogueDiff first = diffCatalogue({}, items, eu, QStringLiteral("t1"));
    const CatalogueDiff second = diffCatalogue(storedAfter(first), items, eu, QStringLiteral("t2"));
    QVERIFY(!second.hasChanges());
    QCOMPARE(second.count(ChangeKind::Unchanged), 1);
    QCOMPARE(second.changes.first().product.changedAt, first.changes.first().product.changedAt);
}

void TestCatalogue::renamePolicyUpdate()
{
    auto items = QList<ServedProduct>{
            served(QStringLiteral("pw_base_storage"), QStringLiteral("pck_per_workload"),
                   QStringLiteral("storage"), euStorage, QStringLiteral("EU storage"))};
    const auto eu = instance(NamePolicy::Update);
    const auto first = diffCatalogue({}, items, eu, QStringLiteral("t1"));
    items[0].infraName = QStringLiteral("Frankfurt");
    const auto second = diffCatalogue(storedAfter(first), items, eu, QStringLiteral("t2"));
    QCOMPARE(second.count(ChangeKind::Renamed), 1);
    const ProductChange &change = second.changes.first();
    QCOMPARE(change.oldName,
             QStringLiteral("Protection Per Workload \u2013 Cloud storage (EU storage)"));
    QCOMPARE(change.product.name,
             QStringLiteral("Protection Per Workload \u2013 Cloud storage (Frankfurt)"));
    QVERIFY(change.fields.contains(u"storage"));
    QCOMPARE(change.product.changedAt, QStringLiteral("t2"));
}

void TestCatalogue::renamePolicyKeep()
{
    auto items = QList<ServedProduct>{served(QStringLiteral("pw_base_workstations"),
                                             QStringLiteral("pck_per_workload"),
                                             QStringLiteral("workstations"))};
    const auto eu = instance(NamePolicy::Keep);
    const auto first = diffCatalogue({}, items, eu, QStringLiteral("t1"));
    QCOMPARE(first.changes.first().product.name,
             QStringLiteral("Protection Per Workload \u2013 Workstations")); // new: named
    items[0].applicationName = QStringLiteral("Cyber Protection");
    const auto second = diffCatalogue(storedAfter(first), items, eu, QStringLiteral("t2"));
    QCOMPARE(second.count(ChangeKind::Renamed), 0);
    QCOMPARE(second.count(ChangeKind::Updated), 1);
    const Product &product = second.changes.first().product;
    QCOMPARE(product.name, QStringLiteral("Protection Per Workload \u2013 Workstations"));
    QCOMPARE(product.acronisName,
             QStringLiteral("Cyber Protection Per Workload \u2013 Workstations"));
}

void TestCatalogue::retireAndComeBack()
{
    const auto eu = instance(NamePolicy::Update);
    const auto items =
            QList<ServedProduct>{served(QStringLiteral("pw_base_vms"),
                                        QStringLiteral("pck_per_workload"), QStringLiteral("vms"))};
    const auto first = diffCatalogue({}, items, eu, QStringLiteral("t1"));
    const auto gone = diffCatalogue(storedAfter(first), {}, eu, QStringLiteral("t2"));
    QCOMPARE(gone.count(ChangeKind::Retired), 1);
    QVERIFY(gone.changes.first().product.retired);
    QCOMPARE(gone.changes.first().product.id,
             first.changes.first().product.id); // kept, not deleted
    const auto stillGone = diffCatalogue(storedAfter(gone), {}, eu, QStringLiteral("t3"));
    QVERIFY(!stillGone.hasChanges());
    const auto back = diffCatalogue(storedAfter(stillGone), items, eu, QStringLiteral("t4"));
    QCOMPARE(back.count(ChangeKind::Updated), 1);
    QVERIFY(!back.changes.first().product.retired);
    QCOMPARE(back.changes.first().fields, QStringList{QStringLiteral("status")});
    QCOMPARE(back.changes.first().product.firstSeenAt, QStringLiteral("t1"));
}

void TestCatalogue::pricesServedManualAndWithdrawn()
{
    const auto eu = instance(NamePolicy::Update);
    auto items = QList<ServedProduct>{
            served(QStringLiteral("pw_base_servers"), QStringLiteral("pck_per_workload"),
                   QStringLiteral("servers"), {}, {}, Decimal::fromInteger(10)),
            served(QStringLiteral("pw_base_vms"), QStringLiteral("pck_per_workload"),
                   QStringLiteral("vms"))};
    auto stored = storedAfter(diffCatalogue({}, items, eu, QStringLiteral("t1")));
    QCOMPARE(stored[0].sellPrice, std::optional(Decimal::fromInteger(10)));
    QCOMPARE(stored[0].priceSource, PriceSource::Served);
    QCOMPARE(stored[0].priceCurrency, QStringLiteral("EUR")); // served without a currency
    QCOMPARE(stored[1].sellPrice, std::nullopt);
    stored[1].sellPrice = Decimal::fromInteger(7); // set by hand
    stored[1].priceSource = PriceSource::Manual;
    stored[1].priceCurrency = QStringLiteral("EUR");
    items[0].price = Decimal::fromInteger(12);
    auto diff = diffCatalogue(stored, items, eu, QStringLiteral("t2"));
    QCOMPARE(diff.changes[0].kind, ChangeKind::Updated);
    QVERIFY(diff.changes[0].fields.contains(u"price"));
    QCOMPARE(diff.changes[1].kind, ChangeKind::Unchanged); // the manual price stays
    QCOMPARE(diff.changes[1].product.sellPrice, std::optional(Decimal::fromInteger(7)));
    items[0].price.reset(); // the gateway stops serving it
    diff = diffCatalogue(storedAfter(diff), items, eu, QStringLiteral("t3"));
    QCOMPARE(diff.changes[0].product.sellPrice, std::nullopt);
    QCOMPARE(diff.changes[0].product.priceSource, PriceSource::None);
}

void TestCatalogue::foreignCurrencyIsAWarning()
{
    auto item = served(QStringLiteral("pw_base_servers"), QStringLiteral("pck_per_workload"),
                       QStringLiteral("servers"), {}, {}, Decimal::fromInteger(10));
    item.priceCurrency = QStringLiteral("USD");
    const auto diff = diffCatalogue({}, {item}, instance(NamePolicy::Update), QStringLiteral("t1"));
    QCOMPARE(diff.warnings.size(), 1);
    QVERIFY(diff.warnings.first().contains(u"USD") && diff.warnings.first().contains(u"EUR"));
    QCOMPARE(diff.changes.first().product.priceCurrency, QStringLiteral("USD"));
    QCOMPARE(diff.changes.first().product.sellPrice,
             std::optional(Decimal::fromInteger(10))); // not converted
}

void TestCatalogue::changeKindsReadBackFromTheirKeys()
{
    for (const ChangeKind kind : {ChangeKind::Added, ChangeKind::Renamed, ChangeKind::Updated,
                                  ChangeKind::Retired, ChangeKind::Unchanged})
        QCOMPARE(changeKindFromKey(changeKindKey(kind)), kind);
    // The hand edits of the history are no run's change.
    QCOMPARE(changeKindFromKey(u"manual_price"), ChangeKind::Unchanged);
}

void TestCatalogue::searchFoldsWhatIsTypedAsTheKeys()
{
    const QString key = productSearchKey(QStringLiteral("Backup \u039F\u0394\u039F\u03A3"),
                                         QStringLiteral("Backup"), QStringLiteral("pw_base"),
                                         QStringLiteral("Frankfurt"));
    // A final sigma typed in lower case finds the capital one: folded, not lower-cased.
    QVERIFY(key.contains(productSearchQuery(QStringLiteral("\u03BF\u03B4\u03BF\u03C2"))));
    QVERIFY(!key.contains(QStringLiteral("\u03BF\u03B4\u03BF\u03C2").toLower()));
    QVERIFY(key.contains(productSearchQuery(QStringLiteral("FRANKFURT"))));
    QVERIFY(key.contains(productSearchQuery(QStringLiteral("PW_BASE"))));
    QVERIFY(!key.contains(productSearchQuery(QStringLiteral("Paris"))));
}

// Each item takes its price from its offering item at its storage, then at no storage, then its
// usage name likewise; an entry given twice is reported and not used; one that prices nothing is
// reported; "no storage" is the same whether the text is null or empty.
void TestCatalogue::pricesComeFromTheMostSpecificEntry()
{
    const QString app = QStringLiteral("app-1");
    const QString other = QStringLiteral("app-2");
    const QString frankfurt = QStringLiteral("infra-f");
    const auto price = [](const char *text) {
        return *Decimal::parse(QString::fromLatin1(text));
    };
    const QList<ServedPriceEntry> entries{
            {app, QStringLiteral("storage"), frankfurt, price("0.05")},
            {app, QStringLiteral("storage"), QString(), price("0.07")},
            {app, QStringLiteral("pw_storage"), frankfurt, price("0.04")},
            {app, QStringLiteral("pw_seats"), QStringLiteral(""), price("3.10")},
            {app, QStringLiteral("pw_seats"), QString(), price("9.99")},
            {other, QStringLiteral("pw_seats"), QString(), price("1.00")},
            {app, QStringLiteral("nothing"), QString(), price("2.00")}};
    const QList<PricedItem> items{
            {app, QStringLiteral("pw_storage"), QStringLiteral("storage"), frankfurt},
            {app, QStringLiteral("pw_storage_p"), QStringLiteral("storage"), QStringLiteral("x")},
            {app, QStringLiteral("pw_storage_q"), QStringLiteral("storage"), frankfurt},
            {app, QStringLiteral("pw_seats"), QStringLiteral("seats"), QString()},
            {app, QStringLiteral("pw_other"), QStringLiteral("other"), QString()}};
    const PriceMatch match = matchPrices(items, entries);
    QCOMPARE(match.prices.size(), 5);
    QCOMPARE(match.prices.at(0), price("0.04")); // its offering item at its storage
    QCOMPARE(match.prices.at(1), price("0.07")); // its usage name at no storage
    QCOMPARE(match.prices.at(2), price("0.05")); // its usage name at its storage
    QCOMPARE(match.prices.at(3), price("3.10")); // the first of an entry given twice
    QVERIFY(!match.prices.at(4));
    QCOMPARE(match.repeated.size(), 1);
    QCOMPARE(match.repeated.first().price, price("9.99"));
    QCOMPARE(match.unmatched.size(), 2); // the other application's, and "nothing"
    QCOMPARE(match.unmatched.at(0).applicationId, other);
    QCOMPARE(match.unmatched.at(1).name, QStringLiteral("nothing"));
}

void TestCatalogue::keysFoldAsUnicodeDoes_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("null") << QString();
    QTest::newRow("empty") << QStringLiteral("");
    QTest::newRow("folded already") << QStringLiteral("backup storage (per gb) 2");
    QTest::newRow("ASCII") << QStringLiteral("Backup Storage @ [Frankfurt] ~ Z_a{}");
    QTest::newRow("German") << QStringLiteral("Speicher STRASSE Stra\u00DFe \u00C4RGER");
    QTest::newRow("Greek, final sigma") << QStringLiteral("Backup \u039F\u0394\u039F\u03A3");
    QTest::newRow("upper ASCII, then other") << QStringLiteral("ABC \u0130stanbul");
    QTest::newRow("outside the basic plane") << QStringLiteral("Disk \U0001041C A");
    QTest::newRow("control and DEL") << QStringLiteral("A\tB\x7f\nC");
}

// The keys are Unicode's case folding, ASCII or not, so that sorting and search agree with
// what earlier versions stored.
void TestCatalogue::keysFoldAsUnicodeDoes()
{
    QFETCH(QString, name);
    QCOMPARE(productNameKey(name), name.toCaseFolded());
    QCOMPARE(productNameKey(name).isNull(), name.isNull());
    QCOMPARE(productSearchQuery(name), name.toCaseFolded());
    const QString other = QStringLiteral("Backup Storage");
    QCOMPARE(
            productSearchKey(name, other, QStringLiteral("PW_Base"), name),
            QStringList({name, other, QStringLiteral("PW_Base"), name}).join(u'\n').toCaseFolded());
    const QString kept = name; // a key is a new text: the name itself is not changed
    productNameKey(name);
    QCOMPARE(name, kept);
}

// The preview and the command line list what changes by kind (added, renamed, updated,
// retired), then by name whatever its case; unchanged products are left out.
void TestCatalogue::changesToReviewByKindThenName()
{
    const auto change = [](ChangeKind kind, const QString &name, const QString &infraId = {}) {
        ProductChange made;
        made.kind = kind;
        made.product.name = name;
        made.product.key = {backup, QStringLiteral("item"), {}, infraId};
        return made;
    };
    CatalogueDiff diff;
    diff.changes = {change(ChangeKind::Retired, QStringLiteral("Old")),
                    change(ChangeKind::Added, QStringLiteral("Zeta")),
                    change(ChangeKind::Unchanged, QStringLiteral("Alpha kept")),
                    change(ChangeKind::Updated, QStringLiteral("Mid")),
                    change(ChangeKind::Added, QStringLiteral("beta"), QStringLiteral("zurich")),
                    change(ChangeKind::Renamed, QStringLiteral("New")),
                    change(ChangeKind::Added, QStringLiteral("Beta"), QStringLiteral("eu"))};
    QStringList order;
    for (const ProductChange *shown : diff.changesToReview())
        order << changeKindKey(shown->kind) + u' ' + shown->product.name + u' ' +
                        shown->product.key.infraId;
    QCOMPARE(order,
             (QStringList{QStringLiteral("added Beta eu"), QStringLiteral("added beta zurich"),
                          QStringLiteral("added Zeta "), QStringLiteral("renamed New "),
                          QStringLiteral("updated Mid "), QStringLiteral("retired Old ")}));
    QCOMPARE(diff.changes.size(), 7); // the diff itself keeps its order
    QCOMPARE(diff.changes.first().product.name, u"Old");
}

QTEST_APPLESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
