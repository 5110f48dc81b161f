#pragma once

#include "core/pricecheck.h"
#include "core/result.h"
#include "database.h"

#include <memory>
#include <optional>

namespace csp {

// The last price check of each instance, one row each, replaced by the next check.
class PriceCheckRepository
{
    Q_DECLARE_TR_FUNCTIONS(PriceCheckRepository)

public:
    explicit PriceCheckRepository(std::shared_ptr<Database> database);

    Result<std::optional<PriceCheckSummary>> last(const QString &instanceId) const;
    Status record(const QString &instanceId, const PriceCheckSummary &outcome);

private:
    std::shared_ptr<Database> m_database;
};

} // namespace csp
