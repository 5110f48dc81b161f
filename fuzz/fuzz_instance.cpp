// The Applications Setup rules on any text: every field check, and a whole instance built from
// the input's NUL-separated fields. A value a check accepts is accepted again as it normalised it.
#include "core/instancerules.h"
#include "fuzzinput.h"

using namespace csp;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = fuzz::bytesOf(data, size).split('\0');
    const auto field = [&parts](int i) {
        return QString::fromUtf8(parts.value(i));
    };

    const auto gateway = InstanceRules::checkGateway(field(0));
    if (gateway.ok()) {
        const auto again = InstanceRules::checkGateway(*gateway.value);
        CSP_FUZZ_CHECK(again.ok() && again.value == gateway.value, *gateway.value);
    } else {
        CSP_FUZZ_CHECK(!gateway.error.isEmpty(), field(0));
    }
    const auto name = InstanceRules::checkSystemName(field(1));
    if (name.ok())
        CSP_FUZZ_CHECK(InstanceRules::checkSystemName(*name.value).ok(), *name.value);
    InstanceRules::checkClientId(field(2));
    InstanceRules::checkClientSecret(field(3));
    InstanceRules::checkCurrency(field(5));
    InstanceRules::checkNamePolicy(field(6));

    InstanceChanges changes;
    changes.systemName = field(1);
    changes.gateway = field(0);
    changes.clientId = field(2);
    changes.discount = field(4);
    changes.currency = field(5);
    changes.namePolicy = field(6);
    Instance instance;
    const ValidationReport report = applyChanges(instance, changes, true);
    if (report.ok()) {
        CSP_FUZZ_CHECK(InstanceRules::checkGateway(instance.gateway).ok(), instance.gateway);
        CSP_FUZZ_CHECK(InstanceRules::checkSystemName(instance.systemName).ok(),
                       instance.systemName);
    }
    return 0;
}
