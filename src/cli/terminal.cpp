#include "terminal.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace csp::cli {

bool isTerminal(std::FILE *stream)
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stream)) != 0;
#else
    return isatty(fileno(stream)) != 0;
#endif
}

#ifdef Q_OS_WIN
struct HiddenTyping::Saved
{
    HANDLE input = nullptr;
    DWORD mode = 0;
};

HiddenTyping::HiddenTyping()
{
    auto saved = std::make_unique<Saved>();
    saved->input = GetStdHandle(STD_INPUT_HANDLE);
    if (!GetConsoleMode(saved->input, &saved->mode))
        return;
    SetConsoleMode(saved->input, saved->mode & ~DWORD(ENABLE_ECHO_INPUT));
    m_saved = std::move(saved);
}

HiddenTyping::~HiddenTyping()
{
    if (m_saved)
        SetConsoleMode(m_saved->input, m_saved->mode);
}
#else
struct HiddenTyping::Saved
{
    termios settings{};
};

HiddenTyping::HiddenTyping()
{
    auto saved = std::make_unique<Saved>();
    if (tcgetattr(STDIN_FILENO, &saved->settings) != 0)
        return;
    termios hidden = saved->settings;
    hidden.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    m_saved = std::move(saved);
}

HiddenTyping::~HiddenTyping()
{
    if (m_saved)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved->settings);
}
#endif

} // namespace csp::cli
