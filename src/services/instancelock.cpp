#include "instancelock.h"

#include "core/appidentity.h"
#include "core/timetext.h"
#include "storage/database.h"
#include "storage/databaselock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>

namespace csp {

namespace {

Result<HeldLock> lockFile(const Database &database, const QString &kind, const QString &instanceId,
                          const QString &busy)
{
    const QString path = instanceLockPath(database, kind, instanceId);
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto lock = std::make_shared<QLockFile>(path);
    // A day: a long run is never taken for stale, while the lock of a dead process still is.
    lock->setStaleLockTime(24 * 60 * 60 * 1000);
    if (lock->tryLock(0))
        return HeldLock(lock);
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

Result<HeldLock> advisoryLock(const Database &database, const QString &kind,
                              const QString &instanceId, const QString &busy)
{
    DatabaseLock::Holder holder;
    auto lock =
            DatabaseLock::tryTake(database, kind + u':' + instanceId, thisLockHolder(), &holder);
    if (lock)
        return HeldLock(*lock);
    if (lock.error().kind != ErrorKind::Conflict)
        return lock.error();
    const QString who = holder.who.isEmpty()
            ? QCoreApplication::translate("csp::InstanceLock", "another program")
            : holder.who;
    const QString since = holder.since.isValid()
            ? timeText(holder.since)
            : QCoreApplication::translate("csp::InstanceLock", "a moment ago");
    return Error{
            ErrorKind::Conflict,
            busy + u' ' +
                    QCoreApplication::translate("csp::InstanceLock",
                                                "(%1, since %2); try again when it has finished.")
                            .arg(who, since)};
}

} // namespace

QString instanceLockPath(const Database &database, const QString &kind, const QString &instanceId)
{
    return QFileInfo(database.path()).absolutePath() + QStringLiteral("/locks/") + kind + u'-' +
            instanceId + QStringLiteral(".lock");
}

QString customerLockKind(const QString &customerId)
{
    return QStringLiteral("provider-") +
            QString::fromLatin1(
                    QCryptographicHash::hash(customerId.toUtf8(), QCryptographicHash::Sha1)
                            .toHex()
                            .left(16));
}

QString thisLockHolder()
{
    return QCoreApplication::translate("csp::InstanceLock", "%1 (process %2)")
            .arg(thisUserAtHost())
            .arg(QCoreApplication::applicationPid());
}

Result<HeldLock> lockInstance(const Database &database, const QString &kind,
                              const QString &instanceId, const QString &busy)
{
    if (database.dialect().isPostgresql())
        return advisoryLock(database, kind, instanceId, busy);
    return lockFile(database, kind, instanceId, busy);
}

} // namespace csp
