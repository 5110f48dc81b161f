#pragma once

#include <QEventLoop>

#include <optional>

namespace csp {

// Runs an asynchronous call that reports through a callback to completion, with a local event
// loop. For the CLI and tests only: the window never blocks like this.
template<typename Outcome, typename Call>
Outcome waitFor(Call call)
{
    QEventLoop loop;
    std::optional<Outcome> outcome;
    call([&](const Outcome &result) {
        outcome = result;
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return *outcome;
}

} // namespace csp
