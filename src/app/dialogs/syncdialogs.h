#pragma once

#include "core/productrow.h"
#include "services/syncjob.h"

#include <QDialog>

#include <functional>

class QTreeWidget;

namespace csp {

// "succeeded", "failed", "cancelled", "running" in the user's language.
QString runStatusLabel(SyncStatus status);

// The changes of a run: counts, warnings and the list of what was (or would be) added, renamed,
// updated and retired. For a preview it asks whether to apply them.
class SyncResultDialog : public QDialog
{
    Q_OBJECT

public:
    SyncResultDialog(const SyncOutcome &outcome, bool askToApply, QWidget *parent = nullptr);

private:
    void fitToChanges(QTreeWidget *changes);
};

// The Get Services Definition runs of one instance, newest first, and the products the selected
// run changed (added, renamed, updated with the price before and after, retired).
class SyncHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    using ChangesOfRun = std::function<Result<QList<ProductHistoryEntry>>(const SyncRun &run)>;
    SyncHistoryDialog(const QList<SyncRun> &runs, ChangesOfRun changesOf,
                      QWidget *parent = nullptr);
    int shownChanges() const;

private:
    void showChangesOf(int row);

    QList<SyncRun> m_runs;
    ChangesOfRun m_changesOf;
    QTreeWidget *m_changes = nullptr;
};

} // namespace csp
