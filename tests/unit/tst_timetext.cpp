#include "core/timetext.h"

#include <QTest>

using namespace csp;

class TestTimeText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("TZ", "UTC"); }
    void fourDigitYearsAndSeconds_data();
    void fourDigitYearsAndSeconds();
    void isoTextFromTheCatalogue();
    void catalogueTimeIsUtcWithMilliseconds();
};

void TestTimeText::catalogueTimeIsUtcWithMilliseconds()
{
    const QDateTime berlin(QDate(2026, 12, 6), QTime(10, 41, 7, 5), Qt::OffsetFromUTC, 3600);
    QCOMPARE(catalogueTime(berlin), u"2026-12-06T09:41:07.005Z");
    // What it stores sorts as time does.
    QVERIFY(catalogueTime(berlin) < catalogueTime(berlin.addMSecs(1)));
    QVERIFY(catalogueTimeNow().endsWith(u'Z'));
}

void TestTimeText::fourDigitYearsAndSeconds_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany)
                            << QStringLiteral("06.12.2026 09:41:07");
    QTest::newRow("English (US)") << QLocale(QLocale::English, QLocale::UnitedStates)
                                  << QStringLiteral("12/6/2026 9:41:07 AM");
    QTest::newRow("Greek") << QLocale(QLocale::Greek, QLocale::Greece)
                           << QStringLiteral("6/12/2026 9:41:07 \u03a0.\u039c.");
}

void TestTimeText::fourDigitYearsAndSeconds()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    const QDateTime time(QDate(2026, 12, 6), QTime(9, 41, 7), Qt::UTC);
    QCOMPARE(timeText(time, locale), expected);
}

void TestTimeText::isoTextFromTheCatalogue()
{
    const QLocale german(QLocale::German, QLocale::Germany);
    QCOMPARE(timeText(QStringLiteral("2026-11-24T18:52:57.123Z"), german),
             QStringLiteral("24.11.2026 18:52:57"));
    QCOMPARE(timeText(QStringLiteral("not a time"), german), QStringLiteral("not a time"));
    QCOMPARE(timeText(QDateTime(), german), QString());
}

QTEST_GUILESS_MAIN(TestTimeText)
#include "tst_timetext.moc"
