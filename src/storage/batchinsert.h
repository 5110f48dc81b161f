#pragma once

#include "storage/database.h"

#include <QVariantList>

namespace csp {

// Inserts many rows into one table with multi-row INSERT statements: one round trip per batch
// of rows instead of one per row, which is what a database server across a network needs.
class BatchInsert
{
    Q_DECLARE_TR_FUNCTIONS(BatchInsert)

public:
    // `suffix` follows the VALUES list (an ON CONFLICT clause, say).
    BatchInsert(const Database &database, QString table, QStringList columns, QString suffix = {});

    // Queues one row (a value per column); writes a batch when it is full.
    Status add(const QVariantList &row);
    // Writes what is queued.
    Status flush();

private:
    Status write(qsizetype rows);

    const Database &m_database;
    QString m_table;
    QStringList m_columns;
    QString m_suffix;
    qsizetype m_batchRows;
    QVariantList m_values;
};

} // namespace csp
