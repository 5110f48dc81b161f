#include "productrepository.h"

#include "auditrepository.h"

#include "batchinsert.h"
#include "core/timetext.h"
#include "pricehistoryrepository.h"

#include "core/appidentity.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <array>

namespace csp {

namespace {

// A product in the audit trail: its name and offering item, with the storage when it has one.
QString auditSubject(const Product &product)
{
    QString item = product.key.offeringItem;
    if (!product.key.edition.isEmpty())
        item += u'/' + product.key.edition;
    if (!product.key.infraId.isEmpty())
        item += u'@' + product.key.infraId;
    return product.name + QStringLiteral(" (") + item + u')';
}

} // namespace

namespace {

const QString columns = QStringLiteral(
        "p.id, p.instance_id, p.application_id, p.application_name, p.offering_item, p.edition, "
        "p.infra_id, p.infra_name, p.usage_name, p.item_type, p.measurement_unit, p.name, "
        "p.acronis_name, p.sell_price, p.price_currency, p.price_source, p.status, "
        "p.first_seen_at, p.changed_at, p.version, p.changed_by");

// Shares one copy of values that repeat from row to row (instance and application ids, editions,
// units, storages, timestamps of one run…): a catalogue of 100,000 products then takes about
// half the memory. A value equal to the one before in its column is shared without hashing, and
// columns whose values are unique (ids, names) are not shared: hashing 100,000 of those cost more
// than reading them.
class Interner
{
public:
    // The shared copy of the value read from result column `column`.
    QString operator()(int column, const QString &text)
    {
        if (text.isEmpty() || column < 0 || column >= int(m_last.size()))
            return text;
        QString &last = m_last[size_t(column)];
        if (last == text)
            return last;
        const auto it = m_seen.constFind(text);
        last = it != m_seen.constEnd() ? *it : *m_seen.insert(text);
        return last;
    }

private:
    std::array<QString, 24> m_last;
    QSet<QString> m_seen;
};

// The shared copy of the text in column `column` of the query's current row.
QString sharedText(const QSqlQuery &row, Interner &shared, int column)
{
    return shared(column, row.value(column).toString());
}

Product productFrom(const QSqlQuery &row, Interner &shared)
{
    Product product;
    product.id = row.value(0).toString();
    product.instanceId = sharedText(row, shared, 1);
    product.key = {sharedText(row, shared, 2), row.value(4).toString(), sharedText(row, shared, 5),
                   sharedText(row, shared, 6)};
    product.applicationName = sharedText(row, shared, 3);
    product.infraName = sharedText(row, shared, 7);
    product.usageName = row.value(8).toString();
    product.itemType = sharedText(row, shared, 9);
    product.measurementUnit = sharedText(row, shared, 10);
    product.name = row.value(11).toString();
    const QString acronisName = row.value(12).toString();
    product.acronisName = acronisName == product.name ? product.name : acronisName;
    if (!row.value(13).isNull())
        product.sellPrice = Decimal::parse(row.value(13).toString());
    product.priceCurrency = sharedText(row, shared, 14);
    product.priceSource = priceSourceFromKey(row.value(15).toString());
    product.retired = row.value(16).toString() == u"retired";
    product.firstSeenAt = sharedText(row, shared, 17);
    product.changedAt = sharedText(row, shared, 18);
    product.version = row.value(19).toLongLong();
    product.changedBy = sharedText(row, shared, 20);
    return product;
}

// The instance's part of every product row, by instance id: read once, not once per product.
Result<QHash<QString, ProductRow>> instanceParts(const Database &database)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, system_name, discount_percent, primary_currency, "
                                   "name_policy FROM instances")))
        return database.errorFrom(query, ProductRepository::tr("reading products"));
    QHash<QString, ProductRow> parts;
    while (query.next()) {
        ProductRow part;
        part.instanceName = query.value(1).toString();
        part.productType = productTypeFor(part.instanceName);
        part.discountPercent = Decimal::parse(query.value(2).toString()).value_or(Decimal());
        part.primaryCurrency = query.value(3).toString();
        part.namePolicy = namePolicyFromKey(query.value(4).toString()).value_or(NamePolicy::Update);
        parts.insert(query.value(0).toString(), part);
    }
    return parts;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// The key columns hold "" rather than NULL, so that the UNIQUE constraint sees them.
