// The window's nightly-run setting against a stand-in for the systemd user manager, registered
// under org.freedesktop.systemd1 on the tests' private session bus: every call is a real D-Bus
// round trip through the bus daemon.

#include "services/nightlytimer.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QMutex>
#include <QTest>
#include <QThread>

using namespace csp;

// Answers as much of org.freedesktop.systemd1.Manager as the setting uses, and records each call.
class StandInManager final : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.systemd1.Manager")

public:
    QStringList calls() const
    {
        QMutexLocker lock(&m_mutex);
        return m_calls;
    }
    void refuse(const QString &method)
    {
        QMutexLocker lock(&m_mutex);
        m_refused = method;
    }

public slots:
    QString GetUnitFileState(const QString &file)
    {
        record(QStringLiteral("GetUnitFileState ") + file);
        QMutexLocker lock(&m_mutex);
        return m_enabled.contains(file) ? QStringLiteral("enabled") : QStringLiteral("disabled");
    }
    void EnableUnitFiles(const QStringList &files, bool runtime, bool force)
    {
        record(QStringLiteral("EnableUnitFiles %1 %2 %3")
                       .arg(files.join(u','), runtime ? u"runtime" : u"persistent",
                            force ? u"force" : u"no-force"));
        QMutexLocker lock(&m_mutex);
        for (const QString &file : files)
            m_enabled.insert(file);
    }
    void DisableUnitFiles(const QStringList &files, bool runtime)
    {
        record(QStringLiteral("DisableUnitFiles %1 %2")
                       .arg(files.join(u','), runtime ? u"runtime" : u"persistent"));
        QMutexLocker lock(&m_mutex);
        for (const QString &file : files)
            m_enabled.remove(file);
    }
    void Reload() { record(QStringLiteral("Reload")); }
    QDBusObjectPath StartUnit(const QString &unit, const QString &mode)
    {
        record(QStringLiteral("StartUnit %1 %2").arg(unit, mode));
        return QDBusObjectPath(QStringLiteral("/org/freedesktop/systemd1/job/1"));
    }
    QDBusObjectPath StopUnit(const QString &unit, const QString &mode)
    {
        record(QStringLiteral("StopUnit %1 %2").arg(unit, mode));
        return QDBusObjectPath(QStringLiteral("/org/freedesktop/systemd1/job/2"));
    }

private:
    void record(const QString &call)
    {
        QMutexLocker lock(&m_mutex);
        m_calls.append(call);
        if (!m_refused.isEmpty() && call.startsWith(m_refused))
            sendErrorReply(QStringLiteral("org.freedesktop.systemd1.NoSuchUnit"),
                           QStringLiteral("Unit acronis-csp-sync.timer not found."));
    }

    mutable QMutex m_mutex;
    QStringList m_calls;
    QSet<QString> m_enabled;
    QString m_refused;
};

class TestNightlyTimer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void unavailableWithoutAManager();
    void enablesAndStartsThenStopsAndDisables();
    void refusalNamesTheCall();

private:
    void registerStandIn();

    QThread m_thread; // the stand-in answers there while the caller blocks on the reply
    StandInManager *m_manager = nullptr;
    QDBusConnection m_service{QString()};
};

void TestNightlyTimer::initTestCase()
{
    QVERIFY2(QDBusConnection::sessionBus().isConnected(),
             "no session bus: run the tests with ctest (its fixture starts a private one)");
    m_thread.start();
}

void TestNightlyTimer::cleanupTestCase()
{
    if (m_manager) {
        m_service.unregisterObject(QStringLiteral("/org/freedesktop/systemd1"));
        m_service.unregisterService(QStringLiteral("org.freedesktop.systemd1"));
        QMetaObject::invokeMethod(m_manager, &QObject::deleteLater);
    }
    m_thread.quit();
    m_thread.wait();
}

void TestNightlyTimer::registerStandIn()
{
    m_service = QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                              QStringLiteral("stand-in-systemd"));
    QVERIFY(m_service.isConnected());
    m_manager = new StandInManager;
    m_manager->moveToThread(&m_thread);
    QVERIFY(m_service.registerObject(QStringLiteral("/org/freedesktop/systemd1"), m_manager,
                                     QDBusConnection::ExportAllSlots));
    QVERIFY2(m_service.registerService(QStringLiteral("org.freedesktop.systemd1")),
             qPrintable(m_service.lastError().message()));
}

void TestNightlyTimer::unavailableWithoutAManager()
{
    NightlyTimer timer;
    QVERIFY(!timer.isAvailable());
    QVERIFY(!timer.isEnabled());
    QVERIFY(NightlyTimer::cronLine().endsWith(u"acronis-csp sync --all"));
}

void TestNightlyTimer::enablesAndStartsThenStopsAndDisables()
{
    registerStandIn();
    NightlyTimer timer;
    QTRY_VERIFY(timer.isAvailable());
    QCOMPARE(timer.isEnabled().valueOr(true), false);
    QVERIFY(timer.setEnabled(true));
    QCOMPARE(timer.isEnabled().valueOr(false), true);
    QVERIFY(timer.setEnabled(false));
    QCOMPARE(timer.isEnabled().valueOr(true), false);
    const QString unit = QStringLiteral("acronis-csp-sync.timer");
    QCOMPARE(
            m_manager->calls(),
            (QStringList{QStringLiteral("GetUnitFileState ") + unit,
                         QStringLiteral("EnableUnitFiles %1 persistent force").arg(unit),
                         QStringLiteral("Reload"), QStringLiteral("StartUnit %1 replace").arg(unit),
                         QStringLiteral("GetUnitFileState ") + unit,
                         QStringLiteral("StopUnit %1 replace").arg(unit),
                         QStringLiteral("DisableUnitFiles %1 persistent").arg(unit),
                         QStringLiteral("Reload"), QStringLiteral("GetUnitFileState ") + unit}));
}

void TestNightlyTimer::refusalNamesTheCall()
{
    QVERIFY(m_manager);
    m_manager->refuse(QStringLiteral("StartUnit"));
    const Status enabled = NightlyTimer().setEnabled(true);
    QVERIFY(!enabled);
    QVERIFY2(enabled.error().message.contains(u"StartUnit"), qPrintable(enabled.error().message));
    QVERIFY2(enabled.error().message.contains(u"not found"), qPrintable(enabled.error().message));
}

QTEST_GUILESS_MAIN(TestNightlyTimer)
#include "tst_nightlytimer.moc"
