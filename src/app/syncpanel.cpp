#include "syncpanel.h"

#include "core/timetext.h"
#include "prompts.h"
#include "services/cataloguereader.h"
#include "services/syncjob.h"
#include "syncdialogs.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>

namespace csp {

SyncPanel::SyncPanel(std::shared_ptr<Database> database, SecretStore &secrets,
                     QNetworkAccessManager &network, QWidget *parent)
    : QGroupBox(tr("Get Services Definition"), parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("syncPanel"));
    m_job = new SyncJob(database, secrets, network, {}, this);
    auto *layout = new QGridLayout(this);
    // No mnemonic: a sync rewrites prices and names, too much for one stray Alt+letter (Tab
    // and Space reach it).
    m_button = new QPushButton(tr("Get Services Definition"), this);
    m_button->setObjectName(QStringLiteral("getServicesButton"));
    m_button->setToolTip(tr("Read what the distributor may sell to service providers and bring "
                            "this instance's products up to date."));
    m_preview = new QCheckBox(tr("Preview the changes first"), this);
    m_preview->setObjectName(QStringLiteral("previewCheck"));
    m_preview->setToolTip(tr("Show what would change, with the prices, and apply it only when you "
                             "agree"));
    auto *history = new QPushButton(tr("Histor&y\u2026"), this);
    history->setObjectName(QStringLiteral("syncHistoryButton"));
    history->setToolTip(tr("Every run of this instance and the products each one changed"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setRange(0, SyncJob::StepCount);
    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("syncStepLabel"));
    m_step->setWordWrap(true);
    m_step->setTextFormat(Qt::PlainText);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("syncCancelButton"));
    m_lastRun = new QLabel(this);
    m_lastRun->setObjectName(QStringLiteral("lastRunLabel"));
    m_lastRun->setWordWrap(true);
    layout->addWidget(m_button, 0, 0);
    layout->addWidget(m_preview, 0, 1);
    layout->addWidget(history, 0, 3);
    layout->setColumnStretch(2, 1);
    layout->addWidget(m_progress, 1, 0, 1, 3);
    layout->addWidget(m_cancel, 1, 3);
    layout->addWidget(m_step, 2, 0, 1, 4);
    layout->addWidget(m_lastRun, 3, 0, 1, 4);
    m_progress->hide();
    m_cancel->hide();

    connect(m_button, &QPushButton::clicked, this, &SyncPanel::runNow);
    connect(m_cancel, &QPushButton::clicked, m_job, &SyncJob::cancel);
    connect(history, &QPushButton::clicked, this, &SyncPanel::showHistory);
    connect(m_job, &SyncJob::progress, this, [this](const QString &step, int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
        m_step->setText(step);
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
        m_step->clear();
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
        m_step->setText(outcome.status == SyncStatus::Cancelled
                                ? outcome.error->message
                                : tr("\u2716 %1").arg(outcome.error->message));
        return;
    }
    m_step->clear();
    const CatalogueDiff &diff = outcome.diff;
    if (!diff.hasChanges() && diff.warnings.isEmpty()) {
        // Nothing to look at: a sentence, not a dialog.
        m_step->setText(
                outcome.dryRun ? tr("\u2713 Nothing would change: all %n product(s) are as Acronis "
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
