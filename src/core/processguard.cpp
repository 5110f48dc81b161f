#include "processguard.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#elif defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

// The one platform-specific piece of core.
namespace csp {

bool protectProcessMemory()
{
#ifdef Q_OS_LINUX
    const rlimit noCore{0, 0};
    const bool limited = setrlimit(RLIMIT_CORE, &noCore) == 0;
    const bool undumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    return limited && undumpable;
#elif defined(Q_OS_UNIX)
    const rlimit noCore{0, 0}; // macOS: no core file; ptrace is the system's to refuse
    return setrlimit(RLIMIT_CORE, &noCore) == 0;
#else
    return true; // Windows writes no core dump of a process unless asked to
#endif
}

} // namespace csp
