#pragma once

#include "acronis/records.h"
#include "core/catalogue.h"
#include "core/pricematch.h"
#include "core/result.h"

#include <optional>

namespace csp {

// What a Get Services Definition reads from the gateway.
struct CatalogueReads
{
    QList<acronis::Application> applications;
    QList<acronis::OfferingItem> items;
    QList<acronis::Infra> infras;
    std::optional<QList<acronis::PriceItem>> prices;
    std::optional<acronis::TenantPricing> pricing; // the price list's currency
};

// What the reads serve: each enabled item priced by the price list's entry that names it, and
// the entries that price nothing.
struct ServedCatalogue
{
    QList<ServedProduct> products;
    QList<ServedPriceEntry> unmatched;
    QList<ServedPriceEntry> repeated;
    QList<qsizetype> unnamedStorages; // products on a storage the reads have not named (yet)

    // The products on the storages that are named, and those on the others.
    QList<ServedProduct> onNamedStorages() const;
    QList<ServedProduct> onUnnamedStorages() const;
    // Names the products of unnamedStorages after `infras` (an unknown one by its id).
    void nameStorages(const QList<acronis::Infra> &infras);
};

// A price that is not a decimal of at least 0 is an error that names it.
Result<ServedCatalogue> servedCatalogue(const CatalogueReads &reads);
// The price list's entries that priced nothing or were given twice, as warnings.
QStringList priceWarnings(const ServedCatalogue &served, const CatalogueReads &reads);

} // namespace csp
