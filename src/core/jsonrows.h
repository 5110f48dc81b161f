#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace csp {

// Writes a JSON array of flat objects whose values are strings or null, byte for byte as
// QJsonDocument::toJson(Indented) writes it (keys in QJsonObject's order), without building the
// document: 100,000 products take a tenth of the time and a fraction of the memory.
class JsonRowsWriter
{
public:
    explicit JsonRowsWriter(const QStringList &keys);

    // The values in the order of the keys given; nullopt is null.
    void append(const QList<std::optional<QString>> &values);
    // The whole array, with the trailing newline; the writer is empty afterwards.
    QByteArray take();

private:
    QList<qsizetype> m_order;     // positions of the values, in the order the keys are written
    QList<QByteArray> m_prefixes; // `        "key": ` for each written key
    QByteArray m_out;
    qsizetype m_rows = 0;
};

// Appends `text` as a JSON string (quoted, escaped as Qt's JSON writer escapes) to `out`.
void appendJsonString(QByteArray &out, QStringView text);

} // namespace csp
