#include "catalogue.h"
#include "currency.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <iterator>
#include <tuple>
#include <vector>

namespace csp {

size_t qHash(const ProductKey &key, size_t seed)
{
    return qHashMulti(seed, key.applicationId, key.offeringItem, key.edition, key.infraId);
}

QString priceSourceKey(PriceSource source)
{
    switch (source) {
    case PriceSource::Served:
        return QStringLiteral("served");
    case PriceSource::Manual:
        return QStringLiteral("manual");
    case PriceSource::None:
        break;
    }
    return {};
}

PriceSource priceSourceFromKey(QStringView key)
{
    if (key == u"served")
        return PriceSource::Served;
    if (key == u"manual")
        return PriceSource::Manual;
    return PriceSource::None;
}

QString changeKindKey(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return QStringLiteral("added");
    case ChangeKind::Renamed:
        return QStringLiteral("renamed");
    case ChangeKind::Updated:
        return QStringLiteral("updated");
    case ChangeKind::Retired:
        return QStringLiteral("retired");
    case ChangeKind::Unchanged:
        break;
    }
    return QStringLiteral("unchanged");
}

ChangeKind changeKindFromKey(QStringView key)
{
    for (const ChangeKind kind :
         {ChangeKind::Added, ChangeKind::Renamed, ChangeKind::Updated, ChangeKind::Retired}) {
        if (key == changeKindKey(kind))
            return kind;
    }
    return ChangeKind::Unchanged;
}

QString editionLabel(const QString &edition)
{
    static const QHash<QString, QString> labels = {
            {QStringLiteral("pck_per_workload"), QStringLiteral("Per Workload")},
            {QStringLiteral("pck_per_gigabyte"), QStringLiteral("Per Gigabyte")},
            {QStringLiteral("fss_per_user"), QStringLiteral("Per User")},
            {QStringLiteral("fss_per_gigabyte"), QStringLiteral("Per Gigabyte")},
            {QStringLiteral("fss_legacy"), QStringLiteral("Legacy")},
            {QStringLiteral("standard"), QStringLiteral("Standard")},
            {QStringLiteral("advanced"), QStringLiteral("Advanced")},
            {QStringLiteral("disaster_recovery"), QStringLiteral("Disaster Recovery")},
    };
    if (edition.isEmpty())
        return {};
    if (const auto it = labels.constFind(edition); it != labels.constEnd())
        return *it;
    QString label = edition;
    label.replace(u'_', u' ');
    label[0] = label[0].toUpper();
    return label;
}

