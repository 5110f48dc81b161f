#pragma once

#include "storage/database.h"
#include "storage/sqlitestatement.h"

#include <QByteArray>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>

namespace csp {

// Writes many rows: on PostgreSQL with one statement per batch, one round trip per batch instead
// of one per row, which is what a database server across a network needs: the batch's rows
// travel as one JSON document that the server turns into rows of the table's own types
// (json_populate_recordset), which it reads many times faster than thousands of bound literals.
// On SQLite, in the process, one prepared statement a row, reused for every row: its cost stays
// linear in the rows, where a multi-row statement's grows with the square of its placeholders.
class BatchWrite
{
    Q_DECLARE_TR_FUNCTIONS(BatchWrite)

public:
    virtual ~BatchWrite() = default;
    BatchWrite(const BatchWrite &) = delete;
    BatchWrite &operator=(const BatchWrite &) = delete;

    // Queues one row (a value per column); writes a batch when it is full.
    Status add(const QVariantList &row);
    // Writes what is queued.
    Status flush();

protected:
    BatchWrite(const Database &database, QString table, QStringList columns);

    // The statement for `rows` queued rows: on PostgreSQL with one placeholder for the JSON
    // document, on SQLite (a row) with one per value.
    virtual QString statement(qsizetype rows) const = 0;
    const Database &database() const { return m_database; }
    const QString &table() const { return m_table; }
    const QStringList &columns() const { return m_columns; }
    bool onServer() const { return m_database.dialect().isPostgresql(); }

private:
    Status write();
    Status execute(const QString &sql, const QVariantList &values, qsizetype rows);
    Status executeOnSqlite(const QVariantList &row);

    const Database &m_database;
    QString m_table;
    QStringList m_columns;
    qsizetype m_rows = 0;
    QVariantList m_values;            // SQLite
    QByteArray m_document;            // PostgreSQL: "[{...},{...}"
    std::optional<QSqlQuery> m_query; // PostgreSQL
    QString m_preparedSql;
    SqliteStatement m_sqlite; // the one-row statement of SQLite, prepared once
};

// INSERT INTO table (columns) ...; `suffix` follows the rows (an ON CONFLICT clause, say).
class BatchInsert final : public BatchWrite
{
public:
    BatchInsert(const Database &database, QString table, QStringList columns, QString suffix = {});

private:
    QString statement(qsizetype rows) const override;

    QString m_suffix;
};

// UPDATE table SET columns WHERE key = ... for each row; a row is the new values of `columns`
// followed by its key. `also` are further assignments, the same for every row ("version =
// products.version + 1": columns qualified with the table).
class BatchUpdate final : public BatchWrite
{
public:
    BatchUpdate(const Database &database, QString table, QStringList columns, QString key,
                QString also = {});

private:
    QString statement(qsizetype rows) const override;

    QString m_key;
    QString m_also;
};

} // namespace csp
