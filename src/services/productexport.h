#pragma once

#include "core/productrow.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace csp {

// The products as the command line and the window export them (CLI.md's columns and order),
// prices exact with at least the currency's minor units, in the C locale.
QStringList productColumns();
// A row's values in those columns; nullopt where the value is null.
QList<std::optional<QString>> productValues(const ProductRow &row);
// The order of every products export: by instance (ignoring case), then name, then id, so that
// the command line and the window write the same file for the same rows, whatever the view's
// sort or the database's collation.
void sortForExport(QList<ProductRow> &rows);
// A header and one record per row (RFC 4180, CRLF; empty where the value is null).
QString productsCsv(const QList<ProductRow> &rows);

} // namespace csp
