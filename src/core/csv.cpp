#include "csv.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace csp {

QString spreadsheetSafe(const QString &field)
{
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    if (field.isEmpty())
        return field;
    const QChar first = field.front();
    const bool formulaStart = first == u'=' || first == u'+' || first == u'-' || first == u'@' ||
            first == u'\t' || first == u'\r';
    if (!formulaStart || number.match(field).hasMatch())
        return field;
    return u'\'' + field;
}

QString csvRecord(const QStringList &fields)
{
    QString record;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            record += u',';
        const QString field = spreadsheetSafe(fields.at(i));
        // A leading byte order mark is quoted too: unquoted at the start of a file, a reader
        // takes it for the file's own and drops it from the field.
        if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') ||
            field.contains(u'\r') || field.startsWith(QChar(0xfeff))) {
            QString quoted = field;
            quoted.replace(u'"', QStringLiteral("\"\""));
            record += u'"' + quoted + u'"';
        } else {
            record += field;
        }
    }
    return record + QStringLiteral("\r\n");
}

std::optional<QList<QStringList>> parseCsv(QStringView text, QString *problem)
{
    const auto fail = [problem](const QString &why) -> std::optional<QList<QStringList>> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (text.startsWith(QChar(0xfeff)))
        text = text.sliced(1);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool wasQuoted = false; // the field's closing quote has been read
    int line = 1;
    int quoteLine = 0; // where the open quote began
    const auto endRecord = [&] {
        record.append(std::exchange(field, {}));
        if (!(record.size() == 1 && record.first().isEmpty() && !wasQuoted))
            records.append(record);
        record.clear();
        wasQuoted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
                wasQuoted = true;
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u',') {
            record.append(std::exchange(field, {}));
            wasQuoted = false;
        } else if (c == u'\n' || (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')) {
            if (c == u'\r')
                ++i;
            endRecord();
            ++line;
        } else if (c == u'"') {
            if (!field.isEmpty() || wasQuoted)
                return fail(QCoreApplication::translate("Csv",
                                                        "line %1: a quote inside an unquoted field")
                                    .arg(line));
            quoted = true;
            quoteLine = line;
        } else {
            if (wasQuoted)
                return fail(QCoreApplication::translate(
                                    "Csv", "line %1: text after the closing quote of a field")
                                    .arg(line));
            field += c;
        }
    }
    if (quoted)
        return fail(QCoreApplication::translate("Csv", "line %1: a quoted field is never closed")
                            .arg(quoteLine));
    if (!field.isEmpty() || !record.isEmpty() || wasQuoted)
        endRecord();
    return records;
}

std::optional<CsvTable> parseCsvTable(QStringView text, QString *problem)
{
    auto records = parseCsv(text, problem);
    if (!records)
        return std::nullopt;
    CsvTable table;
    if (records->isEmpty())
        return table;
    table.header = records->takeFirst();
    for (qsizetype i = 0; i < records->size(); ++i) {
        if (records->at(i).size() != table.header.size()) {
            if (problem)
                *problem =
                        QCoreApplication::translate("Csv", "record %1 has %2 fields, the header %3")
                                .arg(i + 2)
                                .arg(records->at(i).size())
                                .arg(table.header.size());
            return std::nullopt;
        }
    }
    table.rows = std::move(records).value();
    return table;
}

} // namespace csp
