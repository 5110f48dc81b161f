#pragma once

namespace csp {

// Keeps the client secrets in this process's memory out of core dumps and away from other
// processes of the same user, as password managers do: no core file (RLIMIT_CORE 0) and not
// dumpable (no core, no ptrace attach, /proc/PID/mem closed). Called first thing in main().
// True when both took effect.
bool protectProcessMemory();

} // namespace csp
