#pragma once

#include <QString>
#include <QStringList>

namespace csp {

// One recorded Get Services Definition run.
struct SyncRun
{
    QString id;
    QString instanceId;
    QString instanceName;
    QString kind = QStringLiteral("get_services_definition");
    QString startedAt;
    QString finishedAt;
    QString status = QStringLiteral("running"); // running, succeeded, failed, cancelled
    int added = 0;
    int updated = 0;
    int renamed = 0;
    int retired = 0;
    int unchanged = 0;
    QString error;
    QStringList warnings;
    QString startedBy; // "window", "cli" or "timer"; empty for runs from before it was kept
};

// How an instance's last sync ended, for a listing of instances.
struct SyncSummary
{
    QString finishedAt;
    QString status;
};

} // namespace csp
