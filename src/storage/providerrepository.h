#pragma once

#include "core/provider.h"
#include "core/result.h"
#include "database.h"

#include <QDate>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace csp {

// The service providers of every instance, and what was done to each.
class ProviderRepository
{
    Q_DECLARE_TR_FUNCTIONS(ProviderRepository)

public:
    explicit ProviderRepository(std::shared_ptr<Database> database);

    // Inserts or replaces the provider with this id (a new one gets created/changed times).
    Status save(Provider &provider);
    Result<std::optional<Provider>> find(const QString &instanceId,
                                         const QString &customerId) const;
    // By instance, then name; all instances when `instanceId` is empty.
    Result<QList<Provider>> list(const QString &instanceId = {}) const;

    Status record(const ProviderOperation &operation);

    // An import's writes, in batches (a handful of statements on a server for thousands of
    // providers): each provider saved (as save() does), its tier from a month where it has one,
    // and its operation recorded with its audit entry.
    struct Imported
    {
        Provider provider;
        QString tierKey; // empty: its tier is not set anew
        QDate tierFrom;  // the first of the month it holds from
        ProviderOperation operation;
    };
    Status saveImported(QList<Imported> &imports, const QString &instanceName);
    // Newest first.
    Result<QList<ProviderOperation>> operations(const QString &providerId) const;

private:
    // A statement prepared once per connection: an import saves thousands of providers, and
    // parsing the same SQL for each cost more than the writes.
    struct Prepared
    {
        QString connection;
        std::optional<QSqlQuery> query;
    };
    QSqlQuery &prepared(Prepared &cache, const QString &sql);
    static QVariantList valuesOf(const Provider &provider); // in providerColumns' order
    static QString upsertAssignments();
    Result<QList<Provider>> select(const QString &where, const QStringList &values) const;

    std::shared_ptr<Database> m_database;
    Prepared m_upsert;
    Prepared m_record;
};

} // namespace csp
