#include "core/contract.h"

#include <QTest>

using namespace csp;

namespace {

Decimal d(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

UsageLine priced(const char *sell, const char *cost, const char *currency = "EUR")
{
    UsageLine line;
    line.status = UsageLineStatus::Priced;
    line.sellAmount = d(sell);
    line.costAmount = d(cost);
    line.currency = QString::fromLatin1(currency);
    return line;
}

Contract contract(const char *start, int rampUp, QList<TierPeriod> tiers)
{
    return {QDateTime::fromString(QString::fromLatin1(start), Qt::ISODate), rampUp,
            std::move(tiers)};
}

} // namespace

class TestContract final : public QObject
{
    Q_OBJECT

private slots:
    void invoices_data();
    void invoices();
    void contractMonths();
    void otherCurrenciesAreNotSetAgainstTheCommitment();
    void rules();
};

void TestContract::invoices_data()
{
    QTest::addColumn<QString>("commitment");
    QTest::addColumn<bool>("rampUp");
    QTest::addColumn<QStringList>("lines"); // sell/cost pairs, "s:c"
    QTest::addColumn<QString>("usageSell");
    QTest::addColumn<QString>("shortfall");
    QTest::addColumn<QString>("shortfallCost");
    QTest::addColumn<QString>("totalSell");
    QTest::addColumn<QString>("totalCost");
    const auto row = [](const char *tag, const char *commitment, bool rampUp,
                        std::initializer_list<const char *> lines, const char *usageSell,
                        const char *shortfall, const char *shortfallCost, const char *totalSell,
                        const char *totalCost) {
        QStringList pairs;
        for (const char *line : lines)
            pairs.append(QString::fromLatin1(line));
        QTest::newRow(tag) << QString::fromLatin1(commitment) << rampUp << pairs
                           << QString::fromLatin1(usageSell) << QString::fromLatin1(shortfall)
                           << QString::fromLatin1(shortfallCost) << QString::fromLatin1(totalSell)
                           << QString::fromLatin1(totalCost);
    };
    // Discount 18 %: a shortfall costs 82 % of itself.
    row("above: 312.40 + 250.00 = 562.40 > 500, no shortfall", "500", false,
        {"312.40:256.17", "250.00:205.00"}, "562.40", "0.00", "0.00", "562.40", "461.17");
    row("below: 500 − 312.40 = 187.60; cost 187.60 × 0.82 = 153.832 → 153.83", "500", false,
        {"312.40:256.17"}, "312.40", "187.60", "153.83", "500.00", "410.00"); // 256.17 + 153.83
    row("zero usage: the whole commitment, 250 × 0.82 = 205", "250", false, {}, "0.00", "250.00",
        "205.00", "250.00", "205.00");
    row("ramp-up month: waived", "500", true, {"100.00:82.00"}, "100.00", "0.00", "0.00", "100.00",
        "82.00");
    row("no commitment", "0", false, {"12.34:10.12"}, "12.34", "0.00", "0.00", "12.34", "10.12");
    row("exactly the commitment", "99", false, {"99.00:81.18"}, "99.00", "0.00", "0.00", "99.00",
        "81.18");
    row("promo 99: 99 − 45.50 = 53.50; × 0.82 = 43.87", "99", false, {"45.50:37.31"}, "45.50",
        "53.50", "43.87", "99.00", "81.18"); // 37.31 + 43.87
}

void TestContract::invoices()
{
    QFETCH(QString, commitment);
    QFETCH(bool, rampUp);
    QFETCH(QStringList, lines);
    QFETCH(QString, usageSell);
    QFETCH(QString, shortfall);
    QFETCH(QString, shortfallCost);
    QFETCH(QString, totalSell);
    QFETCH(QString, totalCost);
    Invoice header;
    header.customerId = QStringLiteral("ERP-1");
    header.currency = QStringLiteral("EUR");
    header.tier = {QStringLiteral("3"), {}, 2, *Decimal::parse(commitment), false};
    header.rampUp = rampUp;
    QList<UsageLine> usage;
    for (const QString &pair : lines) {
        const QStringList parts = pair.split(u':');
        usage.append(priced(parts[0].toLatin1().constData(), parts[1].toLatin1().constData()));
    }
    UsageLine unpriced;
    unpriced.status = UsageLineStatus::NoPrice;
    unpriced.currency = QStringLiteral("EUR");
    usage.append(unpriced);
    const auto invoice = buildInvoice(header, usage, Decimal::fromInteger(18));
    QVERIFY2(invoice, invoice ? "" : qPrintable(invoice.error().message));
    QCOMPARE(invoice->usageSell.text(), usageSell);
    QCOMPARE(invoice->shortfall.text(), shortfall);
    QCOMPARE(invoice->shortfallCost.text(), shortfallCost);
    QCOMPARE(invoice->totalSell.text(), totalSell);
    QCOMPARE(invoice->totalCost.text(), totalCost);
    QCOMPARE(invoice->unpricedLines, 1);
    QCOMPARE(invoice->lines.size(), lines.size() + 1);
}

void TestContract::contractMonths()
{
    // Started on 15 October with one ramp-up month, Tier 1 at first, Tier 3 from December.
    const Contract c = contract(
            "2026-10-15T09:30:00Z", 1,
            {{QStringLiteral("1"), QDate(2026, 10, 1)}, {QStringLiteral("3"), QDate(2026, 12, 1)}});
    QVERIFY(!c.startedBy(QDate(2026, 9, 1))); // no invoice for September
    QVERIFY(c.startedBy(QDate(2026, 10, 1)));
    QVERIFY(c.inRampUp(QDate(2026, 10, 1))); // October: the first month, waived
    QVERIFY(!c.inRampUp(QDate(2026, 11, 1)));
    QCOMPARE(c.tierAt(QDate(2026, 11, 1)), QStringLiteral("1"));
    QCOMPARE(c.tierAt(QDate(2026, 12, 1)), QStringLiteral("3"));
    QCOMPARE(c.tierAt(QDate(2026, 9, 1)), QString());
    // Started in the last second of a month: that month is its first.
    const Contract late = contract("2026-10-31T23:59:59Z", 0, {});
    QVERIFY(late.startedBy(QDate(2026, 10, 1)));
    const Contract next = contract("2026-11-01T00:00:00Z", 3, {});
    QVERIFY(!next.startedBy(QDate(2026, 10, 1)));
    QVERIFY(next.inRampUp(QDate(2027, 1, 1)));
    QVERIFY(!next.inRampUp(QDate(2027, 2, 1)));
    // A tier changed in the middle of a month is recorded from that month: its end counts.
    const Contract changed = contract(
            "2026-01-01T00:00:00Z", 0,
            {{QStringLiteral("2"), QDate(2026, 1, 1)}, {QStringLiteral("4"), QDate(2026, 10, 1)}});
    QCOMPARE(changed.tierAt(QDate(2026, 10, 1)), QStringLiteral("4"));
}

void TestContract::otherCurrenciesAreNotSetAgainstTheCommitment()
{
    Invoice header;
    header.customerId = QStringLiteral("ERP-1");
    header.name = QStringLiteral("Heroes");
    header.currency = QStringLiteral("EUR");
    header.tier = {QStringLiteral("1"), {}, 0, d("100"), false};
    const auto invoice =
            buildInvoice(header, {priced("60.00", "49.20"), priced("50.00", "41.00", "USD")},
                         Decimal::fromInteger(18));
    QVERIFY(invoice);
    QCOMPARE(invoice->usageSell.text(), u"60.00"); // not 110
    QCOMPARE(invoice->shortfall.text(), u"40.00");
    QCOMPARE(invoice->warnings.size(), 1);
    QVERIFY(invoice->warnings.first().contains(u"USD"));
}

void TestContract::rules()
{
    QCOMPARE(ContractRules::defaultTiers().size(), 6);
    QCOMPARE(ContractRules::defaultTiers().first().levelValue, -1);
    QCOMPARE(ContractRules::defaultTiers().last().levelValue, 4);
    QCOMPARE(ContractRules::displayName(ContractRules::defaultTiers().at(3)), u"Tier 3");
    QVERIFY(!ContractRules::checkTierKey(QStringLiteral("promo")));
    QVERIFY(ContractRules::checkTierKey(QStringLiteral("Promo!")));
    QVERIFY(ContractRules::checkTierKey(QString()));
    QCOMPARE(ContractRules::parseCommitment(QStringLiteral("25000"), QStringLiteral("USD"))->text(),
             u"25000.00");
    QVERIFY(!ContractRules::parseCommitment(QStringLiteral("-1"), QStringLiteral("USD")));
    QVERIFY(!ContractRules::parseCommitment(QStringLiteral("9.999"), QStringLiteral("USD")));
    QVERIFY(!ContractRules::parseCommitment(QStringLiteral("1,000"), QStringLiteral("USD")));
    QVERIFY(!ContractRules::checkRampUp(3));
    QVERIFY(ContractRules::checkRampUp(4));
}

QTEST_APPLESS_MAIN(TestContract)
#include "tst_contract.moc"
