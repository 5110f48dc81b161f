#include "configurationservice.h"

#include "core/timetext.h"
#include "storage/database.h"

#include "core/audit.h"
#include "core/instancerules.h"
#include "core/jsonfields.h"
#include "core/money.h"
#include "storage/auditrepository.h"
#include "storage/contractrepository.h"
#include "storage/instancerepository.h"
#include "storage/pricehistoryrepository.h"
#include "storage/productrepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace csp {

namespace {

const QString formatName = QStringLiteral("acronis-csp-configuration");

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject productJson(const Product &product)
{
    return {{QStringLiteral("application_id"), product.key.applicationId},
            {QStringLiteral("application"), product.applicationName},
            {QStringLiteral("offering_item"), product.key.offeringItem},
            {QStringLiteral("edition"), textOrNull(product.key.edition)},
            {QStringLiteral("infra_id"), textOrNull(product.key.infraId)},
            {QStringLiteral("infra_name"), textOrNull(product.infraName)},
            {QStringLiteral("usage_name"), product.usageName},
            {QStringLiteral("type"), product.itemType},
            {QStringLiteral("measurement_unit"), product.measurementUnit},
            {QStringLiteral("name"), product.name},
            {QStringLiteral("acronis_name"), product.acronisName},
            {QStringLiteral("sell_price"),
             product.priceSource == PriceSource::Manual && product.sellPrice
                     ? QJsonValue(product.sellPrice->text())
                     : QJsonValue()},
            {QStringLiteral("currency"), textOrNull(product.priceCurrency)}};
}

QJsonObject instanceJson(const InstanceConfiguration &configuration)
{
    const Instance &instance = configuration.settings;
    QJsonArray discounts;
    for (const auto &[scope, keyed] : configuration.discounts)
        discounts.append(QJsonObject{{QStringLiteral("scope"), scope},
                                     {QStringLiteral("key"), keyed.first},
                                     {QStringLiteral("percent"), keyed.second.toString()}});
    QJsonArray tiers;
    for (const ContractTier &tier : configuration.tiers)
        tiers.append(
                QJsonObject{{QStringLiteral("tier"), tier.key},
                            {QStringLiteral("name"), tier.name},
                            {QStringLiteral("tier_level_value"), tier.levelValue},
                            {QStringLiteral("minimum_commitment"), tier.minimumCommitment.text()},
                            {QStringLiteral("promo"), tier.promo}});
    QJsonArray products;
    for (const Product &product : configuration.handSet)
        products.append(productJson(product));
    return {{QStringLiteral("system_name"), instance.systemName},
            {QStringLiteral("gateway"), instance.gateway},
            {QStringLiteral("client_id"), instance.clientId},
            {QStringLiteral("discount_percent"), instance.discountPercent.toString()},
            {QStringLiteral("primary_currency"), instance.primaryCurrency},
            {QStringLiteral("name_policy"), namePolicyKey(instance.namePolicy)},
            {QStringLiteral("discounts"), discounts},
            {QStringLiteral("tiers"), tiers},
            {QStringLiteral("hand_set_products"), products}};
}

// Reads one object of an exported configuration, an admin's file: a field names its place in
// the file and the rule it breaks.
class Reader : public JsonFields
{
    Q_DECLARE_TR_FUNCTIONS(ConfigurationService)

public:
    Reader(QJsonObject object, QString path)
        : JsonFields(std::move(object), std::move(path))
    { }

