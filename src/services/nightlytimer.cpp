#include "nightlytimer.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusVariant>

namespace csp {

namespace {

const QString systemd = QStringLiteral("org.freedesktop.systemd1");
const QString managerPath = QStringLiteral("/org/freedesktop/systemd1");
const QString managerInterface = QStringLiteral("org.freedesktop.systemd1.Manager");

// The manager's answer to `method`, or an error naming what was asked.
Result<QDBusMessage> call(const QDBusConnection &bus, const QString &method,
                          const QVariantList &arguments)
{
    QDBusMessage message =
            QDBusMessage::createMethodCall(systemd, managerPath, managerInterface, method);
    message.setArguments(arguments);
    const QDBusMessage reply = bus.call(message, QDBus::Block, 10'000);
    if (reply.type() == QDBusMessage::ErrorMessage)
        return Error{ErrorKind::Failed,
                     NightlyTimer::tr("The systemd user manager refused %1: %2")
                             .arg(method, reply.errorMessage())};
    return reply;
}

} // namespace

NightlyTimer::NightlyTimer(QDBusConnection bus)
    : m_bus(std::move(bus))
{ }

bool NightlyTimer::isAvailable() const
{
    return m_bus.isConnected() && m_bus.interface() &&
            m_bus.interface()->isServiceRegistered(systemd).value();
}

Result<bool> NightlyTimer::isEnabled() const
{
    const auto reply =
            call(m_bus, QStringLiteral("GetUnitFileState"), {QString::fromLatin1(TimerUnit)});
    if (!reply)
        return reply.error();
    return reply->arguments().value(0).toString() == u"enabled";
}

Status NightlyTimer::setEnabled(bool enabled)
{
    const QStringList units{QString::fromLatin1(TimerUnit)};
    const QString &unit = units.first();
    const QString mode = QStringLiteral("replace");
    if (enabled) {
        // EnableUnitFiles(files, runtime, force), then the manager reads it, then the timer runs.
        for (const auto &[method, arguments] :
             {std::pair{QStringLiteral("EnableUnitFiles"), QVariantList{units, false, true}},
              std::pair{QStringLiteral("Reload"), QVariantList{}},
              std::pair{QStringLiteral("StartUnit"), QVariantList{unit, mode}}}) {
            if (const auto done = call(m_bus, method, arguments); !done)
                return done.error();
        }
        return success();
    }
    for (const auto &[method, arguments] :
         {std::pair{QStringLiteral("StopUnit"), QVariantList{unit, mode}},
          std::pair{QStringLiteral("DisableUnitFiles"), QVariantList{units, false}},
          std::pair{QStringLiteral("Reload"), QVariantList{}}}) {
        if (const auto done = call(m_bus, method, arguments); !done)
            return done.error();
    }
    return success();
}

QString NightlyTimer::cronLine()
{
    return QStringLiteral("30 2 * * * acronis-csp sync --all");
}

} // namespace csp
