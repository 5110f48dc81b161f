#include "syncdialogs.h"

#include "core/timetext.h"
#include "services/syncjob.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace csp {

namespace {

QString kindLabel(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return SyncResultDialog::tr("Added");
    case ChangeKind::Renamed:
        return SyncResultDialog::tr("Renamed");
    case ChangeKind::Updated:
        return SyncResultDialog::tr("Updated");
    case ChangeKind::Retired:
        return SyncResultDialog::tr("Retired");
    case ChangeKind::Unchanged:
        break;
    }
    return SyncResultDialog::tr("Unchanged");
}

QString localTime(const QString &utc)
{
    return timeText(utc);
}

} // namespace

QString runStatusLabel(const QString &status)
{
    if (status == u"succeeded")
        return SyncHistoryDialog::tr("succeeded");
    if (status == u"failed")
        return SyncHistoryDialog::tr("failed");
    if (status == u"cancelled")
        return SyncHistoryDialog::tr("cancelled");
    return SyncHistoryDialog::tr("running");
}

SyncResultDialog::SyncResultDialog(const SyncOutcome &outcome, bool askToApply, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("syncResultDialog"));
    setWindowTitle(askToApply ? tr("Preview of Get Services Definition")
                              : tr("Get Services Definition"));
    auto *layout = new QVBoxLayout(this);
    const CatalogueDiff &diff = outcome.diff;
    auto *summary = new QLabel(
            (askToApply ? tr("If applied, \"%1\" gets %2 new, %3 renamed, %4 updated and %5 "
                             "retired product(s); %6 stay as they are.")
                        : tr("\"%1\": %2 added, %3 renamed, %4 updated, %5 retired, %6 unchanged."))
                    .arg(outcome.instanceName)
                    .arg(diff.count(ChangeKind::Added))
                    .arg(diff.count(ChangeKind::Renamed))
                    .arg(diff.count(ChangeKind::Updated))
                    .arg(diff.count(ChangeKind::Retired))
                    .arg(diff.count(ChangeKind::Unchanged)),
            this);
    summary->setObjectName(QStringLiteral("syncSummaryLabel"));
    summary->setWordWrap(true);
    layout->addWidget(summary);
    for (const QString &warning : diff.warnings) {
        auto *label = new QLabel(QStringLiteral("\u26a0 ") + warning, this);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    auto *changes = new QTreeWidget(this);
    changes->setObjectName(QStringLiteral("syncChangesTree"));
    changes->setHeaderLabels({tr("Change"), tr("Product"), tr("Before / what changed")});
    changes->setRootIsDecorated(false);
    for (const ProductChange &change : diff.changes) {
        if (change.kind == ChangeKind::Unchanged)
            continue;
        const QString detail = change.kind == ChangeKind::Renamed
                ? change.oldName
                : change.fields.join(QStringLiteral(", "));
        new QTreeWidgetItem(changes, {kindLabel(change.kind), change.product.name, detail});
    }
    changes->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    changes->setVisible(diff.hasChanges());
    layout->addWidget(changes, 1);
    auto *buttons = new QDialogButtonBox(this);
    if (askToApply) {
        QPushButton *apply = buttons->addButton(tr("&Apply Changes"), QDialogButtonBox::AcceptRole);
        apply->setObjectName(QStringLiteral("applyChangesButton"));
        apply->setEnabled(diff.hasChanges());
        buttons->addButton(QDialogButtonBox::Cancel);
    } else {
        buttons->addButton(QDialogButtonBox::Close);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 420);
}

SyncHistoryDialog::SyncHistoryDialog(const QList<SyncRun> &runs, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("syncHistoryDialog"));
    setWindowTitle(tr("Get Services Definition history"));
    auto *layout = new QVBoxLayout(this);
    auto *table = new QTableWidget(int(runs.size()), 10, this);
    table->setObjectName(QStringLiteral("syncHistoryTable"));
    table->setHorizontalHeaderLabels({tr("Started"), tr("Finished"), tr("Started by"), tr("Result"),
                                      tr("Added"), tr("Renamed"), tr("Updated"), tr("Retired"),
                                      tr("Unchanged"), tr("Error or warnings")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < runs.size(); ++row) {
        const SyncRun &run = runs.at(row);
        const QString result = runStatusLabel(run.status);
        const QStringList cells = {localTime(run.startedAt),
                                   localTime(run.finishedAt),
                                   SyncJob::startedByText(run.startedBy),
                                   result,
                                   QString::number(run.added),
                                   QString::number(run.renamed),
                                   QString::number(run.updated),
                                   QString::number(run.retired),
                                   QString::number(run.unchanged),
                                   run.error.isEmpty() ? run.warnings.join(u' ') : run.error};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            table->setItem(row, column, item);
        }
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(860, 360);
}

} // namespace csp
