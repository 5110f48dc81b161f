#include "batchinsert.h"

#include <QSqlQuery>

namespace csp {

namespace {

// A PostgreSQL batch: large enough that 20,000 rows take a handful of round trips, small
// enough that the document stays a few megabytes.
constexpr qsizetype maxServerRows = 5000;
constexpr qsizetype maxServerBytes = qsizetype(4) * 1024 * 1024;

// Appends `value` as a JSON value: written by hand, as building a QJsonObject per row cost
// more than the rest of the batch on this side.
void appendJson(QByteArray &out, const QVariant &value)
{
    if (isBoundNull(value)) {
        out += "null";
        return;
    }
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        out += QByteArray::number(value.toLongLong());
        return;
    default:
        break;
    }
    out += '"';
    for (const char c : value.toString().toUtf8()) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static constexpr char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[(c >> 4) & 0xf];
                out += hex[c & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

QString placeholders(qsizetype count)
{
    return u'(' + QStringList(count, QStringLiteral("?")).join(u',') + u')';
}

} // namespace

BatchWrite::BatchWrite(const Database &database, QString table, QStringList columns)
    : m_database(database)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
{ }

Status BatchWrite::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns.size());
    ++m_rows;
    if (onServer()) {
        m_document += m_document.isEmpty() ? "[{" : ",{";
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                m_document += ',';
            m_document += '"' + m_columns.at(i).toLatin1() + "\":";
            appendJson(m_document, row.at(i));
        }
        m_document += '}';
        if (m_rows >= maxServerRows || m_document.size() >= maxServerBytes)
            return write();
        return success();
    }
    m_values = row;
    return write(); // a row a statement (the class comment says why)
}

Status BatchWrite::flush()
{
    return m_rows == 0 ? success() : write();
}

Status BatchWrite::write()
{
    const qsizetype rows = std::exchange(m_rows, 0);
    if (onServer()) {
        m_document += ']';
        const QString document = QString::fromUtf8(std::exchange(m_document, {}));
        return execute(statement(rows), {document}, rows);
    }
    return executeOnSqlite(std::exchange(m_values, {}));
}

Status BatchWrite::execute(const QString &sql, const QVariantList &values, qsizetype rows)
{
    const QString doing = tr("writing %1 rows into %2").arg(rows).arg(m_table);
    if (!m_query || m_preparedSql != sql) {
        m_query.emplace(m_database.connection());
        m_preparedSql = sql;
        if (!m_query->prepare(sql))
            return m_database.errorFrom(*m_query, doing);
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        m_query->bindValue(int(i), values.at(i));
    if (!m_query->exec())
        return m_database.errorFrom(*m_query, doing);
    return success();
}

Status BatchWrite::executeOnSqlite(const QVariantList &row)
{
    // Prepared once and reused for every row: preparing per row would cost more than the write.
    QSqlError error;
    if (!m_sqlite.isPrepared())
        error = m_sqlite.prepare(m_database.connection(), statement(1));
    if (!error.isValid())
        error = m_sqlite.run(row);
    if (error.isValid())
        return m_database.errorFrom(error, tr("writing %1 rows into %2").arg(1).arg(m_table));
    return success();
}

BatchInsert::BatchInsert(const Database &database, QString table, QStringList columns,
                         QString suffix)
    : BatchWrite(database, std::move(table), std::move(columns))
    , m_suffix(std::move(suffix))
{ }

QString BatchInsert::statement(qsizetype rows) const
{
    const QString names = columns().join(QStringLiteral(", "));
    QString sql = QStringLiteral("INSERT INTO ") + table() + QStringLiteral(" (") + names +
            QStringLiteral(") ");
    if (onServer()) {
        sql += QStringLiteral("SELECT ") + names +
                QStringLiteral(" FROM json_populate_recordset(NULL::") + table() +
                QStringLiteral(", ?)");
    } else {
        const QString row = placeholders(columns().size());
        sql += QStringLiteral("VALUES ");
        sql.reserve(sql.size() + rows * (row.size() + 1) + m_suffix.size() + 1);
        for (qsizetype i = 0; i < rows; ++i) {
            if (i > 0)
                sql += u',';
            sql += row;
        }
    }
    if (!m_suffix.isEmpty())
        sql += u' ' + m_suffix;
    return sql;
}

BatchUpdate::BatchUpdate(const Database &database, QString table, QStringList columns, QString key,
                         QString also)
    : BatchWrite(database, std::move(table), columns << key)
    , m_key(std::move(key))
    , m_also(std::move(also))
{ }

QString BatchUpdate::statement(qsizetype) const
{
    QStringList assignments;
    const QStringList &names = columns();
    for (qsizetype i = 0; i + 1 < names.size(); ++i)
        assignments.append(
                names.at(i) +
                (onServer() ? QStringLiteral(" = v.") + names.at(i) : QStringLiteral(" = ?")));
    if (!m_also.isEmpty())
        assignments.append(m_also);
    QString sql = QStringLiteral("UPDATE ") + table() + QStringLiteral(" SET ") +
            assignments.join(QStringLiteral(", "));
    if (onServer())
        return sql + QStringLiteral(" FROM json_populate_recordset(NULL::") + table() +
                QStringLiteral(", ?) v WHERE ") + table() + u'.' + m_key + QStringLiteral(" = v.") +
                m_key;
    return sql + QStringLiteral(" WHERE ") + m_key + QStringLiteral(" = ?");
}

} // namespace csp