namespace {

QString itemLabel(const QString &offeringItem, const QString &usageName)
{
    static const QHash<QString, QString> labels = {
            {QStringLiteral("workstations"), QStringLiteral("Workstations")},
            {QStringLiteral("servers"), QStringLiteral("Servers")},
            {QStringLiteral("vms"), QStringLiteral("Virtual machines")},
            {QStringLiteral("mobiles"), QStringLiteral("Mobile devices")},
            {QStringLiteral("mailboxes"), QStringLiteral("Microsoft 365 seats")},
            {QStringLiteral("o365_mailboxes"), QStringLiteral("Microsoft 365 mailboxes")},
            {QStringLiteral("o365_onedrive"), QStringLiteral("Microsoft 365 OneDrive")},
            {QStringLiteral("o365_sharepoint_sites"),
             QStringLiteral("Microsoft 365 SharePoint sites")},
            {QStringLiteral("o365_teams"), QStringLiteral("Microsoft 365 Teams")},
            {QStringLiteral("gsuite_seats"), QStringLiteral("Google Workspace seats")},
            {QStringLiteral("websites"), QStringLiteral("Websites")},
            {QStringLiteral("web_hosting_servers"), QStringLiteral("Web hosting servers")},
            {QStringLiteral("nas"), QStringLiteral("NAS")},
            {QStringLiteral("storage"), QStringLiteral("Cloud storage")},
            {QStringLiteral("local_storage"), QStringLiteral("Local storage")},
            {QStringLiteral("dr_base"), QStringLiteral("Disaster Recovery")},
            {QStringLiteral("dr_storage"), QStringLiteral("Disaster recovery storage")},
            {QStringLiteral("compute_points"), QStringLiteral("Compute points")},
            {QStringLiteral("dr_cloud_servers"), QStringLiteral("Cloud servers")},
            {QStringLiteral("fc_seats"), QStringLiteral("Users")},
            {QStringLiteral("fc_storage"), QStringLiteral("Storage")},
            {QStringLiteral("pack_adv_security"), QStringLiteral("Advanced Security")},
            {QStringLiteral("pack_adv_management"), QStringLiteral("Advanced Management")},
            {QStringLiteral("pack_adv_email_security_mailboxes"),
             QStringLiteral("Advanced Email Security")},
            {QStringLiteral("pack_adv_dlp"), QStringLiteral("Advanced Data Loss Prevention")},
    };
    const QString usage = usageName.isEmpty() ? offeringItem : usageName;
    if (const auto it = labels.constFind(usage); it != labels.constEnd())
        return *it;
    QString label = usage;
    label.replace(u'_', u' ');
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

} // namespace

QString deriveProductName(const QString &applicationName, const QString &edition,
                          const QString &offeringItem, const QString &usageName,
                          const QString &infraName)
{
    QString name = applicationName;
    if (const QString label = editionLabel(edition); !label.isEmpty())
        name += u' ' + label;
    name += QStringLiteral(" \u2013 ") + itemLabel(offeringItem, usageName);
    if (!infraName.isEmpty())
        name += QStringLiteral(" (") + infraName + u')';
    return name;
}

namespace {

// Text that is all ASCII folds to its lower case, A to Z only; Qt's fold looks every character
// up in the Unicode tables, which was a tenth of a first sync's write and of its sorted list.
QString foldedCase(QString text)
{
    const auto *chars = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype size = text.size();
    qsizetype firstUpper = -1;
    for (qsizetype i = 0; i < size; ++i) {
        if (chars[i] >= 0x80)
            return std::move(text).toCaseFolded();
        if (firstUpper < 0 && chars[i] >= u'A' && chars[i] <= u'Z')
            firstUpper = i;
    }
    if (firstUpper < 0)
        return text; // shared, not copied
    char16_t *folded = reinterpret_cast<char16_t *>(text.data());
    for (qsizetype i = firstUpper; i < size; ++i) {
        if (folded[i] >= u'A' && folded[i] <= u'Z')
            folded[i] = char16_t(folded[i] + (u'a' - u'A'));
    }
    return text;
}

} // namespace

QString productNameKey(const QString &name)
{
    return foldedCase(name);
}

QString productSearchKey(const QString &name, const QString &acronisName,
                         const QString &offeringItem, const QString &infraName)
{
    QString key;
    key.reserve(name.size() + acronisName.size() + offeringItem.size() + infraName.size() + 3);
    key.append(name).append(u'\n').append(acronisName).append(u'\n').append(offeringItem);
    key.append(u'\n').append(infraName);
    return foldedCase(std::move(key));
}

QString productSearchQuery(const QString &typed)
{
    return foldedCase(typed);
}

QString soldUnitLabel(const QString &measurementUnit)
{
    if (measurementUnit == u"bytes")
        return QCoreApplication::translate("Catalogue", "GB");
    if (measurementUnit == u"seconds")
        return QCoreApplication::translate("Catalogue", "hours");
    if (measurementUnit == u"quantity")
        return QCoreApplication::translate("Catalogue", "items");
    return QStringLiteral("\u2014");
}

namespace {

// The unit's word for `count` of it; "" for a feature, which has no unit.
QString unitWord(const QString &measurementUnit, int count)
{
    if (measurementUnit == u"bytes")
        return QCoreApplication::translate("Catalogue", "GB");
    if (measurementUnit == u"seconds")
        return QCoreApplication::translate("Catalogue", "hour(s)", nullptr, count);
    if (measurementUnit == u"quantity")
        return QCoreApplication::translate("Catalogue", "item(s)", nullptr, count);
    return {};
}

} // namespace

QString quantityWithUnit(Decimal quantity, const QString &measurementUnit, const QLocale &locale)
{
    // Plural rules count whole things; a fraction ("1.5 hours") takes the form of many in
    // English, German and Greek, which is the form of 2.
    const bool one = quantity == Decimal::fromInteger(1);
    const QString word = unitWord(measurementUnit, one ? 1 : 2);
    const QString figure = quantity.localeText(locale);
    return word.isEmpty() ? figure : figure + QChar(0x00a0) + word;
}

QString unitOfOne(const QString &measurementUnit)
{
    return unitWord(measurementUnit, 1);
}

bool ProductChange::priceChanged() const
{
    if (kind == ChangeKind::Added)
        return product.sellPrice.has_value();
    return fields.contains(u"price") || fields.contains(u"currency") ||
            fields.contains(u"price_source");
}

int CatalogueDiff::count(ChangeKind kind) const
{
    return int(std::count_if(changes.begin(), changes.end(),
                             [kind](const ProductChange &change) { return change.kind == kind; }));
}

QList<const ProductChange *> CatalogueDiff::changesToReview() const
{
    // Each name is case-folded once, not at every comparison, and the sort moves pointers, not
    // whole changes: a first sync of 20,000 products spent a fifth of its time in this sort.
    struct Entry
    {
        int kind;
        QString nameKey;
        const ProductChange *change;
        auto order() const
        {
            return std::tie(kind, nameKey, change->product.key.offeringItem,
                            change->product.key.infraId);
        }
    };
    std::vector<Entry> entries;
    entries.reserve(size_t(changes.size()));
    for (const ProductChange &change : changes) {
        if (change.kind != ChangeKind::Unchanged)
            entries.push_back({int(change.kind), productNameKey(change.product.name), &change});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.order() < b.order(); });
    QList<const ProductChange *> shown;
    shown.reserve(qsizetype(entries.size()));
    for (const Entry &entry : entries)
        shown.append(entry.change);
    return shown;
}

