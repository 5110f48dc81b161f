#pragma once

#include <QObject>

#include <functional>

namespace csp::cli {

// Ctrl+C (SIGINT) and SIGTERM (on Windows the console's Ctrl+C, Ctrl+Break and close) as events
// on the main thread. While a command's work runs it registers how to cancel it, and the work
// ends as cancelled: rolled back, recorded, its lock released. With nothing registered the
// program exits at once. Either way it exits with 128 + the signal's number (130, 143).
class Interrupts : public QObject
{
    Q_OBJECT

public:
    static Interrupts &instance();
    // Starts listening; called once, before any command runs.
    void install();
    // The signal received so far, or 0.
    int received() const { return m_received; }
    static int exitCodeFor(int signalNumber) { return 128 + signalNumber; }

    // Cancels the work it guards when an interrupt arrives while it lives.
    class CancelGuard
    {
    public:
        explicit CancelGuard(std::function<void()> cancel);
        ~CancelGuard();
        CancelGuard(const CancelGuard &) = delete;
        CancelGuard &operator=(const CancelGuard &) = delete;
    };

    // What the platform's handler calls, on the main thread.
    void deliver(int signalNumber);

private:
    Interrupts() = default;

    int m_received = 0;
    std::function<void()> m_cancel;
};

} // namespace csp::cli
