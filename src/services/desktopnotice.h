#pragma once

#include <QString>

namespace csp {

// A desktop notification (org.freedesktop.Notifications) where a session bus is there: how an
// unattended run that failed tells the person at the desk. Quietly nothing without a bus or a
// notification service; never blocks for more than two seconds.
bool notifyDesktop(const QString &summary, const QString &body);

} // namespace csp
