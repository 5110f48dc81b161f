#include "syncrun.h"

#include <QCoreApplication>

namespace csp {

QString syncStatusText(SyncStatus status)
{
    switch (status) {
    case SyncStatus::Running:
        return QStringLiteral("running");
    case SyncStatus::Succeeded:
        return QStringLiteral("succeeded");
    case SyncStatus::Failed:
        return QStringLiteral("failed");
    case SyncStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("failed");
}

SyncStatus syncStatusFrom(QStringView text)
{
    for (const SyncStatus status :
         {SyncStatus::Running, SyncStatus::Succeeded, SyncStatus::Failed, SyncStatus::Cancelled})
        if (text == syncStatusText(status))
            return status;
    return SyncStatus::Failed;
}

QString syncStartedFromText(const QString &startedBy)
{
    if (startedBy == u"window")
        return QCoreApplication::translate("SyncRun", "the desktop window");
    if (startedBy == u"cli")
        return QCoreApplication::translate("SyncRun", "the command line");
    if (startedBy == u"timer")
        return QCoreApplication::translate("SyncRun", "the nightly schedule");
    return QStringLiteral("\u2014");
}

} // namespace csp
