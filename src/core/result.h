#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace csp {

// What went wrong, in the categories both programs act on (the CLI maps them to exit codes).
enum class ErrorKind {
    Failed,              // the operation failed; the server refused or broke; unusable response
    InvalidInput,        // bad arguments or invalid input
    NotFound,            // the named thing does not exist
    AuthFailed,          // the token endpoint refused the client id/secret
    Unreachable,         // DNS, refused, timeout, TLS
    KeychainUnavailable, // the OS keychain is unavailable or locked
    Conflict,            // the name exists already, or another run holds the lock
    Cancelled,
};

struct Error
{
    ErrorKind kind = ErrorKind::Failed;
    QString message;     // a sentence a person understands; never contains a secret
    int httpStatus = 0;  // the HTTP status of the response that caused it, if any
    int serviceCode = 0; // the platform's own error code (e.g. 1004), if any
};

// A value or an Error.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    { }
    Result(Error error)
        : m_state(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    // By value: `for (auto &x : load().value())` must not loop over a destroyed temporary.
    T value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_state;
};

struct Done
{ };

// A Result with no value.
using Status = Result<Done>;

inline Status success()
{
    return Done{};
}

} // namespace csp
