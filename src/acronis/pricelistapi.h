#pragma once

#include "apiclient.h"
#include "core/pricecheck.h"

#include <QCoreApplication>
#include <QDate>

namespace csp::acronis {

// Acronis' Pricelist API v1, beside the Account Management API on the same gateway.
namespace pricelist {

inline const QString BasePath = QStringLiteral("/api/price_sync/v1");
// The scope the document's security section names for reading price lists.
inline const QString ReaderScope =
        QStringLiteral("urn:acronis.com::service_plans_manager::price_list_reader");

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(PriceListApi)
};

// GET /effective_price_lists?tenant_id=&months=YYYY-MM: the tenant's effective price list of
// `month`; nullopt when Acronis lists none for it. A 403 says which scope the API client lacks and
// what the administrator can do; a 404 that the gateway does not offer the Pricelist API; both
// leave the error's httpStatus set.
void fetchEffectivePriceList(
        ApiClient &api, const QString &tenantId, QDate month,
        std::function<void(const Result<std::optional<MonthPriceList>> &)> done);

// The answer's price lists, read field by field; money and percentages exactly.
Result<QList<MonthPriceList>> parseEffectivePriceLists(const QJsonObject &object,
                                                       const QString &endpoint);

} // namespace pricelist
} // namespace csp::acronis
