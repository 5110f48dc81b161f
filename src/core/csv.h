#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace csp {

// A text that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage
// return) gets a leading ' (OWASP's rule for CSV injection); a number, negative ones included,
// stays as it is.
QString spreadsheetSafe(const QString &field);

// One CSV record as RFC 4180 wants it: every field spreadsheet-safe; fields with a comma, quote,
// CR or LF, or that start with a byte order mark, are quoted, quotes doubled; records end with
// CRLF.
QString csvRecord(const QStringList &fields);

// A header record of `columns`, then one record per row of `rows` (each value in column
// order, as `values` gives it), a missing value as an empty field.
template<typename Row, typename Values>
QString csvTable(const QStringList &columns, const QList<Row> &rows, Values values)
{
    QString csv = csvRecord(columns);
    for (const Row &row : rows) {
        QStringList fields;
        for (const std::optional<QString> &value : values(row))
            fields.append(value.value_or(QString()));
        csv += csvRecord(fields);
    }
    return csv;
}

// Reads CSV as servers write it: RFC 4180 with CRLF or LF between records, quoted fields with
// commas, doubled quotes and line breaks, a UTF-8 byte order mark allowed. A quote left open, or
// a quote in the middle of an unquoted field, is an error naming the line; empty lines are
// skipped.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows; // each as long as the header
};
std::optional<QList<QStringList>> parseCsv(QStringView text, QString *problem = nullptr);
// As parseCsv, with the first record as the header; a row of another length is an error.
std::optional<CsvTable> parseCsvTable(QStringView text, QString *problem = nullptr);

} // namespace csp