bool CatalogueDiff::hasChanges() const
{
    return std::any_of(changes.begin(), changes.end(), [](const ProductChange &change) {
        return change.kind != ChangeKind::Unchanged;
    });
}

namespace {

Product newProduct(const ServedProduct &served, const Instance &instance, const QString &now)
{
    Product product;
    product.id = newUuid();
    product.instanceId = instance.id;
    product.key = served.key;
    product.firstSeenAt = now;
    return product;
}

// Brings `product` to what is served; returns the names of the fields that changed, and the
// price before in `oldPrice` when it changed.
QStringList refresh(Product &product, const ServedProduct &served, const Instance &instance,
                    std::optional<Decimal> &oldPrice)
{
    QStringList changed;
    const auto set = [&changed](auto &field, const auto &value, const char *name) {
        if (field != value) {
            field = value;
            changed.append(QLatin1String(name));
        }
    };
    set(product.applicationName, served.applicationName, "application");
    set(product.usageName, served.usageName, "usage_name");
    set(product.itemType, served.itemType, "type");
    set(product.measurementUnit, served.measurementUnit, "measurement_unit");
    set(product.infraName, served.infraName, "storage");
    set(product.acronisName,
        deriveProductName(served.applicationName, served.key.edition, served.key.offeringItem,
                          served.usageName, served.infraName),
        "acronis_name");
    const auto setPrice = [&](const std::optional<Decimal> &price) {
        // "0.041" and "0.0410" are the same amount but not the same text, and the text is
        // what every output shows.
        const bool same = product.sellPrice.has_value() == price.has_value() &&
                (!price || product.sellPrice->isIdenticalTo(*price));
        if (same)
            return;
        oldPrice = product.sellPrice;
        product.sellPrice = price;
        changed.append(QStringLiteral("price"));
    };
    if (served.price) {
        setPrice(served.price);
        set(product.priceCurrency, priceCurrency(served.priceCurrency, instance.primaryCurrency),
            "currency");
        set(product.priceSource, PriceSource::Served, "price_source");
    } else if (product.priceSource == PriceSource::Served) {
        // The gateway stopped serving this price: no price is better than a stale one.
        setPrice(std::nullopt);
        set(product.priceCurrency, QString(), "currency");
        set(product.priceSource, PriceSource::None, "price_source");
    }
    set(product.retired, false, "status");
    return changed;
}

} // namespace

