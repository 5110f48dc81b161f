#pragma once

#include "core/result.h"
#include "core/usage.h"
#include "database.h"

#include <QDate>
#include <QSet>

#include <memory>

namespace csp {

enum class SnapshotSource { Estimate, Report };

// The usage counters read for a month: the last live estimate of each tenant (each read of the
// month replaces the one before) and the month's report once it was read. What the month-end
// reconciliation compares.
class UsageSnapshotRepository
{
    Q_DECLARE_TR_FUNCTIONS(UsageSnapshotRepository)

public:
    explicit UsageSnapshotRepository(std::shared_ptr<Database> database);

    // Replaces the estimates of `tenants` for `month` with `records` (in one transaction).
    Status recordEstimates(const QString &instanceId, QDate month, const QStringList &tenants,
                           const QList<UsageRecord> &records, const QString &takenAt);
    // Replaces the month's report.
    Status recordReport(const QString &instanceId, QDate month, const QList<UsageRecord> &records,
                        const QString &takenAt);

    struct Snapshot
    {
        QList<UsageRecord> records;
        QHash<QString, QString> takenAt; // per tenant
    };
    Result<Snapshot> read(const QString &instanceId, QDate month, SnapshotSource source) const;
    // "tenant|application|item|edition|infra" of every counter above zero before `month`.
    Result<QSet<QString>> usedBefore(const QString &instanceId, QDate month) const;
    // Whether anything at all was recorded before `month`.
    Result<bool> anyBefore(const QString &instanceId, QDate month) const;

private:
    Status insert(const QString &instanceId, QDate month, SnapshotSource source,
                  const QList<UsageRecord> &records, const QString &takenAt);

    std::shared_ptr<Database> m_database;
};

} // namespace csp
