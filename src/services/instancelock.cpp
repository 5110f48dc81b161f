#include "instancelock.h"

#include "core/appidentity.h"
#include "storage/runlock.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace csp {

QString instanceLockPath(const Database &database, const QString &kind, const QString &instanceId)
{
    return runLockPath(database, kind, instanceId);
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
    return takeRunLock(database, kind, instanceId, busy, thisLockHolder());
}

} // namespace csp