CatalogueComparison::CatalogueComparison(const QList<Product> &stored, const Instance &instance,
                                         QString now)
    : m_stored(stored)
    , m_instance(instance)
    , m_now(std::move(now))
{
    m_byKey.reserve(stored.size());
    for (const Product &product : stored)
        m_byKey.insert(product.key, &product);
    m_seen.reserve(stored.size());
}

CatalogueDiff CatalogueComparison::compare(const QList<ServedProduct> &served)
{
    return compare(std::span(served.constData(), size_t(served.size())));
}

CatalogueDiff CatalogueComparison::compare(std::span<const ServedProduct> served)
{
    CatalogueDiff diff;
    diff.changes.reserve(qsizetype(served.size()));
    for (const ServedProduct &item : served) {
        if (m_seen.contains(item.key))
            continue; // the same item twice in one answer counts once
        m_seen.insert(item.key);
        if (item.price && !item.priceCurrency.isEmpty() &&
            item.priceCurrency != m_instance.primaryCurrency)
            m_foreignCurrencies.insert(item.priceCurrency);
        const Product *existing = m_byKey.value(item.key);
        ProductChange change;
        change.product = existing ? *existing : newProduct(item, m_instance, m_now);
        const QStringList fields = refresh(change.product, item, m_instance, change.oldPrice);
        if (!existing) {
            change.kind = ChangeKind::Added;
            change.product.name = change.product.acronisName;
        } else {
            const bool rename = m_instance.namePolicy == NamePolicy::Update &&
                    change.product.name != change.product.acronisName;
            if (rename) {
                change.oldName = change.product.name;
                change.product.name = change.product.acronisName;
                change.kind = ChangeKind::Renamed;
            } else if (!fields.isEmpty()) {
                change.kind = ChangeKind::Updated;
            }
            change.fields = fields;
        }
        if (change.kind != ChangeKind::Unchanged)
            change.product.changedAt = m_now;
        diff.changes.append(std::move(change));
    }
    return diff;
}

CatalogueDiff CatalogueComparison::finish()
{
    CatalogueDiff diff;
    for (const Product &product : m_stored) {
        if (m_seen.contains(product.key))
            continue;
        ProductChange change;
        change.product = product;
        if (!product.retired) {
            change.kind = ChangeKind::Retired;
            change.product.retired = true;
            change.product.changedAt = m_now;
            change.fields = {QStringLiteral("status")};
        }
        diff.changes.append(std::move(change));
    }
    QStringList currencies(m_foreignCurrencies.begin(), m_foreignCurrencies.end());
    currencies.sort();
    for (const QString &currency : currencies)
        diff.warnings.append(
                QCoreApplication::translate(
                        "Catalogue",
                        "The gateway serves prices in %1, but the primary currency of "
                        "\"%2\" is %3; those prices were kept in %1, not converted.")
                        .arg(currency, m_instance.systemName, m_instance.primaryCurrency));
    return diff;
}

void CatalogueDiff::append(CatalogueDiff &&more)
{
    changes.append(std::move(more.changes));
    warnings.append(std::move(more.warnings));
}

CatalogueDiff diffCatalogue(const QList<Product> &stored, const QList<ServedProduct> &served,
                            const Instance &instance, const QString &now)
{
    CatalogueComparison comparison(stored, instance, now);
    CatalogueDiff diff = comparison.compare(served);
    diff.append(comparison.finish());
    return diff;
}

} // namespace csp
