// The rules of issued invoices: when a month's report is final, invoice numbers and prefixes,
// a credit note's figures, and what a recomputation changes.

#include "core/issuedinvoice.h"
#include "core/notinvoiced.h"

#include <QTest>

using namespace csp;

namespace {

Decimal d(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

UsageLine workstations(const char *quantity, const char *price, const char *amount)
{
    UsageLine line;
    line.customerId = QStringLiteral("ERP-A");
    line.key = {QStringLiteral("app"), QStringLiteral("pw_base_workstations"), {}, {}};
    line.measurementUnit = QStringLiteral("quantity");
    line.productName = QStringLiteral("Workstations");
    line.quantity = d(quantity);
    line.sellPrice = d(price);
    line.costPrice = d(price);
    line.sellAmount = d(amount);
    line.costAmount = d(amount);
    line.currency = QStringLiteral("EUR");
    line.status = UsageLineStatus::Priced;
    return line;
}

Invoice invoice(const char *customer, const char *total, QList<UsageLine> lines)
{
    Invoice one;
    one.customerId = QString::fromLatin1(customer);
    one.tenantId = QStringLiteral("tenant-") + one.customerId;
    one.name = one.customerId;
    one.currency = QStringLiteral("EUR");
    one.tier.key = QStringLiteral("1");
    one.usageSell = d(total);
    one.usageCost = d(total);
    one.totalSell = d(total);
    one.totalCost = d(total);
    one.lines = std::move(lines);
    return one;
}

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
}

} // namespace

class TestIssuedInvoice final : public QObject
{
    Q_OBJECT

private slots:
    void reportIsFinalFromTheSecondAtSix_data()
    {
        QTest::addColumn<QDate>("month");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("final");
        QTest::newRow("month's last day")
                << QDate(2026, 10, 1) << utc("2026-10-31T23:00:00Z") << false;
        QTest::newRow("1st of next") << QDate(2026, 10, 1) << utc("2026-11-01T12:00:00Z") << false;
        QTest::newRow("2nd 05:59:59") << QDate(2026, 10, 1) << utc("2026-11-02T05:59:59Z") << false;
        QTest::newRow("2nd 06:00") << QDate(2026, 10, 1) << utc("2026-11-02T06:00:00Z") << true;
        QTest::newRow("any day of the month")
                << QDate(2026, 10, 17) << utc("2026-11-02T06:00:00Z") << true;
        QTest::newRow("December into January")
                << QDate(2026, 12, 1) << utc("2027-01-02T05:00:00Z") << false;
        QTest::newRow("another offset")
                << QDate(2026, 10, 1) << utc("2026-11-02T07:30:00+02:00") << false;
    }
    void reportIsFinalFromTheSecondAtSix()
    {
        QFETCH(QDate, month);
        QFETCH(QDateTime, now);
        QFETCH(bool, final);
        QCOMPARE(InvoiceRules::reportIsFinal(month, now), final);
    }

    void theRefusalSaysWhenToTryAgain()
    {
        QVERIFY(InvoiceRules::notFinalMessage(QDate(2026, 12, 1)).contains(u"2027-01-02 06:00"));
    }

    void numbersArePaddedAfterThePrefix()
    {
        QCOMPARE(InvoiceRules::number({QStringLiteral("INV-"), 1}, 42),
                 QStringLiteral("INV-000042"));
        QCOMPARE(InvoiceRules::number({QString(), 1}, 1234567), QStringLiteral("1234567"));
        QVERIFY(!InvoiceRules::checkPrefix(QStringLiteral("2026/")));
        QVERIFY(!InvoiceRules::checkPrefix(QString()));
        QVERIFY(InvoiceRules::checkPrefix(QStringLiteral("with space")));
        QVERIFY(InvoiceRules::checkPrefix(QStringLiteral("seventeen-chars-x")));
    }

    void aCreditNoteNegatesAmountsNotPrices()
    {
        const Invoice original = invoice("ERP-A", "300.00", {workstations("3", "100", "300.00")});
        const Invoice credit = negatedInvoice(original);
        QCOMPARE(credit.totalSell, d("-300.00"));
        QCOMPARE(credit.usageCost, d("-300.00"));
        QCOMPARE(credit.lines.first().quantity, d("-3"));
        QCOMPARE(credit.lines.first().sellAmount, d("-300.00"));
        QCOMPARE(credit.lines.first().sellPrice, d("100"));
        // Credit and original add up to nothing.
        QVERIFY(credit.totalSell.plus(original.totalSell)->isZero());
    }

