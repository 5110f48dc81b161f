// A batch's rows on SQLite go through SQLite's own interface (SqliteStatement), not QSqlQuery:
// what they store must be exactly what Qt's driver stores, in the connection's transaction, and
// a refused row must be named as Qt's errors are.
#include "storage/batchinsert.h"
#include "storage/sqlitestatement.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace csp;

class TestSqliteStatement final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void valuesAreStoredAsQtStoresThem();
    void eachRowBindsItsOwnTexts();
    void rowsTakePartInTheTransaction();
    void aRefusedRowSaysWhy();
    void aBatchNamesItsTableWhenARowIsRefused();

private:
    // Each column's stored type and text: typeof() tells 1 from '1', NULL from ''.
    QStringList storedRow(int id) const;

    QTemporaryDir m_dir;
    QSqlDatabase m_connection;
    int m_counter = 0;
};

void TestSqliteStatement::init()
{
    m_connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                             QStringLiteral("statement%1").arg(++m_counter));
    m_connection.setDatabaseName(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(m_counter)));
    QVERIFY(m_connection.open());
    // Columns without a declared type keep whatever type is bound.
    QVERIFY(QSqlQuery(m_connection)
                    .exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, k UNIQUE, a, b, "
                                         "c, d, e, f, g, h, i, j, l, m)")));
}

void TestSqliteStatement::cleanup()
{
    const QString name = m_connection.connectionName();
    m_connection = {};
    QSqlDatabase::removeDatabase(name);
}

QStringList TestSqliteStatement::storedRow(int id) const
{
    QStringList stored;
    for (const char *column : {"k", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "l", "m"}) {
        QSqlQuery query(m_connection);
        const QString name = QString::fromLatin1(column);
        if (!query.exec(QStringLiteral("SELECT typeof(%1), quote(%1) FROM t WHERE id = %2")
                                .arg(name)
                                .arg(id)) ||
            !query.next())
            return {QStringLiteral("cannot read row %1").arg(id)};
        stored.append(name + u'=' + query.value(0).toString() + u':' + query.value(1).toString());
    }
    return stored;
}

