#include "filesystem.h"

#include <QDir>
#include <QFileInfo>

#if defined(Q_OS_LINUX)
#include <sys/vfs.h>
#elif defined(Q_OS_MACOS) || defined(Q_OS_FREEBSD)
#include <sys/mount.h>
#include <sys/param.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace csp {

namespace {

// The nearest existing folder of `path` (the data directory may not exist yet).
QString existingFolder(const QString &path)
{
    QFileInfo info(path);
    QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    while (!QFileInfo::exists(folder) && !QDir(folder).isRoot())
        folder = QFileInfo(folder).absolutePath();
    return folder;
}

} // namespace

#if defined(Q_OS_LINUX)
std::optional<QString> networkFileSystemName(quint64 magic)
{
    switch (magic) {
    case 0x6969:
        return QStringLiteral("nfs");
    case 0x517b:
        return QStringLiteral("smb");
    case 0xff534d42:
        return QStringLiteral("cifs");
    case 0xfe534d42:
        return QStringLiteral("smb2");
    case 0x564c:
        return QStringLiteral("ncp");
    case 0x5346414f: // AFS, and the kernel's kAFS
    case 0x6b414653:
        return QStringLiteral("afs");
    case 0x73757245:
        return QStringLiteral("coda");
    case 0x01021997:
        return QStringLiteral("9p");
    case 0x00c36400:
        return QStringLiteral("ceph");
    case 0x0bd00bd0:
        return QStringLiteral("lustre");
    default:
        return std::nullopt;
    }
}
#endif

std::optional<QString> networkFileSystemOf(const QString &path)
{
    const QString folder = existingFolder(path);
#if defined(Q_OS_LINUX)
    struct statfs info = {};
    if (statfs(QFile::encodeName(folder).constData(), &info) != 0)
        return std::nullopt;
    return networkFileSystemName(quint64(quint32(info.f_type)));
#elif defined(Q_OS_MACOS) || defined(Q_OS_FREEBSD)
    struct statfs info = {};
    if (statfs(QFile::encodeName(folder).constData(), &info) != 0)
        return std::nullopt;
    const QString type = QString::fromLatin1(info.f_fstypename);
    for (const char *network : {"nfs", "smbfs", "afpfs", "webdav", "cifs"}) {
        if (type == QLatin1String(network))
            return type;
    }
    return std::nullopt;
#elif defined(Q_OS_WIN)
    const QString native = QDir::toNativeSeparators(folder);
    if (native.startsWith(QStringLiteral("\\\\")))
        return QStringLiteral("smb");
    const QString root = native.left(3); // "C:\\"
    if (GetDriveTypeW(reinterpret_cast<LPCWSTR>(root.utf16())) == DRIVE_REMOTE)
        return QStringLiteral("smb");
    return std::nullopt;
#else
    Q_UNUSED(folder);
    return std::nullopt;
#endif
}

} // namespace csp