    QString text(const QString &field, bool required = true)
    {
        const QJsonValue value = this->value(field);
        if (value.isString() && (!required || !value.toString().isEmpty()))
            return value.toString();
        if (!required && (value.isNull() || value.isUndefined()))
            return {};
        fail(field, required ? tr("must be a text that is not empty") : tr("must be a text"));
        return {};
    }
    std::optional<Decimal> amount(const QString &field, bool required)
    {
        const QString value = text(field, required);
        if (value.isEmpty())
            return std::nullopt;
        const auto amount = Decimal::parse(value);
        if (!amount || amount->isNegative())
            fail(field, tr("\"%1\" is not an amount of at least 0").arg(value));
        return amount;
    }
    int whole(const QString &field)
    {
        const QJsonValue value = this->value(field);
        if (!value.isDouble() || value.toDouble() != double(value.toInt()))
            fail(field, tr("must be a whole number"));
        return value.toInt();
    }
    bool flag(const QString &field)
    {
        const QJsonValue value = this->value(field);
        if (!value.isBool() && !value.isUndefined())
            fail(field, tr("must be true or false"));
        return value.toBool();
    }
    QJsonArray array(const QString &field)
    {
        const QJsonValue value = this->value(field);
        if (!value.isArray() && !value.isUndefined())
            fail(field, tr("must be an array"));
        return value.toArray();
    }
    const std::optional<Error> &error() const { return firstError(); }

protected:
    Error errorFor(const QString &field, const QString &rule) const override
    {
        return Error{ErrorKind::InvalidInput, tr("%1.%2: %3.").arg(path(), field, rule)};
    }
};

Result<QList<std::pair<QString, std::pair<QString, Decimal>>>> readDiscounts(Reader &reader)
{
    QList<std::pair<QString, std::pair<QString, Decimal>>> discounts;
    const QJsonArray array = reader.array(QStringLiteral("discounts"));
    for (qsizetype i = 0; i < array.size(); ++i) {
        Reader item(array[i].toObject(), reader.path() + QStringLiteral(".discounts[%1]").arg(i));
        const QString scope = item.text(QStringLiteral("scope"));
        if (scope != u"application" && scope != u"offering_item")
            item.fail(QStringLiteral("scope"),
                      ConfigurationService::tr("must be \"application\" or \"offering_item\""));
        const QString key = item.text(QStringLiteral("key"));
        const auto percent = InstanceRules::checkDiscount(item.text(QStringLiteral("percent")));
        if (!percent.ok())
            item.fail(QStringLiteral("percent"), percent.error);
        if (item.error())
            return *item.error();
        discounts.append({scope, {key, *percent.value}});
    }
    return discounts;
}

Result<QList<ContractTier>> readTiers(Reader &reader)
{
    QList<ContractTier> tiers;
    const QJsonArray array = reader.array(QStringLiteral("tiers"));
    for (qsizetype i = 0; i < array.size(); ++i) {
        Reader item(array[i].toObject(), reader.path() + QStringLiteral(".tiers[%1]").arg(i));
        ContractTier tier;
        tier.key = item.text(QStringLiteral("tier"));
        if (tier.key.size() > 16)
            item.fail(QStringLiteral("tier"), ConfigurationService::tr("at most 16 characters"));
        tier.name = item.text(QStringLiteral("name"), false);
        tier.levelValue = item.whole(QStringLiteral("tier_level_value"));
        tier.minimumCommitment =
                item.amount(QStringLiteral("minimum_commitment"), true).value_or(Decimal());
        tier.promo = item.flag(QStringLiteral("promo"));
        if (item.error())
            return *item.error();
        tiers.append(tier);
    }
    return tiers;
}

Result<QList<Product>> readProducts(Reader &reader, const Instance &instance)
{
    QList<Product> products;
    const QJsonArray array = reader.array(QStringLiteral("hand_set_products"));
    for (qsizetype i = 0; i < array.size(); ++i) {
        Reader item(array[i].toObject(),
                    reader.path() + QStringLiteral(".hand_set_products[%1]").arg(i));
        Product product;
        product.key = {item.text(QStringLiteral("application_id")),
                       item.text(QStringLiteral("offering_item")),
                       item.text(QStringLiteral("edition"), false),
                       item.text(QStringLiteral("infra_id"), false)};
        product.applicationName = item.text(QStringLiteral("application"), false);
        product.infraName = item.text(QStringLiteral("infra_name"), false);
        product.usageName = item.text(QStringLiteral("usage_name"), false);
        product.itemType = item.text(QStringLiteral("type"), false);
        product.measurementUnit = item.text(QStringLiteral("measurement_unit"), false);
        product.name = item.text(QStringLiteral("name"));
        if (product.name.size() > 256)
            item.fail(QStringLiteral("name"), ConfigurationService::tr("at most 256 characters"));
        product.acronisName = item.text(QStringLiteral("acronis_name"), false);
        if (product.acronisName.isEmpty())
            product.acronisName = product.name;
        product.sellPrice = item.amount(QStringLiteral("sell_price"), false);
        product.priceCurrency = item.text(QStringLiteral("currency"), false);
        if (product.sellPrice) {
            product.priceSource = PriceSource::Manual;
            if (product.priceCurrency.isEmpty())
                product.priceCurrency = instance.primaryCurrency;
        }
        if (item.error())
            return *item.error();
        products.append(product);
    }
    return products;
}

Result<InstanceConfiguration> readInstance(const QJsonObject &object, qsizetype index)
{
    Reader reader(object, QStringLiteral("instances[%1]").arg(index));
    InstanceChanges changes;
    changes.systemName = reader.text(QStringLiteral("system_name"));
    changes.gateway = reader.text(QStringLiteral("gateway"));
    changes.clientId = reader.text(QStringLiteral("client_id"));
    changes.discount = reader.text(QStringLiteral("discount_percent"));
    changes.currency = reader.text(QStringLiteral("primary_currency"));
    changes.namePolicy = reader.text(QStringLiteral("name_policy"));
    if (reader.error())
        return *reader.error();
    InstanceConfiguration configuration;
    const ValidationReport report = applyChanges(configuration.settings, changes, true);
    if (!report.ok())
        return Error{ErrorKind::InvalidInput,
                     QStringLiteral("%1 (%2): %3")
                             .arg(reader.path(), *changes.systemName, report.errors.first().text)};
    auto discounts = readDiscounts(reader);
    if (!discounts)
        return discounts.error();
    configuration.discounts = *discounts;
    auto tiers = readTiers(reader);
    if (!tiers)
        return tiers.error();
    configuration.tiers = *tiers;
    auto products = readProducts(reader, configuration.settings);
    if (!products)
        return products.error();
    configuration.handSet = *products;
    return configuration;
}

} // namespace