QString keyText(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// The columns valuesOf gives, in its order.
const QStringList productColumns =
        QStringLiteral("edition, edition_key, infra_id, infra_key, infra_name, application_name, "
                       "usage_name, item_type, measurement_unit, name, acronis_name, sell_price, "
                       "price_currency, price_source, status, changed_at, name_key, search_key, "
                       "changed_by")
                .split(QStringLiteral(", "));

QVariantList valuesOf(const Product &product)
{
    return {textOrNull(product.key.edition),
            keyText(product.key.edition),
            textOrNull(product.key.infraId),
            keyText(product.key.infraId),
            textOrNull(product.infraName),
            product.applicationName,
            product.usageName,
            product.itemType,
            product.measurementUnit,
            product.name,
            product.acronisName,
            product.sellPrice ? QVariant(product.sellPrice->text())
                              : QVariant(QMetaType::fromType<QString>()),
            textOrNull(product.priceCurrency),
            textOrNull(priceSourceKey(product.priceSource)),
            product.retired ? QStringLiteral("retired") : QStringLiteral("active"),
            product.changedAt,
            productNameKey(product.name),
            productSearchKey(product.name, product.acronisName, product.key.offeringItem,
                             product.infraName),
            thisUserAtHost()};
}

} // namespace

ProductRepository::ProductRepository(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

Result<QList<Product>> ProductRepository::forInstance(const QString &instanceId) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    if (!m_database->dialect().execute(
                query,
                QStringLiteral("SELECT ") + columns +
                        QStringLiteral(" FROM products p WHERE p.instance_id = ?"),
                {instanceId}))
        return m_database->errorFrom(query, tr("reading products"));
    QList<Product> products;
    Interner shared;
    while (query.next())
        products.append(productFrom(query, shared)); // a temporary: moved, not copied
    return products;
}

Result<qint64> ProductRepository::revision(const QString &instanceId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT catalogue_revision FROM instances WHERE id = ?"));
    query.addBindValue(instanceId);
    if (!query.exec())
        return m_database->errorFrom(query, tr("reading the catalogue's revision"));
    if (!query.next())
        return Error{ErrorKind::NotFound, tr("The instance no longer exists.")};
    return query.value(0).toLongLong();
}

Result<QStringList> ProductRepository::infraIds(const QString &instanceId) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT DISTINCT infra_id FROM products WHERE instance_id = ? "
                                 "AND infra_id <> '' ORDER BY infra_id"));
    query.addBindValue(instanceId);
    if (!query.exec())
        return m_database->errorFrom(query, tr("reading the instance's storages"));
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

Status ProductRepository::bumpRevision(const QString &instanceId)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(
            "UPDATE instances SET catalogue_revision = catalogue_revision + 1 WHERE id = ?"));
    query.addBindValue(instanceId);
    if (!query.exec())
        return m_database->errorFrom(query, tr("recording the catalogue's revision"));
    return success();
}

Result<QList<ProductRow>> ProductRepository::list(const ProductFilter &filter) const
{
    auto instances = instanceParts(*m_database);
    if (!instances)
        return instances.error();
    QHash<QString, Decimal> instanceDiscounts;
    for (auto it = instances->cbegin(); it != instances->cend(); ++it)
        instanceDiscounts.insert(it.key(), it->discountPercent);
    const auto discounts = PriceHistoryRepository(m_database).currentPolicies(instanceDiscounts);
    if (!discounts)
        return discounts.error();
    QString sql = QStringLiteral("SELECT ") + columns +
            QStringLiteral(" FROM products p JOIN instances i ON i.id = p.instance_id WHERE 1 = 1");
    QVariantList values;
    if (!filter.productId.isEmpty()) {
        sql += QStringLiteral(" AND p.id = ?");
        values.append(filter.productId);
    }
    if (!filter.instanceId.isEmpty()) {
        sql += QStringLiteral(" AND p.instance_id = ?");
        values.append(filter.instanceId);
    }
    if (!filter.includeRetired)
        sql += QStringLiteral(" AND p.status = 'active'");
    if (!filter.search.isEmpty()) {
        sql += QStringLiteral(" AND p.search_key LIKE ? ESCAPE '\\'");
        values.append(Dialect::containsPattern(productSearchQuery(filter.search)));
    }
    if (filter.firstRows > 0)
        sql += QStringLiteral(" ORDER BY p.name_key, p.id LIMIT ") +
                QString::number(filter.firstRows);
    else if (filter.ordered)
        sql += QStringLiteral(" ORDER BY i.system_name_key, p.name, p.id");
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    if (!m_database->dialect().execute(query, sql, values))
        return m_database->errorFrom(query, tr("reading products"));
    QList<ProductRow> rows;
    Interner shared;
    while (query.next()) {
        ProductRow row;
        row.product = productFrom(query, shared);
        const ProductRow &instance = (*instances)[row.product.instanceId];
        row.instanceName = instance.instanceName;
        row.productType = instance.productType;
        const auto policy = discounts->constFind(row.product.instanceId);
        row.discountPercent = policy != discounts->cend() ? policy->discountFor(row.product.key)
                                                          : instance.discountPercent;
        row.primaryCurrency = instance.primaryCurrency;
        row.namePolicy = instance.namePolicy;
        rows.append(std::move(row));
    }
    return rows;
}

