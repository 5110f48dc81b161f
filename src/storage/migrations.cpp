#include "contractrepository.h"
#include "core/appidentity.h"
#include "core/catalogue.h"
#include "core/decimal.h"
#include "core/instance.h"
#include "database.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

// The data conversions of migrations that SQL cannot do alike on SQLite and PostgreSQL.

namespace csp {

namespace {

QString decimalFromE4(const QVariant &units)
{
    return Decimal::fromUnits(units.toLongLong() * 10'000)->text();
}

Status exec(const Database &database, QSqlQuery &query, const QString &doing)
{
    if (!query.exec())
        return database.errorFrom(query, doing);
    return success();
}

// Each instance's discount becomes its first discount, in effect since the instance was made.
Status carryOverDiscounts(const Database &database, QSqlDatabase &db)
{
    const QString doing = Database::tr("converting the discounts to exact decimals");
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT id, discount_e4, created_at FROM instances")))
        return database.errorFrom(read, doing);
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE instances SET discount_percent = ? WHERE id = ?"));
    QSqlQuery history(db);
    history.prepare(QStringLiteral(
            "INSERT INTO discount_history (id, instance_id, scope, scope_key, percent, "
            "effective_from) VALUES (?, ?, 'instance', '', ?, ?)"));
    while (read.next()) {
        const QString percent = decimalFromE4(read.value(1));
        update.bindValue(0, percent);
        update.bindValue(1, read.value(0));
        if (Status done = exec(database, update, doing); !done)
            return done;
        history.bindValue(0, newUuid());
        history.bindValue(1, read.value(0));
        history.bindValue(2, percent);
        history.bindValue(3, read.value(2));
        if (Status done = exec(database, history, doing); !done)
            return done;
    }
    return success();
}

// The succeeded syncs of each instance, oldest first: (finished at, id).
using RunList = QList<std::pair<QString, QString>>;

Result<QHash<QString, RunList>> succeededSyncs(const Database &database, QSqlDatabase &db)
{
    QSqlQuery runs(db);
    runs.setForwardOnly(true);
    if (!runs.exec(QStringLiteral("SELECT instance_id, finished_at, id FROM sync_runs "
                                  "WHERE status = 'succeeded' ORDER BY finished_at")))
        return database.errorFrom(runs, Database::tr("reading the sync history"));
    QHash<QString, RunList> byInstance;
    while (runs.next())
        byInstance[runs.value(0).toString()].append(
                {runs.value(1).toString(), runs.value(2).toString()});
    return byInstance;
}

// The latest recorded price change of each product: (changed at, run id).
Result<QHash<QString, std::pair<QString, QString>>> priceChanges(const Database &database,
                                                                 QSqlDatabase &db)
{
    QSqlQuery changes(db);
    changes.setForwardOnly(true);
    if (!changes.exec(QStringLiteral("SELECT product_id, changed_at, run_id, fields FROM "
                                     "product_changes WHERE run_id IS NOT NULL ORDER BY "
                                     "changed_at")))
        return database.errorFrom(changes, Database::tr("reading the product history"));
    QHash<QString, std::pair<QString, QString>> latest;
    while (changes.next()) {
        if (changes.value(3).toString().split(u',').contains(u"price"))
            latest.insert(changes.value(0).toString(),
                          {changes.value(1).toString(), changes.value(2).toString()});
    }
    return latest;
}

// The run that wrote a change stamped `at`: the first to finish at or after it.
QString runAt(const RunList &runs, const QString &at)
{
    for (const auto &[finishedAt, id] : runs) {
        if (finishedAt >= at)
            return id;
    }
    return {};
}

// Today's prices become the first price list: each in effect from the sync that last changed
// it, or from the sync that added the product (its first_seen_at).
Status carryOverPrices(const Database &database, QSqlDatabase &db)
{
    const QString doing = Database::tr("converting the prices to exact decimals");
    const auto runs = succeededSyncs(database, db);
    if (!runs)
        return runs.error();
    const auto changes = priceChanges(database, db);
    if (!changes)
        return changes.error();
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT id, instance_id, sell_price_e4, price_currency, "
                                  "price_source, first_seen_at FROM products "
                                  "WHERE sell_price_e4 IS NOT NULL")))
        return database.errorFrom(read, doing);
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE products SET sell_price = ? WHERE id = ?"));
    QSqlQuery history(db);
    history.prepare(QStringLiteral(
            "INSERT INTO product_prices (id, instance_id, product_id, sell_price, currency, "
            "source, run_id, effective_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    while (read.next()) {
        const QString productId = read.value(0).toString();
        const QString price = decimalFromE4(read.value(2));
        update.bindValue(0, price);
        update.bindValue(1, productId);
        if (Status done = exec(database, update, doing); !done)
            return done;
        const auto change = changes->constFind(productId);
        const QString since =
                change != changes->constEnd() ? change->first : read.value(5).toString();
        const QString runId = change != changes->constEnd()
                ? change->second
                : runAt(runs->value(read.value(1).toString()), since);
        const QString source = read.value(4).toString();
        history.bindValue(0, newUuid());
        history.bindValue(1, read.value(1));
        history.bindValue(2, productId);
        history.bindValue(3, price);
        history.bindValue(4, read.value(3));
        history.bindValue(5, source == u"manual" ? source : QStringLiteral("served"));
        history.bindValue(
                6, runId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(runId));
        history.bindValue(7, since);
        if (Status done = exec(database, history, doing); !done)
            return done;
    }
    return success();
}

} // namespace