ConfigurationService::ConfigurationService(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

Result<InstanceConfiguration> ConfigurationService::configurationOf(const Instance &instance) const
{
    InstanceConfiguration configuration;
    configuration.settings = instance;
    const auto discounts = PriceHistoryRepository(m_database).currentDiscounts(instance.id);
    if (!discounts)
        return discounts.error();
    for (const DiscountEntry &entry : *discounts) {
        if (entry.scope != u"instance" && entry.percent)
            configuration.discounts.append({entry.scope, {entry.scopeKey, *entry.percent}});
    }
    const auto tiers = ContractRepository(m_database).tiers(instance.id);
    if (!tiers)
        return tiers.error();
    configuration.tiers = *tiers;
    const auto products = ProductRepository(m_database).forInstance(instance.id);
    if (!products)
        return products.error();
    for (const Product &product : *products) {
        if (!product.retired &&
            (product.priceSource == PriceSource::Manual || product.name != product.acronisName))
            configuration.handSet.append(product);
    }
    return configuration;
}

Result<QJsonDocument> ConfigurationService::exportInstances(const QStringList &names) const
{
    InstanceRepository repository(m_database);
    QList<Instance> instances;
    if (names.isEmpty()) {
        const auto all = repository.list();
        if (!all)
            return all.error();
        instances = *all;
    }
    for (const QString &name : names) {
        const auto instance = repository.findByName(name);
        if (!instance)
            return instance.error();
        instances.append(*instance);
    }
    QJsonArray array;
    for (const Instance &instance : std::as_const(instances)) {
        const auto configuration = configurationOf(instance);
        if (!configuration)
            return configuration.error();
        array.append(instanceJson(*configuration));
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), formatName},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("exported_at"), catalogueTimeNow()},
                                     {QStringLiteral("instances"), array}});
}