namespace {

// One entry of a product's history.
struct ChangeRecord
{
    QString productId;
    QString runId;
    QString kind;
    QString oldName;
    QString newName;
    QString fields;
    std::optional<Decimal> oldPrice;
    std::optional<Decimal> newPrice;
    QString changedAt;
};

QVariant decimalOrNull(const std::optional<Decimal> &value)
{
    return value ? QVariant(value->text()) : QVariant(QMetaType::fromType<QString>());
}

const QStringList changeColumns = {QStringLiteral("id"),        QStringLiteral("product_id"),
                                   QStringLiteral("run_id"),    QStringLiteral("kind"),
                                   QStringLiteral("old_name"),  QStringLiteral("new_name"),
                                   QStringLiteral("fields"),    QStringLiteral("old_price"),
                                   QStringLiteral("new_price"), QStringLiteral("changed_at")};

QVariantList changeValues(const ChangeRecord &change)
{
    return {newUuid(),
            change.productId,
            textOrNull(change.runId),
            change.kind,
            textOrNull(change.oldName),
            change.newName,
            textOrNull(change.fields),
            decimalOrNull(change.oldPrice),
            decimalOrNull(change.newPrice),
            change.changedAt};
}

Status recordChange(const Database &database, const ChangeRecord &change)
{
    BatchInsert record(database, QStringLiteral("product_changes"), changeColumns);
    if (Status added = record.add(changeValues(change)); !added)
        return added;
    return record.flush();
}

PriceEntry priceEntryOf(const Product &product, const QString &runId)
{
    return {product.id, product.sellPrice, product.priceCurrency, product.priceSource,
            runId,      product.changedAt};
}

} // namespace

Status ProductRepository::apply(const CatalogueDiff &diff, const QString &runId)
{
    return write(rowsOf(diff, runId));
}

ProductRepository::Rows ProductRepository::rowsOf(const CatalogueDiff &diff, const QString &runId)
{
    Rows rows;
    QList<PriceEntry> prices;
    for (const ProductChange &change : diff.changes) {
        if (change.kind == ChangeKind::Unchanged)
            continue;
        const Product &product = change.product;
        rows.instanceId = product.instanceId;
        if (change.priceChanged())
            prices.append(priceEntryOf(product, runId));
        if (change.kind == ChangeKind::Added) {
            rows.added.append(valuesOf(product)
                              << product.id << product.instanceId << product.key.applicationId
                              << product.key.offeringItem << product.firstSeenAt);
            continue; // first_seen_at already says when and the product row under what name
        }
        rows.updated.append(valuesOf(product) << product.id);
        const bool priced = change.fields.contains(u"price");
        rows.changes.append(changeValues(
                {product.id, runId, changeKindKey(change.kind), change.oldName, product.name,
                 change.fields.join(u','), priced ? change.oldPrice : std::nullopt,
                 priced ? product.sellPrice : std::nullopt, product.changedAt}));
    }
    rows.prices = PriceHistoryRepository::priceRows(rows.instanceId, prices);
    return rows;
}

