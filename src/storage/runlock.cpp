#include "runlock.h"

#include "core/timetext.h"
#include "storage/database.h"
#include "storage/databaselock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace csp {

namespace {

Result<std::shared_ptr<void>> lockFile(const Database &database, const QString &kind,
                                       const QString &instanceId, const QString &busy)
{
    const QString path = runLockPath(database, kind, instanceId);
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto lock = std::make_shared<QLockFile>(path);
    // A day: a long run is never taken for stale, while the lock of a dead process still is.
    lock->setStaleLockTime(24 * 60 * 60 * 1000);
    if (lock->tryLock(0))
        return std::shared_ptr<void>(lock);
    qint64 pid = 0;
    QString host, application;
    lock->getLockInfo(&pid, &host, &application);
    return Error{ErrorKind::Conflict,
                 busy + u' ' +
                         QCoreApplication::translate(
                                 "csp::InstanceLock",
                                 "(process %1 on %2); try again when it has finished.")
                                 .arg(pid)
                                 .arg(host)};
}

Result<std::shared_ptr<void>> advisoryLock(const Database &database, const QString &kind,
                                           const QString &instanceId, const QString &busy,
                                           const QString &holder)
{
    DatabaseLock::Holder heldBy;
    auto lock = DatabaseLock::tryTake(database, kind + u':' + instanceId, holder, &heldBy);
    if (lock)
        return std::shared_ptr<void>(*lock);
    if (lock.error().kind != ErrorKind::Conflict)
        return lock.error();
    const QString who = heldBy.who.isEmpty()
            ? QCoreApplication::translate("csp::InstanceLock", "another program")
            : heldBy.who;
    const QString since = heldBy.since.isValid()
            ? timeText(heldBy.since)
            : QCoreApplication::translate("csp::InstanceLock", "a moment ago");
    return Error{
            ErrorKind::Conflict,
            busy + u' ' +
                    QCoreApplication::translate("csp::InstanceLock",
                                                "(%1, since %2); try again when it has finished.")
                            .arg(who, since)};
}

} // namespace

Result<std::shared_ptr<void>> takeRunLock(const Database &database, const QString &kind,
                                          const QString &instanceId, const QString &busy,
                                          const QString &holder)
{
    if (database.dialect().isPostgresql())
        return advisoryLock(database, kind, instanceId, busy, holder);
    return lockFile(database, kind, instanceId, busy);
}

QString runLockPath(const Database &database, const QString &kind, const QString &instanceId)
{
    return QFileInfo(database.path()).absolutePath() + QStringLiteral("/locks/") + kind + u'-' +
            instanceId + QStringLiteral(".lock");
}

} // namespace csp
