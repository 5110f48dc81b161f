#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace csp {

// Whether a bound value is SQL NULL, as Qt's drivers read it: an invalid variant, or a null
// string or byte array (both engines' batches write it so).
bool isBoundNull(const QVariant &value);

// One prepared statement on a SQLite catalogue connection, bound and run through SQLite's own
// interface on the connection's handle (QSqlDriver::handle()), so it takes part in the
// connection's transaction. Qt's QSqlQuery made a placeholder name with QString::arg and a hash
// entry for every value bound, which cost a first sync of 20,000 products more than SQLite's
// own work; a row of a batch only needs its values in order.
class SqliteStatement
{
    Q_DECLARE_TR_FUNCTIONS(SqliteStatement)

public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Prepares `sql` on `connection`, which must be an open SQLite connection; the error (an
    // invalid QSqlError when none) carries SQLite's code and message, as Qt's driver gives them.
    QSqlError prepare(const QSqlDatabase &connection, const QString &sql);
    bool isPrepared() const { return m_statement != nullptr; }
    // Binds `values`, one per placeholder in order, as Qt's SQLite driver would bind them, and
    // runs the statement once.
    QSqlError run(const QVariantList &values);

private:
    QSqlError lastError(int code, const QString &doing) const;
    int bind(int position, const QVariant &value);
    int bindText(int position, const QString &text);

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QList<QByteArray> m_texts; // the text of each placeholder, as bound
};

} // namespace csp
