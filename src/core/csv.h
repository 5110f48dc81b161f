#pragma once

#include <QString>
#include <QStringList>

namespace csp {

// One CSV record as RFC 4180 wants it: fields with a comma, quote, CR or LF are quoted, quotes
// doubled; records end with CRLF.
QString csvRecord(const QStringList &fields);

} // namespace csp