Result<ImportPlan> ConfigurationService::plan(const QByteArray &document, bool replace) const
{
    QJsonParseError parseError{};
    const QJsonDocument json = QJsonDocument::fromJson(document, &parseError);
    if (json.isNull())
        return Error{ErrorKind::InvalidInput,
                     tr("The file is not JSON: %1 at character %2.")
                             .arg(parseError.errorString())
                             .arg(parseError.offset)};
    const QJsonObject root = json.object();
    if (root.value(QStringLiteral("format")).toString() != formatName)
        return Error{ErrorKind::InvalidInput,
                     tr("format: the file is not an instance configuration that this "
                        "program exported (\"format\": \"%1\").")
                             .arg(formatName)};
    if (root.value(QStringLiteral("version")).toInt() != 1)
        return Error{ErrorKind::InvalidInput,
                     tr("version: %1 is not a version this program reads (1).")
                             .arg(root.value(QStringLiteral("version")).toVariant().toString())};
    ImportPlan plan;
    const QJsonArray instances = root.value(QStringLiteral("instances")).toArray();
    InstanceRepository repository(m_database);
    QSet<QString> seen;
    for (qsizetype i = 0; i < instances.size(); ++i) {
        auto configuration = readInstance(instances[i].toObject(), i);
        if (!configuration)
            return configuration.error();
        const QString &name = configuration->settings.systemName;
        if (seen.contains(systemNameKey(name)))
            return Error{
                    ErrorKind::InvalidInput,
                    tr("instances[%1].system_name: \"%2\" is in the file twice.").arg(i).arg(name)};
        seen.insert(systemNameKey(name));
        const auto existing = repository.findByName(name);
        if (existing) {
            if (!replace)
                return Error{ErrorKind::Conflict,
                             tr("\"%1\" exists already; nothing was imported. Give --replace to "
                                "replace its settings with the file's.")
                                     .arg(existing->systemName)};
            plan.replaced.append(existing->systemName);
            plan.changes.append(tr("Replace the settings of \"%1\": %2.")
                                        .arg(existing->systemName,
                                             instanceSettingsText(configuration->settings)));
            if (!existing->hasSecret)
                plan.secretsToAdd.append(name);
        } else if (existing.error().kind != ErrorKind::NotFound) {
            return existing.error();
        } else {
            plan.changes.append(
                    tr("Add \"%1\": %2.").arg(name, instanceSettingsText(configuration->settings)));
            plan.secretsToAdd.append(name);
        }
        plan.changes.append(tr("\"%1\": %n discount(s) of applications or products,", nullptr,
                               int(configuration->discounts.size()))
                                    .arg(name) +
                            u' ' +
                            tr("%n contract tier(s),", nullptr, int(configuration->tiers.size())) +
                            u' ' +
                            tr("%n product(s) priced or named by hand.", nullptr,
                               int(configuration->handSet.size())));
        plan.instances.append(*configuration);
    }
    if (plan.instances.isEmpty())
        return Error{ErrorKind::InvalidInput, tr("instances: the file holds no instance.")};
    return plan;
}

Status ConfigurationService::apply(const ImportPlan &plan)
{
    const QString doing = tr("importing the configuration");
    Transaction transaction(*m_database, Transaction::Kind::Write);
    if (!transaction.began())
        return m_database->errorFrom(transaction.beginError(), doing);
    const QString now = catalogueTimeNow();
    for (const InstanceConfiguration &configuration : plan.instances) {
        if (Status applied = applyOne(configuration, now); !applied)
            return applied;
    }
    if (!transaction.commit())
        return m_database->errorFrom(transaction.commitError(), doing);
    return success();
}

