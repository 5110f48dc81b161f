#pragma once

// What every fuzz target shares: the input as bytes and as text, and a check that aborts (so that
// libFuzzer keeps the input and the replay test fails) when a property does not hold.
#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace csp::fuzz {

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The first byte picks what is fuzzed; the rest is the input for it.
struct Selected
{
    int choice = 0;
    QByteArray rest;
};

inline Selected select(const uint8_t *data, size_t size, int choices)
{
    if (size == 0)
        return {};
    return {int(data[0] % choices), bytesOf(data + 1, size - 1)};
}

[[noreturn]] inline void propertyFailed(const char *property, const QString &detail)
{
    std::fprintf(stderr, "property failed: %s (%s)\n", property, qUtf8Printable(detail));
    std::abort();
}

} // namespace csp::fuzz

#define CSP_FUZZ_CHECK(condition, detail) \
    do { \
        if (!(condition)) \
            csp::fuzz::propertyFailed(#condition, detail); \
    } while (false)
