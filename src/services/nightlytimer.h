#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QString>

namespace csp {

// The package's user timer (acronis-csp-sync.timer), switched on and off through the systemd
// user manager's D-Bus API, as `systemctl --user enable --now` would.
class NightlyTimer
{
    Q_DECLARE_TR_FUNCTIONS(NightlyTimer)

public:
    static constexpr auto TimerUnit = "acronis-csp-sync.timer";

    explicit NightlyTimer(QDBusConnection bus = QDBusConnection::sessionBus());

    // False where no systemd user manager answers (no session bus, another init system).
    bool isAvailable() const;
    Result<bool> isEnabled() const;
    // Enables and starts the timer, or stops and disables it.
    Status setEnabled(bool enabled);
    // What to put in a crontab where there is no systemd user manager.
    static QString cronLine();

private:
    QDBusConnection m_bus;
};

} // namespace csp
