#pragma once
#include <QDateTime>
#include <cstdio>
#include <cstdlib>
inline void traceTmp(const char *what)
{
    static const bool on = std::getenv("CSP_TRACE") != nullptr;
    if (on)
        std::fprintf(stderr, "TRACE %lld %s\n", static_cast<long long>(QDateTime::currentMSecsSinceEpoch()), what);
}
