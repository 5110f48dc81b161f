#include "cataloguecopy.h"

#include "core/timetext.h"

#include "auditrepository.h"
#include "batchinsert.h"

#include <QDateTime>

#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace csp {

const QStringList &CatalogueCopy::tables()
{
    static const QStringList names{
            QStringLiteral("instances"),           QStringLiteral("products"),
            QStringLiteral("product_changes"),     QStringLiteral("product_prices"),
            QStringLiteral("discount_history"),    QStringLiteral("sync_runs"),
            QStringLiteral("usage_reports"),       QStringLiteral("providers"),
            QStringLiteral("provider_operations"), QStringLiteral("provider_tiers"),
            QStringLiteral("contract_tiers"),      QStringLiteral("tier_commitments"),
            QStringLiteral("instance_secrets"),    QStringLiteral("audit_log"),
            QStringLiteral("usage_snapshots"),     QStringLiteral("price_checks"),
            QStringLiteral("invoice_numbering"),   QStringLiteral("issued_invoices"),
            QStringLiteral("issued_invoice_lines")};
    return names;
}

Result<TableCounts> CatalogueCopy::count(const Database &database)
{
    TableCounts counts;
    QSqlQuery query(database.connection());
    for (const QString &table : tables()) {
        if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
            return database.errorFrom(query, tr("counting the rows of %1").arg(table));
        counts.append({table, query.value(0).toLongLong()});
    }
    return counts;
}

Status CatalogueCopy::copyTable(const Database &source, const Database &target,
                                const QString &table)
{
    const QSqlRecord columns = target.connection().record(table);
    QStringList names;
    for (int i = 0; i < columns.count(); ++i)
        names.append(columns.fieldName(i));
    QSqlQuery read(source.connection());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT ") + names.join(QStringLiteral(", ")) +
                   QStringLiteral(" FROM ") + table))
        return source.errorFrom(read, tr("reading %1").arg(table));
    BatchInsert insert(target, table, names);
    while (read.next()) {
        QVariantList row;
        row.reserve(names.size());
        for (int i = 0; i < names.size(); ++i) {
            QVariant value = read.value(i);
            // SQLite keeps a BOOLEAN as 0 or 1, which PostgreSQL does not take for one.
            if (!value.isNull())
                value.convert(columns.field(i).metaType());
            else
                value = QVariant(columns.field(i).metaType());
            row.append(value);
        }
        if (Status added = insert.add(row); !added)
            return added;
    }
    return insert.flush();
}

Status CatalogueCopy::restartIdentities(const Database &target)
{
    if (!target.dialect().isPostgresql())
        return success();
    // The copied ids were given; the next one counts on from the highest.
    QSqlQuery query(target.connection());
    if (!query.exec(QStringLiteral(
                "SELECT setval(pg_get_serial_sequence('provider_operations', 'id'), "
                "COALESCE((SELECT MAX(id) FROM provider_operations), 0) + 1, false)")))
        return target.errorFrom(query, tr("continuing the operation numbers"));
    return success();
}

Result<TableCounts> CatalogueCopy::copy(const std::shared_ptr<Database> &sourceDatabase,
                                        const std::shared_ptr<Database> &targetDatabase)
{
    const Database &source = *sourceDatabase;
    const Database &target = *targetDatabase;
    if (source.schemaVersion() != target.schemaVersion())
        return Error{ErrorKind::Failed,
                     tr("The two catalogues have different schema versions (%1 and %2).")
                             .arg(source.schemaVersion())
                             .arg(target.schemaVersion())};
    Transaction transaction(target, Transaction::Kind::Write);
    if (!transaction.began())
        return target.errorFrom(transaction.beginError(), tr("starting the copy"));
    const auto occupied = count(target);
    if (!occupied)
        return occupied.error();
    if (occupied->first().second > 0)
        return Error{ErrorKind::Conflict,
                     tr("%1 already holds a catalogue (%2 instances); nothing was copied. Copy "
                        "into an empty database.")
                             .arg(target.display())
                             .arg(occupied->first().second)};
    // The source is read in one transaction, so that what it holds stays as it was meanwhile.
    Transaction reading(source, Transaction::Kind::Snapshot);
    for (const QString &table : tables()) {
        if (Status copied = copyTable(source, target, table); !copied)
            return copied.error();
    }
    if (Status restarted = restartIdentities(target); !restarted)
        return restarted.error();
    const auto after = count(target);
    if (!after)
        return after.error();
    // A table a later migration adds and this list forgets would be lost without a word.
    for (const QString &table : source.connection().tables()) {
        if (!tables().contains(table) && table != u"schema_version" && table != u"lock_holders")
            return Error{ErrorKind::Failed,
                         tr("The copy does not know the table %1; nothing was copied.").arg(table)};
    }
    const auto sourceNow = count(source);
    if (!sourceNow)
        return sourceNow.error();
    for (qsizetype i = 0; i < after->size(); ++i) {
        if (after->at(i).second != sourceNow->at(i).second)
            return Error{ErrorKind::Failed,
                         tr("The copy of %1 holds %2 rows, the source %3; nothing was copied.")
                                 .arg(after->at(i).first)
                                 .arg(after->at(i).second)
                                 .arg(sourceNow->at(i).second)};
    }
    if (!transaction.commit())
        return target.errorFrom(transaction.commitError(), tr("committing the copy"));
    reading.commit(); // it only read; the source's own entry below must not be rolled back
    // Both trails say so, alike, so that every command reads the same on either afterwards.
    AuditEntry copied;
    copied.at = catalogueTimeNow();
    copied.action = QLatin1String(AuditAction::DatabaseCopy);
    copied.subject = QStringLiteral("catalogue");
    copied.before = source.display();
    copied.after = target.display();
    for (const auto &database : {sourceDatabase, targetDatabase}) {
        if (Status recorded = AuditRepository(database).record(copied); !recorded)
            return recorded.error();
    }
    return *after;
}

} // namespace csp
