#include "interrupts.h"

#include <QCoreApplication>
#include <QMetaObject>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

#include <cstdlib>

namespace csp::cli {

namespace {

#ifndef Q_OS_WIN
int signalPipe[2] = {-1, -1};

// Async-signal-safe: one byte into the pipe, read on the event loop.
void onSignal(int signalNumber)
{
    const char byte = char(signalNumber);
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}
#else
BOOL WINAPI onConsoleEvent(DWORD event)
{
    const int signalNumber = event == CTRL_C_EVENT ? 2 : 15; // as SIGINT and SIGTERM
    QMetaObject::invokeMethod(
            &Interrupts::instance(),
            [signalNumber] { Interrupts::instance().deliver(signalNumber); }, Qt::QueuedConnection);
    return TRUE;
}
#endif

} // namespace

Interrupts &Interrupts::instance()
{
    static Interrupts interrupts;
    return interrupts;
}

void Interrupts::install()
{
#ifndef Q_OS_WIN
    if (signalPipe[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        if (::read(signalPipe[0], &byte, 1) == 1)
            deliver(int(byte));
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
#else
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
#endif
}

void Interrupts::deliver(int signalNumber)
{
    if (m_received != 0) // a second Ctrl+C: stop waiting
        std::_Exit(exitCodeFor(m_received));
    m_received = signalNumber;
    if (m_cancel)
        return m_cancel(); // the work ends as cancelled; the command returns the exit code
    std::_Exit(exitCodeFor(signalNumber));
}

Interrupts::CancelGuard::CancelGuard(std::function<void()> cancel)
{
    Interrupts::instance().m_cancel = std::move(cancel);
}

Interrupts::CancelGuard::~CancelGuard()
{
    Interrupts::instance().m_cancel = nullptr;
}

} // namespace csp::cli
