#pragma once

#include "core/instance.h"

#include <QGroupBox>

#include <memory>

class QCheckBox;
class QLabel;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;

namespace csp {

class Database;
class SecretStore;

class SyncJob;
struct SyncOutcome;

// The instance page's Get Services Definition box: the button, "preview first", progress with
// Cancel, the last run, and the run history.
class SyncPanel : public QGroupBox
{
    Q_OBJECT

public:
    SyncPanel(std::shared_ptr<Database> database, SecretStore &secrets,
              QNetworkAccessManager &network, QWidget *parent = nullptr);
    ~SyncPanel() override;

    // The saved instance to sync; an unsaved or changed form disables the button.
    void setInstance(const Instance &instance, bool saved);
    bool isRunning() const;
    // As if the admin clicked the button.
    void runNow();

signals:
    void catalogueChanged(const QString &instanceId);

private:
    void start();
    void onFinished(const SyncOutcome &outcome);
    void showStep(const QString &text);
    void showLastRun();
    void showHistory();

    std::shared_ptr<Database> m_database;
    SyncJob *m_job = nullptr;
    Instance m_instance;
    bool m_saved = false;
    bool m_previewing = false;
    QPushButton *m_button = nullptr;
    QCheckBox *m_preview = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_step = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_lastRun = nullptr;
};

} // namespace csp