Status ProductRepository::write(const Rows &rows)
{
    if (rows.instanceId.isEmpty())
        return success(); // nothing changed
    // Every kind of row goes in batches: one round trip per batch to a server.
    BatchInsert insert(*m_database, QStringLiteral("products"),
                       productColumns +
                               QStringList{QStringLiteral("id"), QStringLiteral("instance_id"),
                                           QStringLiteral("application_id"),
                                           QStringLiteral("offering_item"),
                                           QStringLiteral("first_seen_at")});
    BatchUpdate update(*m_database, QStringLiteral("products"), productColumns,
                       QStringLiteral("id"), QStringLiteral("version = products.version + 1"));
    BatchInsert record(*m_database, QStringLiteral("product_changes"), changeColumns);
    const std::pair<BatchWrite *, const QList<QVariantList> *> batches[] = {
            {&insert, &rows.added}, {&update, &rows.updated}, {&record, &rows.changes}};
    for (const auto &[batch, batchRows] : batches) {
        for (const QVariantList &row : *batchRows) {
            if (Status written = batch->add(row); !written)
                return written;
        }
        if (Status written = batch->flush(); !written)
            return written;
    }
    if (Status bumped = bumpRevision(rows.instanceId); !bumped)
        return bumped;
    return PriceHistoryRepository(m_database).writePriceRows(rows.prices);
}

Status ProductRepository::rename(const Product &product, const QString &newName, const QString &now)
{
    const QString doing = tr("renaming the product \"%1\"").arg(product.name);
    Transaction transaction(*m_database, Transaction::Kind::Write);
    if (!transaction.began())
        return m_database->errorFrom(transaction.beginError(), doing);
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("UPDATE products SET name = ?, changed_at = ?, name_key = ?, "
                                 "search_key = ?, version = version + 1, changed_by = ? "
                                 "WHERE id = ? AND version = ?"));
    query.addBindValue(newName);
    query.addBindValue(now);
    query.addBindValue(productNameKey(newName));
    query.addBindValue(productSearchKey(newName, product.acronisName, product.key.offeringItem,
                                        product.infraName));
    query.addBindValue(thisUserAtHost());
    query.addBindValue(product.id);
    query.addBindValue(product.version);
    if (Status updated = checkedUpdate(query, product, doing); !updated)
        return updated;
    if (Status bumped = bumpRevision(product.instanceId); !bumped)
        return bumped;
    if (Status recorded = recordChange(*m_database,
                                       {product.id,
                                        {},
                                        QStringLiteral("manual_rename"),
                                        product.name,
                                        newName,
                                        {},
                                        {},
                                        {},
                                        now});
        !recorded)
        return recorded;
    if (Status audited = AuditRepository(m_database)
                                 .record({now,
                                          {},
                                          QLatin1String(AuditAction::ProductRename),
                                          product.instanceId,
                                          {},
                                          auditSubject(product),
                                          product.name,
                                          newName});
        !audited)
        return audited;
    if (!transaction.commit())
        return m_database->errorFrom(transaction.commitError(), doing);
    return success();
}

Status ProductRepository::checkedUpdate(QSqlQuery &query, const Product &base,
                                        const QString &doing) const
{
    if (!query.exec())
        return m_database->errorFrom(query, doing);
    if (query.numRowsAffected() == 1)
        return success();
    ProductFilter filter;
    filter.productId = base.id;
    filter.includeRetired = true;
    const auto now = list(filter);
    if (!now)
        return now.error();
    if (now->isEmpty())
        return Error{ErrorKind::NotFound,
                     tr("The product \"%1\" no longer exists.").arg(base.name)};
    return changedMeanwhile(base, now->first().product);
}

Error ProductRepository::changedMeanwhile(const Product &base, const Product &now)
{
    QStringList what;
    if (now.name != base.name)
        what.append(tr("its name is now \"%1\"").arg(now.name));
    const auto priceText = [](const std::optional<Decimal> &price) {
        return price ? price->text() : tr("no price");
    };
    if (now.sellPrice != base.sellPrice || now.priceCurrency != base.priceCurrency)
        what.append(tr("its sell price is now %1").arg(priceText(now.sellPrice)));
    if (now.retired != base.retired)
        what.append(now.retired ? tr("it is retired") : tr("it is active again"));
    if (what.isEmpty())
        what.append(tr("its details changed"));
    const QDateTime at = QDateTime::fromString(now.changedAt, Qt::ISODateWithMs);
    return {ErrorKind::Conflict,
            tr("\"%1\" was changed by %2 at %3 after this edit began (%4); nothing was saved. "
               "Reload to see the change, then make yours again.")
                    .arg(base.name, now.changedBy.isEmpty() ? tr("another program") : now.changedBy,
                         timeText(at), what.join(tr("; ")))};
}

