// The usage readers: the batch of current counters, a closed month's report as JSON, and the
// same report as CSV (what the gateway's report download gives).
#include "acronis/usageapi.h"
#include "fuzzinput.h"

#include <QJsonDocument>

using namespace csp;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto [choice, rest] = fuzz::select(data, size, 3);
    const QString endpoint = QStringLiteral("GET /api/2/fuzz");
    Result<QList<UsageRecord>> records = Error{ErrorKind::Failed, endpoint};
    if (choice == 2) {
        records = acronis::parseUsageReportCsv(rest, endpoint);
    } else {
        const QJsonDocument document = QJsonDocument::fromJson(rest);
        records = choice == 0 ? acronis::parseUsagesBatch(document, endpoint)
                              : acronis::parseUsageReport(document, endpoint);
    }
    if (!records) {
        CSP_FUZZ_CHECK(!records.error().message.isEmpty(), QString());
        return 0;
    }
    // Every record comes from some of the bytes: a reader that makes up records loops or leaks.
    CSP_FUZZ_CHECK(records->size() <= rest.size(), QString::number(records->size()));
    return 0;
}
