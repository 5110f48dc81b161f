// Each parser of a gateway record (src/acronis/records.h), and the error-body reader, on
// whatever JSON a gateway or a proxy might send. A parser either gives a record or an error that
// names the endpoint; it never crashes.
#include "acronis/apiclient.h"
#include "acronis/records.h"
#include "fuzzinput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace csp;
using namespace csp::acronis;

namespace {

const QString endpoint = QStringLiteral("GET /api/2/fuzz");

template<typename Record>
void checkOutcome(const Result<Record> &result)
{
    if (!result)
        CSP_FUZZ_CHECK(result.error().message.contains(endpoint), result.error().message);
}

QJsonArray itemsOf(const QJsonDocument &document)
{
    return document.isArray() ? document.array()
                              : document.object().value(QStringLiteral("items")).toArray();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto [choice, rest] = fuzz::select(data, size, 10);
    if (choice == 9) {
        int serviceCode = 0;
        const QString message = describeErrorBody(rest, &serviceCode);
        CSP_FUZZ_CHECK(message.size() < 4096, message.left(100));
        return 0;
    }
    const QJsonDocument document = QJsonDocument::fromJson(rest);
    const QJsonObject object = document.object();
    const QString path = QStringLiteral("items[0]");
    switch (choice) {
    case 0:
        checkOutcome(parseToken(object, endpoint, QDateTime::fromSecsSinceEpoch(1'700'000'000)));
        break;
    case 1:
        checkOutcome(parseClientInfo(object, endpoint));
        break;
    case 2:
        checkOutcome(parseTenant(object, endpoint));
        break;
    case 3:
        checkOutcome(parseTenantInList(object, endpoint, path));
        break;
    case 4:
        checkOutcome(parseUser(object, endpoint));
        break;
    case 5:
        checkOutcome(parseList<Application>(itemsOf(document), endpoint, parseApplication));
        break;
    case 6:
        checkOutcome(parseList<OfferingItem>(itemsOf(document), endpoint, parseOfferingItem));
        break;
    case 7:
        checkOutcome(parseList<Infra>(itemsOf(document), endpoint, parseInfra));
        break;
    default:
        checkOutcome(parseList<PriceItem>(itemsOf(document), endpoint, parsePriceItem));
        break;
    }
    return 0;
}
