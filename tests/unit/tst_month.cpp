#include "core/month.h"
#include "core/syncrun.h"

#include <QDateTime>
#include <QTest>

using namespace csp;

class TestMonth final : public QObject
{
    Q_OBJECT

private slots:
    void lastIsTheMonthBeforeTodaysAcrossAYear();
    void onlyYearDashMonthIsAMonth_data();
    void onlyYearDashMonthIsAMonth();
    void aMonthIsItsFirstDay();
    void theCurrentMonthIsUtcs();
    void syncStatusesReadBackAsWritten();
};

void TestMonth::lastIsTheMonthBeforeTodaysAcrossAYear()
{
    QCOMPARE(parseMonth(u"last", QDate(2026, 1, 15)), QDate(2025, 12, 1));
    QCOMPARE(parseMonth(u"last", QDate(2026, 3, 31)), QDate(2026, 2, 1));
}

void TestMonth::onlyYearDashMonthIsAMonth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("month");
    QTest::newRow("October") << QStringLiteral("2026-10") << QDate(2026, 10, 1);
    QTest::newRow("month 13") << QStringLiteral("2026-13") << QDate();
    QTest::newRow("month 0") << QStringLiteral("2026-00") << QDate();
    QTest::newRow("two-digit year") << QStringLiteral("26-10") << QDate();
    QTest::newRow("with a day") << QStringLiteral("2026-10-01") << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void TestMonth::onlyYearDashMonthIsAMonth()
{
    QFETCH(QString, text);
    QFETCH(QDate, month);
    const auto parsed = parseMonth(text, QDate(2026, 12, 7));
    QCOMPARE(parsed.value_or(QDate()), month);
}

void TestMonth::aMonthIsItsFirstDay()
{
    QCOMPARE(firstOfMonth(QDate(2024, 2, 29)), QDate(2024, 2, 1));
    QCOMPARE(monthKey(QDate(2026, 3, 1)), u"2026-03");
    QCOMPARE(monthKey(firstOfMonth(QDate(999, 7, 4))), u"0999-07");
}

void TestMonth::theCurrentMonthIsUtcs()
{
    // Whatever the process' time zone, the month of the UTC clock (read on both sides, should
    // the month turn in between).
    qputenv("TZ", "Pacific/Kiritimati"); // UTC+14: its date is a day ahead of UTC's for hours
    const QDate before = firstOfMonth(QDateTime::currentDateTimeUtc().date());
    const QDate month = currentMonth();
    const QDate after = firstOfMonth(QDateTime::currentDateTimeUtc().date());
    QVERIFY(month == before || month == after);
    QCOMPARE(month.day(), 1);
}

void TestMonth::syncStatusesReadBackAsWritten()
{
    for (const SyncStatus status :
         {SyncStatus::Running, SyncStatus::Succeeded, SyncStatus::Failed, SyncStatus::Cancelled})
        QCOMPARE(syncStatusFrom(syncStatusText(status)), status);
    QCOMPARE(syncStatusText(SyncStatus::Cancelled), u"cancelled");
    QCOMPARE(syncStatusFrom(u"interrupted"), SyncStatus::Failed); // no version wrote it
}

QTEST_GUILESS_MAIN(TestMonth)
#include "tst_month.moc"