// Every instance gets the default tiers, commitments at 0 from when it was made; every provider
// its contract, started when this program first recorded it, with the tier it knows.
Status seedContracts(const Database &database, QSqlDatabase &db)
{
    const QString doing = Database::tr("setting up the contract tiers");
    QSqlQuery instances(db);
    instances.setForwardOnly(true);
    if (!instances.exec(QStringLiteral("SELECT id, created_at FROM instances")))
        return database.errorFrom(instances, doing);
    QList<std::pair<QString, QString>> all;
    while (instances.next())
        all.append({instances.value(0).toString(), instances.value(1).toString()});
    instances.finish();
    for (const auto &[instanceId, createdAt] : all) {
        if (Status seeded = insertDefaultTiers(database, db, instanceId, createdAt); !seeded)
            return seeded;
    }
    QSqlQuery providers(db);
    if (!providers.exec(QStringLiteral("UPDATE providers SET contract_start = created_at")))
        return database.errorFrom(providers, doing);
    QSqlQuery tiers(db);
    tiers.setForwardOnly(true);
    if (!tiers.exec(QStringLiteral("SELECT id, tier, created_at FROM providers WHERE tier IS NOT "
                                   "NULL AND tier <> ''")))
        return database.errorFrom(tiers, doing);
    QList<QStringList> known;
    while (tiers.next())
        known.append(
                {tiers.value(0).toString(), tiers.value(1).toString(), tiers.value(2).toString()});
    tiers.finish();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO provider_tiers (id, provider_id, tier_key, "
                                  "from_month, recorded_at) VALUES (?, ?, ?, ?, ?)"));
    for (const QStringList &row : std::as_const(known)) {
        for (const QVariant &value : {QVariant(newUuid()), QVariant(row[0]), QVariant(row[1]),
                                      QVariant(row[2].left(7)), QVariant(row[2])})
            insert.addBindValue(value);
        if (Status done = exec(database, insert, doing); !done)
            return done;
    }
    return success();
}

Status carryOverExactMoney(const Database &database, QSqlDatabase &db)
{
    if (Status discounts = carryOverDiscounts(database, db); !discounts)
        return discounts;
    return carryOverPrices(database, db);
}

} // namespace csp

namespace csp {

namespace {

// Reads `select` (id first, then the inputs) and writes what `keys` makes of each row's inputs.
Status fillKeys(const Database &database, QSqlDatabase &db, const QString &select,
                const QString &update,
                const std::function<QVariantList(const QSqlQuery &row)> &keys)
{
    const QString doing = Database::tr("adding the sort and search keys");
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(select))
        return database.errorFrom(read, doing);
    QList<QVariantList> rows;
    while (read.next())
        rows.append(keys(read) << read.value(0));
    read.finish();
    QSqlQuery write(db);
    write.prepare(update);
    for (const QVariantList &row : std::as_const(rows)) {
        for (const QVariant &value : row)
            write.addBindValue(value);
        if (Status done = exec(database, write, doing); !done)
            return done;
    }
    return success();
}

Status announceTable(const Database &database, QSqlQuery &query, const QString &table)
{
    if (!query.exec(QStringLiteral("CREATE TRIGGER %1_announce AFTER INSERT OR UPDATE OR "
                                   "DELETE ON %1 FOR EACH STATEMENT EXECUTE FUNCTION "
                                   "acronis_csp_announce()")
                            .arg(table)))
        return database.errorFrom(query, Database::tr("announcing changes to open windows"));
    return success();
}

} // namespace

