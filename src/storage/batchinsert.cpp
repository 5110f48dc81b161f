#include "batchinsert.h"

#include <QSqlQuery>

namespace csp {

namespace {

// Below SQLite's 32766 bound parameters and PostgreSQL's 65535, and few enough rows that a
// statement stays small.
constexpr qsizetype maxParameters = 30000;
constexpr qsizetype maxRows = 500;

} // namespace

BatchInsert::BatchInsert(const Database &database, QString table, QStringList columns,
                         QString suffix)
    : m_database(database)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_suffix(std::move(suffix))
    , m_batchRows(std::clamp<qsizetype>(maxParameters / std::max<qsizetype>(1, m_columns.size()), 1,
                                        maxRows))
{ }

Status BatchInsert::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns.size());
    m_values.append(row);
    if (m_values.size() >= m_batchRows * m_columns.size())
        return flush();
    return success();
}

Status BatchInsert::flush()
{
    if (m_values.isEmpty())
        return success();
    return write(m_values.size() / m_columns.size());
}

Status BatchInsert::write(qsizetype rows)
{
    const QString placeholders =
            u'(' + QStringList(m_columns.size(), QStringLiteral("?")).join(u',') + u')';
    QString sql = QStringLiteral("INSERT INTO ") + m_table + QStringLiteral(" (") +
            m_columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES ");
    sql.reserve(sql.size() + rows * (placeholders.size() + 1) + m_suffix.size() + 1);
    for (qsizetype i = 0; i < rows; ++i) {
        if (i > 0)
            sql += u',';
        sql += placeholders;
    }
    if (!m_suffix.isEmpty())
        sql += u' ' + m_suffix;
    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    for (const QVariant &value : std::as_const(m_values))
        query.addBindValue(value);
    m_values.clear();
    if (!query.exec())
        return m_database.errorFrom(query, tr("writing %1 rows into %2").arg(rows).arg(m_table));
    return success();
}

} // namespace csp
