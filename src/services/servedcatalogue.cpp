#include "servedcatalogue.h"

#include <QCoreApplication>
#include <QHash>

namespace csp {

namespace {

QHash<QString, QString> applicationNamesOf(const QList<acronis::Application> &applications)
{
    QHash<QString, QString> names;
    for (const auto &application : applications)
        names.insert(application.id, application.name);
    return names;
}

QHash<QString, QString> infraNamesOf(const QList<acronis::Infra> &infras)
{
    QHash<QString, QString> names;
    for (const auto &infra : infras)
        names.insert(infra.id, infra.name);
    return names;
}

QString unmatchedPriceWarning(const ServedPriceEntry &entry,
                              const QHash<QString, QString> &applicationNames,
                              const QHash<QString, QString> &infraNames)
{
    const QString application = applicationNames.value(entry.applicationId, entry.applicationId);
    return entry.infraId.isEmpty()
            ? QCoreApplication::translate(
                      "csp::SyncJob",
                      "The price list prices \"%1\" of %2 at %3, which names no offering item or "
                      "usage of the catalogue; that price was not used.")
                      .arg(entry.name, application, entry.price.text())
            : QCoreApplication::translate(
                      "csp::SyncJob",
                      "The price list prices \"%1\" of %2 on the storage %3 at %4, which names no "
                      "offering item or usage of the catalogue; that price was not used.")
                      .arg(entry.name, application, infraNames.value(entry.infraId, entry.infraId),
                           entry.price.text());
}

} // namespace

Result<ServedCatalogue> servedCatalogue(const CatalogueReads &reads)
{
    const QHash<QString, QString> applicationNames = applicationNamesOf(reads.applications);
    const QHash<QString, QString> infraNames = infraNamesOf(reads.infras);
    QList<ServedPriceEntry> entries;
    for (const auto &item : reads.prices.value_or(QList<acronis::PriceItem>())) {
        const auto price = Decimal::parse(item.price);
        if (!price || price->isNegative())
            return Error{ErrorKind::Failed,
                         QCoreApplication::translate(
                                 "csp::SyncJob",
                                 "The server answered something unexpected: the price list gives "
                                 "\"%1\" as the price of %2, which is not a decimal of at least 0 "
                                 "with at most %3 decimal places.")
                                 .arg(item.price, item.name)
                                 .arg(Decimal::Scale)};
        entries.append({item.applicationId, item.name, item.infraId, *price});
    }
    QList<const acronis::OfferingItem *> enabled;
    QList<PricedItem> priced;
    enabled.reserve(reads.items.size());
    priced.reserve(reads.items.size());
    for (const auto &item : reads.items) {
        if (!item.enabled())
            continue; // not enabled for the distributor, so not for its service providers either
        enabled.append(&item);
        priced.append({item.applicationId, item.name, item.usageName, item.infraId});
    }
    PriceMatch match = matchPrices(priced, entries);
    // The price list carries no currency: the tenant's pricing settings say it.
    const QString currency = reads.pricing ? reads.pricing->currency : QString();
    ServedCatalogue served;
    served.products.reserve(enabled.size());
    for (qsizetype i = 0; i < enabled.size(); ++i) {
        const acronis::OfferingItem &item = *enabled.at(i);
        ServedProduct product;
        product.key = {item.applicationId, item.name, item.edition, item.infraId};
        product.applicationName = applicationNames.value(item.applicationId, item.applicationId);
        product.usageName = item.usageName;
        product.itemType = item.type;
        product.measurementUnit = item.measurementUnit;
        if (!item.infraId.isEmpty()) {
            const auto name = infraNames.constFind(item.infraId);
            if (name == infraNames.cend())
                served.unnamedStorages.append(i);
            product.infraName = name == infraNames.cend() ? item.infraId : *name;
        }
        product.price = match.prices.at(i);
        if (product.price)
            product.priceCurrency = currency;
        served.products.append(std::move(product));
    }
    served.unmatched = std::move(match.unmatched);
    served.repeated = std::move(match.repeated);
    return served;
}

QStringList priceWarnings(const ServedCatalogue &served, const CatalogueReads &reads)
{
    const QHash<QString, QString> applicationNames = applicationNamesOf(reads.applications);
    const QHash<QString, QString> infraNames = infraNamesOf(reads.infras);
    QStringList warnings;
    for (const ServedPriceEntry &entry : served.unmatched)
        warnings.append(unmatchedPriceWarning(entry, applicationNames, infraNames));
    for (const ServedPriceEntry &entry : served.repeated)
        warnings.append(QCoreApplication::translate(
                                "csp::SyncJob",
                                "The price list gives \"%1\" more than once; %2 was not used.")
                                .arg(entry.name, entry.price.text()));
    return warnings;
}

QList<ServedProduct> ServedCatalogue::onNamedStorages() const
{
    QList<ServedProduct> named;
    named.reserve(products.size() - unnamedStorages.size());
    qsizetype next = 0; // unnamedStorages is in ascending order
    for (qsizetype i = 0; i < products.size(); ++i) {
        if (next < unnamedStorages.size() && unnamedStorages.at(next) == i)
            ++next;
        else
            named.append(products.at(i));
    }
    return named;
}

QList<ServedProduct> ServedCatalogue::onUnnamedStorages() const
{
    QList<ServedProduct> unnamed;
    unnamed.reserve(unnamedStorages.size());
    for (const qsizetype index : unnamedStorages)
        unnamed.append(products.at(index));
    return unnamed;
}

void ServedCatalogue::nameStorages(const QList<acronis::Infra> &infras)
{
    const QHash<QString, QString> infraNames = infraNamesOf(infras);
    for (const qsizetype index : std::as_const(unnamedStorages)) {
        ServedProduct &product = products[index];
        product.infraName = infraNames.value(product.key.infraId, product.key.infraId);
    }
}

} // namespace csp
