#include "syncpanel.h"

#include "core/timetext.h"
#include "prompts.h"
#include "services/cataloguereader.h"
#include "services/syncjob.h"
#include "syncdialogs.h"
#include "ui_syncpanel.h"

#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>

namespace csp {

SyncPanel::SyncPanel(std::shared_ptr<Database> database, SecretStore &secrets,
                     QNetworkAccessManager &network, QWidget *parent)
    : QGroupBox(parent)
    , m_database(database)
{
    m_job = new SyncJob(database, secrets, network, {}, this);
    Ui::SyncPanel ui;
    ui.setupUi(this);
    // No mnemonic on the button: a sync rewrites prices and names, too much for one stray
    // Alt+letter (Tab and Space reach it).
    m_button = ui.getServicesButton;
    m_preview = ui.previewCheck;
    QPushButton *history = ui.syncHistoryButton;
    m_progress = ui.syncProgress;
    m_progress->setRange(0, SyncJob::StepCount);
    m_step = ui.syncStepLabel;
    m_cancel = ui.syncCancelButton;
    m_lastRun = ui.lastRunLabel;
    m_progress->hide();
    m_cancel->hide();
    m_step->hide();

    connect(m_button, &QPushButton::clicked, this, &SyncPanel::runNow);
    connect(m_cancel, &QPushButton::clicked, m_job, &SyncJob::cancel);
    connect(history, &QPushButton::clicked, this, &SyncPanel::showHistory);
    connect(m_job, &SyncJob::progress, this, [this](const QString &step, int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
        showStep(step);
    });
    connect(m_job, &SyncJob::finished, this, &SyncPanel::onFinished);
}

SyncPanel::~SyncPanel() = default;

bool SyncPanel::isRunning() const
{
    return m_job->isRunning();
}

void SyncPanel::setInstance(const Instance &instance, bool saved)
{
    const bool switched = instance.id != m_instance.id;
    m_instance = instance;
    m_saved = saved && !instance.id.isEmpty();
    m_button->setEnabled(m_saved && !isRunning());
    m_button->setToolTip(m_saved ? tr("Read what the distributor may sell to service providers and "
                                      "bring this instance's products up to date.")
                                 : tr("Save the instance first."));
    if (switched) {
        showStep({});
        showLastRun();
    }
}

void SyncPanel::runNow()
{
    m_previewing = m_preview->isChecked();
    start();
}

void SyncPanel::start()
{
    if (!m_saved || isRunning())
        return;
    m_button->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_job->start(m_instance, m_previewing);
}

void SyncPanel::onFinished(const SyncOutcome &outcome)
{
    m_progress->hide();
    m_cancel->hide();
    m_button->setEnabled(m_saved);
    showLastRun();
    if (!outcome.ok()) {
        showStep(outcome.status == SyncStatus::Cancelled
                         ? outcome.error->message
                         : tr("\u2716 %1").arg(outcome.error->message));
        return;
    }
    showStep({});
    const CatalogueDiff &diff = outcome.diff;
    if (!diff.hasChanges() && diff.warnings.isEmpty()) {
        // Nothing to look at: a sentence, not a dialog.
        showStep(outcome.dryRun
                         ? tr("\u2713 Nothing would change: all %n product(s) are as Acronis "
                              "serves them.",
                              nullptr, diff.count(ChangeKind::Unchanged))
                         : tr("\u2713 Nothing changed: all %n product(s) are as Acronis "
                              "serves them.",
                              nullptr, diff.count(ChangeKind::Unchanged)));
        return;
    }
    if (outcome.dryRun) {
        SyncResultDialog preview(outcome, true, this);
        if (Prompts::exec(preview) == QDialog::Accepted && outcome.diff.hasChanges()) {
            m_previewing = false;
            start();
        }
        return;
    }
    emit catalogueChanged(m_instance.id);
    SyncResultDialog summary(outcome, false, this);
    Prompts::exec(summary);
}

// An empty step line takes no room: the last run sits right under the button.
void SyncPanel::showStep(const QString &text)
{
    m_step->setText(text);
    m_step->setVisible(!text.isEmpty());
}

void SyncPanel::showLastRun()
{
    const auto runs = m_instance.id.isEmpty() ? Result<QList<SyncRun>>(QList<SyncRun>())
                                              : CatalogueReader(m_database).syncRuns(m_instance.id);
    if (!runs) {
        m_lastRun->setText(runs.error().message);
        return;
    }
    if (runs->isEmpty()) {
        m_lastRun->setText(tr("Never run for this instance."));
        return;
    }
    const SyncRun &run = runs->first();
    const QDateTime finished = QDateTime::fromString(
            run.finishedAt.isEmpty() ? run.startedAt : run.finishedAt, Qt::ISODateWithMs);
    const QString when = timeText(finished);
    if (run.status == SyncStatus::Succeeded)
        m_lastRun->setText(tr("Last run %1: succeeded (%2 added, %3 renamed, %4 updated, %5 "
                              "retired, %6 unchanged).")
                                   .arg(when)
                                   .arg(run.added)
                                   .arg(run.renamed)
                                   .arg(run.updated)
                                   .arg(run.retired)
                                   .arg(run.unchanged));
    else
        m_lastRun->setText(
                tr("Last run %1: %2. %3").arg(when, runStatusLabel(run.status), run.error));
    // The nightly run's outcome too, when a later run by hand hides it.
    const auto nightly = std::find_if(runs->begin(), runs->end(), [](const SyncRun &each) {
        return each.startedBy == u"timer";
    });
    if (nightly != runs->end() && nightly != runs->begin()) {
        const QDateTime at = QDateTime::fromString(nightly->startedAt, Qt::ISODateWithMs);
        m_lastRun->setText(
                m_lastRun->text() + u'\n' +
                tr("Last nightly run %1: %2.").arg(timeText(at), runStatusLabel(nightly->status)));
    }
}

void SyncPanel::showHistory()
{
    const CatalogueReader reader(m_database);
    const auto runs = reader.syncRuns(m_instance.id);
    if (!runs)
        return Prompts::warn(this, tr("Get Services Definition history"), runs.error().message);
    SyncHistoryDialog dialog(
            *runs, [reader](const SyncRun &run) { return reader.changesOfRun(run); }, this);
    Prompts::exec(dialog);
}

} // namespace csp