    void differencesArePerProviderAndLine()
    {
        const QList<Invoice> issued{
                invoice("ERP-A", "300.00", {workstations("3", "100", "300.00")}),
                invoice("ERP-B", "10.00", {})};
        const QList<Invoice> now{invoice("ERP-A", "330.00", {workstations("3", "110", "330.00")}),
                                 invoice("ERP-C", "5.00", {})};
        const QList<InvoiceDifference> found = invoiceDifferences(issued, now);
        QStringList described;
        for (const InvoiceDifference &difference : found)
            described.append(difference.customerId + u' ' + difference.field + u' ' +
                             difference.issued + u'>' + difference.now);
        QCOMPARE(described,
                 QStringList({QStringLiteral("ERP-A usage_sell 300.00>330.00"),
                              QStringLiteral("ERP-A usage_cost 300.00>330.00"),
                              QStringLiteral("ERP-A total_sell 300.00>330.00"),
                              QStringLiteral("ERP-A total_cost 300.00>330.00"),
                              QStringLiteral("ERP-A sell_price 100.00>110.00"),
                              QStringLiteral("ERP-A cost_price 100.00>110.00"),
                              QStringLiteral("ERP-A sell_amount 300.00>330.00"),
                              QStringLiteral("ERP-A cost_amount 300.00>330.00"),
                              QStringLiteral("ERP-B total_sell 10.00>"),
                              QStringLiteral("ERP-C total_sell >5.00")}));
        QVERIFY(invoiceDifferences(issued, issued).isEmpty());
    }

    void monthStatusAndInvoicesInForce()
    {
        IssuedInvoice first;
        first.number = QStringLiteral("INV-000001");
        QCOMPARE(InvoiceRules::monthStatus({}), MonthStatus::Open);
        QCOMPARE(InvoiceRules::monthStatus({first}), MonthStatus::Issued);
        IssuedInvoice credit = first;
        credit.kind = IssuedKind::CreditNote;
        first.status = IssuedStatus::Credited;
        IssuedInvoice replacement;
        replacement.number = QStringLiteral("INV-000003");
        QCOMPARE(InvoiceRules::monthStatus({first, credit, replacement}), MonthStatus::Corrected);
        const auto inForce = InvoiceRules::inForce({first, credit, replacement});
        QCOMPARE(inForce.size(), 1);
        QCOMPARE(inForce.first().number, QStringLiteral("INV-000003"));
        QCOMPARE(documentStatusKey(IssuedInvoice()), QStringLiteral("open"));
        QCOMPARE(documentStatusKey(first), QStringLiteral("credited"));
    }

    void aTenantIdIsNoCustomerId()
    {
        const QDate october(2026, 10, 1);
        Provider imported;
        imported.name = QStringLiteral("Imported Ltd");
        imported.tenantId = QStringLiteral("7d3c9f0e-1111-4a2b-8c3d-000000000001");
        imported.customerId = imported.tenantId;
        QVERIFY(InvoiceEligibility::lacksCustomerId(imported));
        const auto left = InvoiceEligibility::check(imported, october, true);
        QVERIFY(left);
        QCOMPARE(notInvoicedReasonKey(left->reason), QStringLiteral("no_customer_id"));
        QVERIFY(left->customerId.isEmpty()); // the tenant id is not shown as a customer id
        imported.customerId = QStringLiteral("ERP-A");
        QVERIFY(!InvoiceEligibility::lacksCustomerId(imported));
        QVERIFY(!InvoiceEligibility::check(imported, october, true));
    }

    void whyAProviderWithUsageHasNoInvoice()
    {
        const QDate october(2026, 10, 1);
        Provider later;
        later.name = QStringLiteral("Later GmbH");
        later.customerId = QStringLiteral("ERP-L");
        later.tenantId = QStringLiteral("7d3c9f0e-1111-4a2b-8c3d-000000000002");
        later.contractStart = QDateTime(QDate(2026, 11, 3), QTime(9, 0), Qt::UTC);
        const auto notStarted = InvoiceEligibility::check(later, october, false);
        QVERIFY(notStarted);
        QCOMPARE(notInvoicedReasonKey(notStarted->reason), QStringLiteral("contract_not_started"));
        QCOMPARE(InvoiceEligibility::describe(*notStarted),
                 QStringLiteral("Later GmbH (ERP-L): its contract started on 2026-11-03, after "
                                "the month."));
        later.status = ProviderStatus::Cancelled;
        later.changedAt = QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC);
        QVERIFY(isBillableIn(later, october)); // a customer during October: invoiced
        QVERIFY(!InvoiceEligibility::check(later, october, true));
        later.changedAt = QDateTime(QDate(2026, 9, 30), QTime(23, 59), Qt::UTC);
        QVERIFY(!isBillableIn(later, october));
        const auto cancelled = InvoiceEligibility::check(later, october, true);
        QVERIFY(cancelled);
        QCOMPARE(notInvoicedReasonKey(cancelled->reason), QStringLiteral("cancelled_before"));
        QCOMPARE(cancelled->since, QDate(2026, 9, 30));
    }
};

QTEST_MAIN(TestIssuedInvoice)
#include "tst_issuedinvoice.moc"
