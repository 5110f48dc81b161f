// The CSV reader (usage reports) on any text, and the writer against it: records written by
// csvRecord read back as the same fields, once made spreadsheet-safe.
#include "core/csv.h"
#include "fuzzinput.h"

using namespace csp;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto [choice, rest] = fuzz::select(data, size, 2);
    const QString text = QString::fromUtf8(rest);
    QString problem;
    if (choice == 1) {
        if (const auto table = parseCsvTable(text, &problem)) {
            for (const QStringList &row : table->rows)
                CSP_FUZZ_CHECK(row.size() == table->header.size(), row.join(u','));
        } else {
            CSP_FUZZ_CHECK(!problem.isEmpty(), text.left(80));
        }
        return 0;
    }
    const auto records = parseCsv(text, &problem);
    if (!records) {
        CSP_FUZZ_CHECK(!problem.isEmpty(), text.left(80));
        return 0;
    }
    QString written;
    QList<QStringList> expected;
    for (const QStringList &record : *records) {
        written += csvRecord(record);
        QStringList safe;
        for (const QString &field : record)
            safe.append(spreadsheetSafe(field));
        expected.append(safe);
    }
    const auto back = parseCsv(written, &problem);
    CSP_FUZZ_CHECK(back.has_value(), problem);
    // Empty lines are skipped on reading, so a record of one empty field does not come back.
    QList<QStringList> kept;
    for (const QStringList &record : expected)
        if (!(record.size() == 1 && record.first().isEmpty()))
            kept.append(record);
    CSP_FUZZ_CHECK(*back == kept, written.left(80));
    return 0;
}