Status addSortAndSearchKeys(const Database &database, QSqlDatabase &db)
{
    Status products = fillKeys(
            database, db,
            QStringLiteral(
                    "SELECT id, name, acronis_name, offering_item, infra_name FROM products"),
            QStringLiteral("UPDATE products SET name_key = ?, search_key = ? WHERE id = ?"),
            [](const QSqlQuery &row) {
                return QVariantList{
                        productNameKey(row.value(1).toString()),
                        productSearchKey(row.value(1).toString(), row.value(2).toString(),
                                         row.value(3).toString(), row.value(4).toString())};
            });
    if (!products)
        return products;
    // Until now the catalogue was this machine's: the secrets it knew of are in its keychain.
    QSqlQuery secrets(db);
    secrets.prepare(QStringLiteral("INSERT INTO instance_secrets (instance_id, keychain, "
                                   "stored_at) SELECT id, ?, updated_at FROM instances WHERE "
                                   "has_secret"));
    secrets.addBindValue(thisKeychainId());
    if (Status done = exec(database, secrets, Database::tr("adding the sort and search keys"));
        !done)
        return done;
    return fillKeys(database, db, QStringLiteral("SELECT id, name FROM providers"),
                    QStringLiteral("UPDATE providers SET name_key = ? WHERE id = ?"),
                    [](const QSqlQuery &row) {
                        return QVariantList{systemNameKey(row.value(1).toString())};
                    });
}

// PostgreSQL: every committed write to a table an open window shows is announced on the
// channel catalogueChannel (the table's name as payload), so that the window refreshes within
// moments (CatalogueWatcher). SQLite needs nothing: its data_version says the same.
Status announceChanges(const Database &database, QSqlDatabase &db)
{
    if (!database.dialect().isPostgresql())
        return success();
    const QString doing = Database::tr("announcing changes to open windows");
    QSqlQuery query(db);
    if (!query.exec(
                QStringLiteral("CREATE FUNCTION acronis_csp_announce() RETURNS trigger LANGUAGE "
                               "plpgsql AS $$ "
                               "BEGIN PERFORM pg_notify('%1', TG_TABLE_NAME); RETURN NULL; END $$")
                        .arg(catalogueChannel())))
        return database.errorFrom(query, doing);
    for (const char *table : {"instances", "products", "sync_runs", "providers",
                              "provider_operations", "product_prices", "discount_history",
                              "contract_tiers", "tier_commitments", "provider_tiers"}) {
        if (Status announced = announceTable(database, query, QLatin1String(table)); !announced)
            return announced;
    }
    return success();
}

// Nothing of the audit trail can be changed or removed through the program's schema: every
// UPDATE and DELETE of it is refused by the database itself. On PostgreSQL its additions are
// also announced to open windows.
Status protectAuditTrail(const Database &database, QSqlDatabase &db)
{
    const QString doing = Database::tr("protecting the audit trail");
    QSqlQuery query(db);
    if (!database.dialect().isPostgresql()) {
        for (const QString &event : {QStringLiteral("UPDATE"), QStringLiteral("DELETE")}) {
            if (!query.exec(QStringLiteral("CREATE TRIGGER audit_log_no_%1 BEFORE %2 ON audit_log "
                                           "BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be "
                                           "changed'); END")
                                    .arg(event.toLower(), event)))
                return database.errorFrom(query, doing);
        }
        return success();
    }
    if (!query.exec(QStringLiteral("CREATE FUNCTION acronis_csp_audit_unchangeable() RETURNS "
                                   "trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the "
                                   "audit trail cannot be changed'; END $$")) ||
        !query.exec(QStringLiteral("CREATE TRIGGER audit_log_unchangeable BEFORE UPDATE OR DELETE "
                                   "OR TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION "
                                   "acronis_csp_audit_unchangeable()")))
        return database.errorFrom(query, doing);
    return announceTable(database, query, QStringLiteral("audit_log"));
}

} // namespace csp
