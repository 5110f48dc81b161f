#pragma once

#include "services/syncjob.h"

#include <QDialog>

namespace csp {

// "succeeded", "failed", "cancelled", "running" in the user's language.
QString runStatusLabel(const QString &status);

// The changes of a run: counts, warnings and the list of what was (or would be) added, renamed,
// updated and retired. For a preview it asks whether to apply them.
class SyncResultDialog : public QDialog
{
    Q_OBJECT

public:
    SyncResultDialog(const SyncOutcome &outcome, bool askToApply, QWidget *parent = nullptr);
};

// The Get Services Definition runs of one instance, newest first.
class SyncHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    SyncHistoryDialog(const QList<SyncRun> &runs, QWidget *parent = nullptr);
};

} // namespace csp
