#pragma once

#include <QString>

#include <optional>

namespace csp {

// The kind of network file system `path` is on ("nfs", "cifs", …), or nullopt for a local one.
// SQLite's file locks and write-ahead log are unsafe over NFS and SMB, so the catalogue is not
// kept there. The one platform-specific piece of storage/.
std::optional<QString> networkFileSystemOf(const QString &path);

#ifdef Q_OS_LINUX
// The name of a Linux file system type number (statfs' f_type) that is a network one.
std::optional<QString> networkFileSystemName(quint64 magic);
#endif

} // namespace csp
