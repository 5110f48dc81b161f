#include "instancelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace csp {

QString instanceLockPath(const Database &database, const QString &kind, const QString &instanceId)
{
    return QFileInfo(database.path()).absolutePath() + QStringLiteral("/locks/") + kind + u'-' +
            instanceId + QStringLiteral(".lock");
}

Result<std::shared_ptr<QLockFile>> lockInstance(const Database &database, const QString &kind,
                                                const QString &instanceId, const QString &busy)
{
    const QString path = instanceLockPath(database, kind, instanceId);
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto lock = std::make_shared<QLockFile>(path);
    // A day: a long run is never taken for stale, while the lock of a dead process still is.
    lock->setStaleLockTime(24 * 60 * 60 * 1000);
    if (lock->tryLock(0))
        return lock;
    qint64 pid = 0;
    QString host, application;
    lock->getLockInfo(&pid, &host, &application);
    return Error{ErrorKind::Conflict,
                 busy + u' ' +
                         QCoreApplication::translate("csp::InstanceLock",
                                                     "(process %1 on %2); try again when it has "
                                                     "finished.")
                                 .arg(pid)
                                 .arg(host)};
}

} // namespace csp
