#include "jsonrows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstring>
#include <numeric>

namespace csp {

namespace {

void appendEscapedAscii(QByteArray &out, char16_t unit)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '\\';
    switch (unit) {
    case u'"':
        out += '"';
        break;
    case u'\\':
        out += '\\';
        break;
    case u'\b':
        out += 'b';
        break;
    case u'\f':
        out += 'f';
        break;
    case u'\n':
        out += 'n';
        break;
    case u'\r':
        out += 'r';
        break;
    case u'\t':
        out += 't';
        break;
    default:
        out += "u00";
        out += hex[(unit >> 4) & 0xf];
        out += hex[unit & 0xf];
    }
}

// Makes room for `more` bytes after the end, doubling the capacity when it runs out: resize()
// alone grows a QByteArray only to the size asked for, which made every append copy it all.
void makeRoom(QByteArray &out, qsizetype more)
{
    if (out.capacity() - out.size() < more)
        out.reserve(std::max(out.capacity() * 2, out.size() + more));
}

void put(QByteArray &out, QByteArrayView bytes)
{
    makeRoom(out, bytes.size());
    const qsizetype at = out.size();
    out.resize(at + bytes.size());
    std::memcpy(out.data() + at, bytes.data(), size_t(bytes.size()));
}

} // namespace

void appendJsonString(QByteArray &out, QStringView text)
{
    // ASCII, nearly all of a catalogue, is copied unit by unit into room made once; any other
    // run of text is encoded by Qt.
    const qsizetype start = out.size();
    makeRoom(out, text.size() + 2);
    out.resize(start + text.size() + 2);
    char *write = out.data() + start;
    *write++ = '"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text[i].unicode();
        if (unit >= 0x20 && unit < 0x80 && unit != u'"' && unit != u'\\') {
            *write++ = char(unit);
            continue;
        }
        out.truncate(write - out.constData());
        qsizetype end = i;
        if (unit >= 0x80) {
            while (end < text.size() && text[end].unicode() >= 0x80)
                ++end;
            out += text.sliced(i, end - i).toUtf8();
            i = end - 1;
        } else {
            appendEscapedAscii(out, unit);
        }
        const qsizetype at = out.size();
        makeRoom(out, text.size() - i);
        out.resize(at + (text.size() - i - 1) + 1);
        write = out.data() + at;
    }
    *write++ = '"';
    out.truncate(write - out.constData());
}

JsonRowsWriter::JsonRowsWriter(const QStringList &keys)
{
    m_order.resize(keys.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    std::sort(m_order.begin(), m_order.end(),
              [&](qsizetype a, qsizetype b) { return keys[a] < keys[b]; });
    for (const qsizetype index : std::as_const(m_order)) {
        QByteArray prefix("        ");
        appendJsonString(prefix, keys[index]);
        prefix += ": ";
        m_prefixes.append(prefix);
    }
    m_out = "[\n";
}

JsonCell JsonCell::json(const QJsonValue &value)
{
    JsonCell cell;
    switch (value.type()) {
    case QJsonValue::Bool:
        cell.written = value.toBool() ? "true" : "false";
        break;
    case QJsonValue::String:
        appendJsonString(cell.written, value.toString());
        break;
    case QJsonValue::Object:
    case QJsonValue::Array: {
        // Qt's own writing, moved in by the two levels of a row inside the array.
        QByteArray document = value.isObject()
                ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)
                : QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
        document.chop(1); // the document's final newline
        cell.written = document.replace("\n", "\n        ");
        break;
    }
    default: // null; numbers are not written by this program's rows
        break;
    }
    return cell;
}

void JsonRowsWriter::write(const std::optional<QString> &value)
{
    if (value)
        appendJsonString(m_out, *value);
    else
        put(m_out, "null");
}

void JsonRowsWriter::write(const JsonCell &value)
{
    if (!value.written.isEmpty())
        put(m_out, value.written);
    else
        write(value.text);
}

template<typename Value>
void JsonRowsWriter::appendRow(const QList<Value> &values)
{
    put(m_out, m_rows++ == 0 ? QByteArrayView("    {\n") : QByteArrayView(",\n    {\n"));
    for (qsizetype k = 0; k < m_order.size(); ++k) {
        put(m_out, m_prefixes[k]);
        const qsizetype at = m_order[k];
        if (at < values.size())
            write(values[at]);
        else
            put(m_out, "null");
        put(m_out, k + 1 < m_order.size() ? QByteArrayView(",\n") : QByteArrayView("\n"));
    }
    put(m_out, "    }");
}

void JsonRowsWriter::append(const QList<std::optional<QString>> &values)
{
    appendRow(values);
}

void JsonRowsWriter::append(const QList<JsonCell> &values)
{
    appendRow(values);
}

QByteArray JsonRowsWriter::take()
{
    QByteArray whole = std::move(m_out);
    whole += m_rows > 0 ? "\n]\n" : "]\n";
    m_out = "[\n";
    m_rows = 0;
    return whole;
}

} // namespace csp
