#include "appidentity.h"

#include <QCryptographicHash>
#include <QSysInfo>

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace csp {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("acronis-csp"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("acroniscsp.org"));
    QCoreApplication::setApplicationName(QStringLiteral("acronis-csp"));
    QCoreApplication::setApplicationVersion(QStringLiteral(APP_VERSION));
}

QString resolveDataDirectory(const QString &option)
{
    if (!option.isEmpty())
        return QDir(option).absolutePath();
    const QString fromEnvironment = qEnvironmentVariable("ACRONIS_CSP_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString catalogueDatabasePath(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("catalogue.sqlite"));
}

QString secretNamesPath(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("keychain-entries.ini"));
}

} // namespace csp

namespace csp {

QString thisKeychainId()
{
    const QString given = qEnvironmentVariable("ACRONIS_CSP_KEYCHAIN_ID");
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    const QByteArray seed =
            given.isEmpty() ? QSysInfo::machineUniqueId() + '\n' + user.toUtf8() : given.toUtf8();
    return QString::fromLatin1(
            QCryptographicHash::hash(seed, QCryptographicHash::Sha1).toHex().left(32));
}

QString thisUserAtHost()
{
    // Once a process: every product a sync writes carries it, and reading the environment and
    // the host name takes a lock and a system call each time.
    static const QString userAtHost = [] {
        QString user;
        for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
            if (user.isEmpty())
                user = qEnvironmentVariable(variable);
        }
        if (user.isEmpty()) // a service started without a login: the home folder's name
            user = QDir(QDir::homePath()).dirName();
        return QString(user + u'@' + QSysInfo::machineHostName());
    }();
    return userAtHost;
}

} // namespace csp