void TestSqliteStatement::valuesAreStoredAsQtStoresThem()
{
    const QVariantList values{
            QStringLiteral("key"),
            QVariant(),
            QVariant(QString()),
            QString(u""_qs),
            QStringLiteral("Zürich – 12,50 € \"quoted\""),
            true,
            false,
            -5,
            qint64(1) << 40,
            2.5,
            QByteArray("\x00\x01\xff", 3),
            QDateTime(QDate(2026, 11, 30), QTime(23, 59, 59, 123), Qt::UTC),
            QVariant::fromValue(4000000000U),
    };
    QSqlQuery qt(m_connection);
    QVERIFY(qt.prepare(QStringLiteral("INSERT INTO t (id, k, a, b, c, d, e, f, g, h, i, j, l, m) "
                                      "VALUES (1, ?, ?, ?, ?, ?, ?, "
                                      "?, ?, ?, ?, ?, ?, ?)")));
    for (qsizetype i = 0; i < values.size(); ++i)
        qt.bindValue(int(i), values.at(i));
    QVERIFY2(qt.exec(), qPrintable(qt.lastError().text()));

    SqliteStatement statement;
    QSqlError error = statement.prepare(
            m_connection,
            QStringLiteral("INSERT INTO t (id, k, a, b, c, d, e, f, g, h, i, j, l, m) VALUES (2, "
                           "? || '2', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QVERIFY2(!error.isValid(), qPrintable(error.text()));
    error = statement.run(values);
    QVERIFY2(!error.isValid(), qPrintable(error.text()));

    QStringList byQt = storedRow(1);
    byQt.first() = QStringLiteral("k=text:'key2'");
    QCOMPARE(storedRow(2), byQt);
    // Written out once by hand, so that both cannot agree on something wrong.
    QCOMPARE(byQt,
             (QStringList{u"k=text:'key2'"_qs, u"a=null:NULL"_qs, u"b=null:NULL"_qs,
                          u"c=text:''"_qs, u"d=text:'Zürich – 12,50 € \"quoted\"'"_qs,
                          u"e=integer:1"_qs, u"f=integer:0"_qs, u"g=integer:-5"_qs,
                          u"h=integer:1099511627776"_qs, u"i=real:2.5"_qs, u"j=blob:X'0001FF'"_qs,
                          u"l=text:'2026-11-30T23:59:59.123Z'"_qs, u"m=integer:4000000000"_qs}));
}

// A statement reuses its text buffers from row to row: a shorter text, text that is not ASCII,
// an empty one and ASCII again each arrive whole, with nothing of the row before.
void TestSqliteStatement::eachRowBindsItsOwnTexts()
{
    const QStringList texts{QStringLiteral("Backup storage, Frankfurt (per GB)"),
                            QStringLiteral("Disk"),
                            QStringLiteral("\u0394\u03AF\u03C3\u03BA\u03BF\u03C2 Stra\u00DFe"),
                            QStringLiteral("Zone"),
                            QString(u""_qs),
                            QStringLiteral("\U0001F4BE"),
                            QStringLiteral("ab")};
    SqliteStatement statement;
    QVERIFY(!statement.prepare(m_connection, QStringLiteral("INSERT INTO t (id, a) VALUES (?, ?)"))
                     .isValid());
    for (qsizetype i = 0; i < texts.size(); ++i)
        QVERIFY(!statement.run({int(i) + 10, texts.at(i)}).isValid());
    QSqlQuery query(m_connection);
    QVERIFY(query.exec(QStringLiteral("SELECT a, typeof(a) FROM t WHERE id >= 10 ORDER BY id")));
    QStringList stored;
    while (query.next()) {
        QCOMPARE(query.value(1).toString(), QStringLiteral("text"));
        stored.append(query.value(0).toString());
    }
    QCOMPARE(stored, texts);
}

void TestSqliteStatement::rowsTakePartInTheTransaction()
{
    SqliteStatement statement;
    QVERIFY(!statement.prepare(m_connection, QStringLiteral("INSERT INTO t (k) VALUES (?)"))
                     .isValid());
    QVERIFY(m_connection.transaction());
    QVERIFY(!statement.run({QStringLiteral("rolled back")}).isValid());
    QVERIFY(m_connection.rollback());
    QVERIFY(m_connection.transaction());
    QVERIFY(!statement.run({QStringLiteral("kept")}).isValid());
    QVERIFY(m_connection.commit()); // the statement was reset: nothing in progress holds it
    QSqlQuery query(m_connection);
    QVERIFY(query.exec(QStringLiteral("SELECT group_concat(k) FROM t")) && query.next());
    QCOMPARE(query.value(0).toString(), u"kept"_qs);
}

void TestSqliteStatement::aRefusedRowSaysWhy()
{
    SqliteStatement statement;
    QVERIFY(!statement.prepare(m_connection, QStringLiteral("INSERT INTO t (k) VALUES (?)"))
                     .isValid());
    QVERIFY(!statement.run({QStringLiteral("once")}).isValid());
    const QSqlError refused = statement.run({QStringLiteral("once")});
    QVERIFY(refused.isValid());
    QCOMPARE(refused.databaseText(), u"UNIQUE constraint failed: t.k"_qs);
    QCOMPARE(refused.nativeErrorCode(), u"2067"_qs); // SQLITE_CONSTRAINT_UNIQUE
    // The statement goes on after a refusal.
    QVERIFY(!statement.run({QStringLiteral("twice")}).isValid());

    const QSqlError wrong =
            statement.prepare(m_connection, QStringLiteral("INSERT INTO nowhere VALUES (1)"));
    QVERIFY(wrong.isValid());
    QCOMPARE(wrong.databaseText(), u"no such table: nowhere"_qs);
}

void TestSqliteStatement::aBatchNamesItsTableWhenARowIsRefused()
{
    auto db = csp::test::openTestDatabase(m_dir.filePath(QStringLiteral("batch/catalogue.sqlite")));
    QVERIFY(db);
    QVERIFY(QSqlQuery((*db)->connection())
                    .exec(QStringLiteral("CREATE TABLE pairs (k TEXT UNIQUE, v TEXT)")));
    BatchInsert batch(**db, QStringLiteral("pairs"), {QStringLiteral("k"), QStringLiteral("v")});
    QVERIFY(batch.add({QStringLiteral("a"), QStringLiteral("1")}));
    const Status refused = batch.add({QStringLiteral("a"), QStringLiteral("2")});
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.startsWith(
                     u"Database error while writing 1 rows into pairs: UNIQUE constraint failed: "
                     "pairs.k"_qs),
             qPrintable(refused.error().message));
}

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlitestatement.moc"