namespace {

// The products of the file as changes to the catalogue: new ones added, existing ones (by
// key) given the file's name and price.
CatalogueDiff handSetChanges(const QList<Product> &stored, const InstanceConfiguration &file,
                             const QString &instanceId, const QString &now)
{
    QHash<ProductKey, const Product *> byKey;
    for (const Product &product : stored)
        byKey.insert(product.key, &product);
    CatalogueDiff diff;
    for (Product product : file.handSet) {
        ProductChange change;
        if (const Product *existing = byKey.value(product.key)) {
            Product updated = *existing;
            if (updated.name != product.name) {
                change.oldName = updated.name;
                updated.name = product.name;
                change.fields.append(QStringLiteral("name"));
            }
            if (product.sellPrice &&
                !(updated.sellPrice && updated.sellPrice->isIdenticalTo(*product.sellPrice))) {
                change.oldPrice = updated.sellPrice;
                updated.sellPrice = product.sellPrice;
                updated.priceCurrency = product.priceCurrency;
                updated.priceSource = PriceSource::Manual;
                change.fields.append(QStringLiteral("price"));
            }
            if (change.fields.isEmpty())
                continue;
            change.kind = change.oldName.isEmpty() ? ChangeKind::Updated : ChangeKind::Renamed;
            updated.changedAt = now;
            change.product = updated;
        } else {
            product.id = newUuid();
            product.instanceId = instanceId;
            product.firstSeenAt = now;
            product.changedAt = now;
            change.kind = ChangeKind::Added;
            change.product = product;
        }
        diff.changes.append(change);
    }
    return diff;
}

} // namespace

Status ConfigurationService::applyOne(const InstanceConfiguration &configuration,
                                      const QString &now)
{
    InstanceRepository instances(m_database);
    Instance instance = configuration.settings;
    const auto existing = instances.findByName(instance.systemName);
    QString before;
    if (existing) {
        before = instanceSettingsText(*existing);
        const Instance &stored = *existing;
        instance.id = stored.id;
        instance.version = stored.version;
        instance.hasSecret = stored.hasSecret;
        instance.createdAt = stored.createdAt;
        if (instance.gateway == stored.gateway && instance.clientId == stored.clientId)
            instance.distributorTenantId = stored.distributorTenantId;
        instance.updatedAt = QDateTime::currentDateTimeUtc();
        if (Status updated = instances.update(instance); !updated)
            return updated;
    } else {
        instance.id = newUuid();
        // Created at the import's instant: its default tiers' commitments are then replaced by
        // the file's (set at that instant too), not kept as the newer ones.
        instance.createdAt = instance.updatedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
        if (Status inserted = instances.insert(instance); !inserted)
            return inserted;
    }
    PriceHistoryRepository history(m_database);
    const auto current = history.currentDiscounts(instance.id);
    if (!current)
        return current.error();
    QHash<QString, Decimal> wanted;
    for (const auto &[scope, keyed] : configuration.discounts)
        wanted.insert(scope + u'|' + keyed.first, keyed.second);
    for (const DiscountEntry &entry : *current) {
        if (entry.scope == u"instance" || !entry.percent)
            continue;
        const auto want = wanted.constFind(entry.scope + u'|' + entry.scopeKey);
        if (want == wanted.constEnd()) {
            if (Status cleared = history.recordDiscount(
                        instance.id, {entry.scope, entry.scopeKey, std::nullopt, now});
                !cleared)
                return cleared;
        } else if (want->isIdenticalTo(*entry.percent)) {
            wanted.remove(entry.scope + u'|' + entry.scopeKey);
        }
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const QString scope = it.key().section(u'|', 0, 0);
        const QString key = it.key().section(u'|', 1);
        if (Status set = history.recordDiscount(instance.id, {scope, key, it.value(), now}); !set)
            return set;
    }
    ContractRepository contracts(m_database);
    for (const ContractTier &tier : configuration.tiers) {
        if (Status saved = contracts.saveTier(instance.id, tier, now); !saved)
            return saved;
    }
    ProductRepository products(m_database);
    const auto stored = products.forInstance(instance.id);
    if (!stored)
        return stored.error();
    if (Status applied =
                products.apply(handSetChanges(*stored, configuration, instance.id, now), {});
        !applied)
        return applied;
    return AuditRepository(m_database)
            .record({now,
                     {},
                     QLatin1String(AuditAction::InstanceImport),
                     instance.id,
                     instance.systemName,
                     instance.systemName,
                     before,
                     instanceSettingsText(instance) +
                             QStringLiteral("; %1 discounts, %2 tiers, %3 hand-set products")
                                     .arg(configuration.discounts.size())
                                     .arg(configuration.tiers.size())
                                     .arg(configuration.handSet.size())});
}

} // namespace csp
