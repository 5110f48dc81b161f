#pragma once

#include "acronis/records.h"
#include "core/handoff.h"
#include "core/instance.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>
#include <future>
#include <memory>
#include <optional>

namespace csp {

class Database;

// A partner tenant as the import read it, with its tier_level_value (none of its own: nullopt).
struct PartnerRead
{
    acronis::Tenant tenant;
    std::optional<int> level;
};

// What an import did to the recorded providers.
struct ImportTally
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    QStringList unknownLevels; // tier_level_values no contract tier has
};

// Records the partners an import read, in one transaction, on a worker thread with its own
// connection: begun while the last tiers are still being read, it writes the partners read so
// far meanwhile, and commits once finish() says all were given. Nothing is committed before;
// abandon() (or the destructor) rolls back.
class ProviderImportWrite
{
    Q_DECLARE_TR_FUNCTIONS(csp::ProviderService) // its messages are the service's

public:
    // `done` is called on the worker thread once result() is ready.
    ProviderImportWrite(std::shared_ptr<Database> database, Instance instance, QDateTime startedAt,
                        std::function<void()> done);
    ~ProviderImportWrite(); // abandons what is not finished, and waits for the rollback
    ProviderImportWrite(const ProviderImportWrite &) = delete;
    ProviderImportWrite &operator=(const ProviderImportWrite &) = delete;

    // The next partners, in the order of the list.
    void add(QList<PartnerRead> partners);
    void finish();
    void abandon();
    Result<ImportTally> result();

    // All of it at once, on the calling thread; as before the write began early, the write lock
    // is taken only for a change.
    static Result<ImportTally> writeAll(std::shared_ptr<Database> database,
                                        const Instance &instance, const QDateTime &startedAt,
                                        QList<PartnerRead> partners);

private:
    ProviderImportWrite(std::shared_ptr<Database> database, Instance instance, QDateTime startedAt);
    Result<ImportTally> run(bool lockFirst);

    std::shared_ptr<Database> m_database;
    Instance m_instance;
    QDateTime m_startedAt;
    Handoff<QList<PartnerRead>> m_parts;
    bool m_ended = false;
    std::atomic<bool> m_abandoned = false; // the worker stops writing at the next part
    std::future<Result<ImportTally>> m_result;
};

} // namespace csp
