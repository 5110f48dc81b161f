#include "sqlitestatement.h"

#include <QDateTime>
#include <QSqlDriver>

#include <sqlite3.h>

namespace csp {

namespace {

// The text a QVariant holds, read in place: toString() copies it (two atomic counts a value).
const QString &heldText(const QVariant &value)
{
    Q_ASSERT(value.metaType().id() == QMetaType::QString);
    return *static_cast<const QString *>(value.constData());
}

} // namespace

bool isBoundNull(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.metaType().id()) {
    case QMetaType::QString:
        return heldText(value).isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    default:
        return false;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

QSqlError SqliteStatement::prepare(const QSqlDatabase &connection, const QString &sql)
{
    sqlite3_finalize(std::exchange(m_statement, nullptr));
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return QSqlError(tr("The catalogue is not open as a SQLite database."), {},
                         QSqlError::ConnectionError);
    m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    const int code = sqlite3_prepare16_v2(m_handle, sql.utf16(),
                                          int(sql.size() * qsizetype(sizeof(char16_t))),
                                          &m_statement, nullptr);
    return code == SQLITE_OK ? QSqlError() : lastError(code, tr("Cannot prepare the statement"));
}

QSqlError SqliteStatement::run(const QVariantList &values)
{
    Q_ASSERT(m_statement);
    sqlite3_reset(m_statement);
    m_texts.resize(values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (const int code = bind(int(i) + 1, values.at(i)); code != SQLITE_OK)
            return lastError(code, tr("Cannot bind its values"));
    }
    const int code = sqlite3_step(m_statement);
    // Reset at once: a statement left stepping would keep its transaction from committing.
    sqlite3_reset(m_statement);
    return code == SQLITE_DONE || code == SQLITE_ROW
            ? QSqlError()
            : lastError(code, tr("Cannot run the statement"));
}

int SqliteStatement::bind(int position, const QVariant &value)
{
    if (isBoundNull(value))
        return sqlite3_bind_null(m_statement, position);
    switch (value.metaType().id()) {
    case QMetaType::QString:
        return bindText(position, heldText(value));
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(m_statement, position, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(m_statement, position, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob(m_statement, position, bytes.constData(), int(bytes.size()),
                                 SQLITE_TRANSIENT);
    }
    case QMetaType::QDateTime:
        return bindText(position, value.toDateTime().toString(Qt::ISODateWithMs));
    default:
        return bindText(position, value.toString());
    }
}

int SqliteStatement::bindText(int position, const QString &text)
{
    // As UTF-8, the catalogue's encoding: text bound as UTF-16 is copied and converted again by
    // SQLite. The bytes stay in m_texts until the next row, so SQLite need not copy them.
    // ASCII, nearly all of a catalogue, is copied into the buffer of the row before.
    QByteArray &bytes = m_texts[position - 1];
    const auto *chars = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype size = text.size();
    bytes.resize(size);
    char *out = bytes.data();
    for (qsizetype i = 0; i < size; ++i) {
        if (chars[i] >= 0x80) {
            bytes = text.toUtf8();
            break;
        }
        out[i] = char(chars[i]);
    }
    return sqlite3_bind_text(m_statement, position, bytes.constData(), int(bytes.size()),
                             SQLITE_STATIC);
}

QSqlError SqliteStatement::lastError(int code, const QString &doing) const
{
    const QString message = m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle))
                                     : QString::fromUtf8(sqlite3_errstr(code));
    const int extended = m_handle ? sqlite3_extended_errcode(m_handle) : code;
    return QSqlError(doing, message, QSqlError::StatementError, QString::number(extended));
}

} // namespace csp
