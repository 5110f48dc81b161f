#pragma once

#include <cstdio>
#include <memory>

namespace csp::cli {

// The platform-specific pieces of the command line, in one place.

// Whether `stream` (stdin, stderr) is a terminal a person reads, rather than a file or a pipe.
bool isTerminal(std::FILE *stream);

// While it lives, what is typed at the terminal on standard input is not shown (a secret typed
// at a prompt); on a pipe or file it does nothing.
class HiddenTyping
{
public:
    HiddenTyping();
    ~HiddenTyping();
    HiddenTyping(const HiddenTyping &) = delete;
    HiddenTyping &operator=(const HiddenTyping &) = delete;

private:
    struct Saved;
    std::unique_ptr<Saved> m_saved; // null: nothing to put back
};

} // namespace csp::cli
