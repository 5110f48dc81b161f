#pragma once

#include "core/csv.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace csp::test {

// Reads what the programs write, with the core's reader (tested on its own in tst_csv).
inline QList<QStringList> readCsv(const QString &text)
{
    return parseCsv(text).value_or(QList<QStringList>());
}

} // namespace csp::test