namespace {

QList<ProductHistoryEntry> readEntries(QSqlQuery &query)
{
    QList<ProductHistoryEntry> entries;
    while (query.next()) {
        const auto price = [&query](int column) {
            return query.value(column).isNull() ? std::nullopt
                                                : Decimal::parse(query.value(column).toString());
        };
        entries.append({query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toString(),
                        query.value(4).toString(), price(5), price(6)});
    }
    return entries;
}

} // namespace

Result<QList<ProductHistoryEntry>> ProductRepository::history(const QString &productId) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    if (!m_database->dialect().execute(
                query,
                QStringLiteral("SELECT changed_at, kind, old_name, new_name, fields, old_price, "
                               "new_price FROM product_changes WHERE product_id = ? "
                               "ORDER BY changed_at, id"),
                {productId}))
        return m_database->errorFrom(query, tr("reading the product's history"));
    return readEntries(query);
}

Result<QList<ProductHistoryEntry>> ProductRepository::changesOfRun(const SyncRun &run) const
{
    // A product's arrival is kept in its own row (first_seen_at), the other changes by run.
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    const QString sql = QStringLiteral(
            "SELECT changed_at, kind, old_name, new_name, fields, old_price, new_price "
            "FROM product_changes WHERE run_id = ? "
            "UNION ALL "
            "SELECT first_seen_at, 'added', NULL, name, NULL, NULL, sell_price FROM products "
            "WHERE instance_id = ? AND first_seen_at >= ? AND first_seen_at <= ? "
            "ORDER BY 2, 4");
    const QString until = run.finishedAt.isEmpty() ? run.startedAt : run.finishedAt;
    if (!m_database->dialect().execute(query, sql, {run.id, run.instanceId, run.startedAt, until}))
        return m_database->errorFrom(query, tr("reading what the run changed"));
    return readEntries(query);
}

Status ProductRepository::setManualPrice(const Product &product, Decimal price,
                                         const QString &currency, const QString &now)
{
    const QString doing = tr("setting the price of \"%1\"").arg(product.name);
    Transaction transaction(*m_database, Transaction::Kind::Write);
    if (!transaction.began())
        return m_database->errorFrom(transaction.beginError(), doing);
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("UPDATE products SET sell_price = ?, price_currency = ?, "
                                 "price_source = 'manual', changed_at = ?, "
                                 "version = version + 1, changed_by = ? "
                                 "WHERE id = ? AND version = ?"));
    query.addBindValue(price.text());
    query.addBindValue(currency);
    query.addBindValue(now);
    query.addBindValue(thisUserAtHost());
    query.addBindValue(product.id);
    query.addBindValue(product.version);
    if (Status updated = checkedUpdate(query, product, doing); !updated)
        return updated;
    if (Status bumped = bumpRevision(product.instanceId); !bumped)
        return bumped;
    if (Status recorded = recordChange(*m_database,
                                       {product.id,
                                        {},
                                        QStringLiteral("manual_price"),
                                        {},
                                        product.name,
                                        QStringLiteral("price"),
                                        product.sellPrice,
                                        price,
                                        now});
        !recorded)
        return recorded;
    if (Status recorded =
                PriceHistoryRepository(m_database)
                        .recordPrices(
                                product.instanceId,
                                {{product.id, price, currency, PriceSource::Manual, {}, now}});
        !recorded)
        return recorded;
    if (Status audited = AuditRepository(m_database)
                                 .record({now,
                                          {},
                                          QLatin1String(AuditAction::ProductPrice),
                                          product.instanceId,
                                          {},
                                          auditSubject(product),
                                          product.sellPrice ? product.sellPrice->text() + u' ' +
                                                          product.priceCurrency
                                                            : QString(),
                                          price.text() + u' ' + currency});
        !audited)
        return audited;
    if (!transaction.commit())
        return m_database->errorFrom(transaction.commitError(), doing);
    return success();
}

} // namespace csp
