// The usage readers: the batch of current counters, a stored report as it downloads (gzip or
// plain), and its CSV.
#include "acronis/usageapi.h"
#include "fuzzinput.h"

#include <QJsonDocument>

using namespace csp;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto [choice, rest] = fuzz::select(data, size, 3);
    const QString endpoint = QStringLiteral("GET /api/2/fuzz");
    Result<QList<UsageRecord>> records = Error{ErrorKind::Failed, endpoint};
    if (choice == 2)
        records = acronis::parseUsageReportCsv(rest, endpoint);
    else if (choice == 1)
        records = acronis::parseStoredReport(rest, endpoint);
    else
        records = acronis::parseUsagesBatch(QJsonDocument::fromJson(rest), endpoint);
    if (!records) {
        CSP_FUZZ_CHECK(!records.error().message.isEmpty(), QString());
        return 0;
    }
    // Every record comes from some of the bytes (a gzip file's unpacked ones): a reader that makes
    // up records loops or leaks.
    if (choice != 1)
        CSP_FUZZ_CHECK(records->size() <= rest.size(), QString::number(records->size()));
    return 0;
}
