#pragma once

#include <QString>
#include <QStringList>

namespace csp {

// How a Get Services Definition run stands; written in the catalogue and in every output as
// syncStatusText() gives it.
enum class SyncStatus { Running, Succeeded, Failed, Cancelled };

// "running", "succeeded", "failed", "cancelled".
QString syncStatusText(SyncStatus status);
// The status a text names; a text no version wrote reads as Failed (a run that did not succeed).
SyncStatus syncStatusFrom(QStringView text);

// Where a run was started ("window", "cli", "timer", as stored) in the user's language: "the
// desktop window", "the command line", "the nightly schedule"; "—" when not known.
QString syncStartedFromText(const QString &startedBy);

// One recorded Get Services Definition run.
struct SyncRun
{
    QString id;
    QString instanceId;
    QString instanceName;
    QString kind = QStringLiteral("get_services_definition");
    QString startedAt;
    QString finishedAt;
    SyncStatus status = SyncStatus::Running;
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
    SyncStatus status = SyncStatus::Running;
};

} // namespace csp
