#include "core/csv.h"

#include <QTest>

using namespace csp;

namespace {

QString t(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList r(std::initializer_list<const char *> fields)
{
    QStringList record;
    for (const char *field : fields)
        record.append(QString::fromUtf8(field));
    return record;
}

} // namespace

class TestCsv final : public QObject
{
    Q_OBJECT

private slots:
    void reads_data();
    void reads();
    void refusesWhatCannotBeRead_data();
    void refusesWhatCannotBeRead();
    void roundTripsWhatItWrites();
    void formulasAreNeutralisedNumbersAreNot_data();
    void formulasAreNeutralisedNumbersAreNot();
    void tableRowsMatchTheHeader();
};

void TestCsv::reads_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::newRow("CRLF") << t("a,b\r\n1,2\r\n")
                          << QList<QStringList>{r({"a", "b"}), r({"1", "2"})};
    QTest::newRow("LF, no final break")
            << t("a,b\n1,2") << QList<QStringList>{r({"a", "b"}), r({"1", "2"})};
    QTest::newRow("quoted comma, quote, line break")
            << t("\"x, \"\"y\"\"\nz\",2\r\n") << QList<QStringList>{r({"x, \"y\"\nz", "2"})};
    QTest::newRow("empty fields") << t(",,\r\n") << QList<QStringList>{r({"", "", ""})};
    QTest::newRow("empty quoted field") << t("\"\"\r\n") << QList<QStringList>{r({""})};
    QTest::newRow("empty lines skipped")
            << t("a\r\n\r\nb\r\n") << QList<QStringList>{r({"a"}), r({"b"})};
    QTest::newRow("byte order mark")
            << QStringLiteral("\ufeffa,b\r\n") << QList<QStringList>{r({"a", "b"})};
    QTest::newRow("non-ASCII") << t("Κοινή,Ü\r\n") << QList<QStringList>{r({"Κοινή", "Ü"})};
    QTest::newRow("nothing") << t("") << QList<QStringList>{};
}

void TestCsv::reads()
{
    QFETCH(QString, text);
    QFETCH(QList<QStringList>, records);
    const auto parsed = parseCsv(text);
    QVERIFY(parsed);
    QCOMPARE(*parsed, records);
}

void TestCsv::refusesWhatCannotBeRead_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    QTest::newRow("open quote") << t("a\r\n\"b,c\r\n")
                                << t("line 2: a quoted field is never closed");
    QTest::newRow("quote inside a field")
            << t("ab\"c\r\n") << t("line 1: a quote inside an unquoted field");
    QTest::newRow("text after a closing quote")
            << t("x\r\n\"a\"b\r\n") << t("line 2: text after the closing quote of a field");
}

void TestCsv::refusesWhatCannotBeRead()
{
    QFETCH(QString, text);
    QFETCH(QString, problem);
    QString why;
    QVERIFY(!parseCsv(text, &why));
    QCOMPARE(why, problem);
}

void TestCsv::roundTripsWhatItWrites()
{
    // The first field starts with a byte order mark (found by fuzz_csv): quoted, it stays.
    const QList<QStringList> records{
            QStringList{QChar(0xfeff) + QStringLiteral("bom first"), QStringLiteral("x")},
            r({"plain", "with, comma", "with \"quotes\""}),
            r({"line\nbreak", "carriage\rreturn", ""})};
    QCOMPARE(csvRecord(records.first()), QStringView(u"\"\ufeffbom first\",x\r\n").toString());
    QString text;
    for (const QStringList &record : records)
        text += csvRecord(record);
    QCOMPARE(parseCsv(text).value(), records);
}

void TestCsv::tableRowsMatchTheHeader()
{
    const auto table = parseCsvTable(u"a,b\r\n1,2\r\n3,4\r\n");
    QVERIFY(table);
    QCOMPARE(table->header, r({"a", "b"}));
    QCOMPARE(table->rows.size(), 2);
    QString why;
    QVERIFY(!parseCsvTable(u"a,b\r\n1,2,3\r\n", &why));
    QCOMPARE(why, QStringLiteral("record 2 has 3 fields, the header 2"));
}

void TestCsv::formulasAreNeutralisedNumbersAreNot_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("written");
    const auto row = [](const char *name, const QString &field, const QString &written) {
        QTest::newRow(name) << field << written;
    };
    row("formula", QStringLiteral("=SUM(A1:A9)"), QStringLiteral("'=SUM(A1:A9)"));
    row("plus", QStringLiteral("+49 30 1234"), QStringLiteral("'+49 30 1234"));
    row("minus text", QStringLiteral("-cmd|' /C calc'!A0"), QStringLiteral("'-cmd|' /C calc'!A0"));
    row("at", QStringLiteral("@SUM(1)"), QStringLiteral("'@SUM(1)"));
    row("tab", QStringLiteral("\t=1"), QStringLiteral("'\t=1"));
    row("carriage return", QStringLiteral("\r=1"), QStringLiteral("\"'\r=1\""));
    row("negative amount", QStringLiteral("-12.50"), QStringLiteral("-12.50"));
    row("negative integer", QStringLiteral("-3"), QStringLiteral("-3"));
    row("price", QStringLiteral("0.0410"), QStringLiteral("0.0410"));
    row("text", QStringLiteral("Backup Heroes GmbH"), QStringLiteral("Backup Heroes GmbH"));
    row("minus inside", QStringLiteral("ERP-1001"), QStringLiteral("ERP-1001"));
    row("empty", QString(), QString());
}

void TestCsv::formulasAreNeutralisedNumbersAreNot()
{
    QFETCH(QString, field);
    QFETCH(QString, written);
    QCOMPARE(csvRecord({field, QStringLiteral("x")}), written + QStringLiteral(",x\r\n"));
}

QTEST_APPLESS_MAIN(TestCsv)
#include "tst_csv.moc"
