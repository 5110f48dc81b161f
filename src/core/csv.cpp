#include "csv.h"

namespace csp {

QString csvRecord(const QStringList &fields)
{
    QString record;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            record += u',';
        const QString &field = fields.at(i);
        if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') ||
            field.contains(u'\r')) {
            QString quoted = field;
            quoted.replace(u'"', QStringLiteral("\"\""));
            record += u'"' + quoted + u'"';
        } else {
            record += field;
        }
    }
    return record + QStringLiteral("\r\n");
}

} // namespace csp
