#pragma once

#include "core/catalogue.h"
#include "core/decimal.h"

#include <optional>

namespace csp {

// A product's sell price from `effectiveFrom` on, until a later entry replaces it.
struct PriceEntry
{
    QString productId;
    std::optional<Decimal> sellPrice; // nullopt: no price from then on
    QString currency;
    PriceSource source = PriceSource::None;
    QString runId; // the sync that applied it; empty for a price set by hand
    QString effectiveFrom;
};

// A succeeded Get Services Definition run, as the price list it applied.
struct PriceListRun
{
    QString runId;
    QString finishedAt;
};

// One discount from `effectiveFrom` on: the instance's own (scope "instance"), or an override
// for an application or offering item (scope key: its id or name).
struct DiscountEntry
{
    QString scope = QStringLiteral("instance");
    QString scopeKey;
    std::optional<Decimal> percent; // nullopt: an override cleared from then on
    QString effectiveFrom;
};

} // namespace csp
