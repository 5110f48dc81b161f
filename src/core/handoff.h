#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace csp {

// Hands values from one thread to another in the order they were given. The giver closes it
// when it has nothing more; the taker stops it when it wants nothing more (the giver then sees
// stopped() and gives up).
template<typename T>
class Handoff
{
public:
    void give(T value)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_values.push_back(std::move(value));
        }
        m_changed.notify_one();
    }

    void close()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_changed.notify_one();
    }

    void stop()
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
    }

    bool stopped() const
    {
        const std::lock_guard lock(m_mutex);
        return m_stopped;
    }

    // The next value, waiting for it; none once closed and taken.
    std::optional<T> take()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_values.empty() || m_closed; });
        if (m_values.empty())
            return std::nullopt;
        T value = std::move(m_values.front());
        m_values.pop_front();
        return value;
    }

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<T> m_values;
    bool m_closed = false;
    bool m_stopped = false;
};

} // namespace csp
