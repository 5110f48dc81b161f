#include "databaselocation.h"

#include <QDir>
#include <QHostAddress>
#include <QUrl>
#include <QUrlQuery>

namespace csp {

namespace {

bool isThisMachine(const QString &host)
{
    if (host.isEmpty() || host.startsWith(u'/') || host.startsWith(u'@'))
        return true; // libpq's default Unix socket, or a socket folder
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// sslmode values with which libpq may end up sending everything in the clear.
bool mayBeUnencrypted(const QString &sslmode)
{
    return sslmode == u"disable" || sslmode == u"allow" || sslmode == u"prefer";
}

} // namespace

DatabaseLocation DatabaseLocation::sqliteFile(const QString &path)
{
    DatabaseLocation location;
    location.m_path = QDir::cleanPath(QDir().absoluteFilePath(path));
    return location;
}

QString DatabaseLocation::parameter(const QString &name) const
{
    for (const Parameter &parameter : m_parameters) {
        if (parameter.first == name)
            return parameter.second;
    }
    return {};
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString &spec, bool allowUnencrypted)
{
    // The location as the admin gave it, but never a password that came with it.
    QUrl shown(spec);
    QUrlQuery shownQuery(shown);
    shownQuery.removeAllQueryItems(QStringLiteral("password"));
    shown.setQuery(shownQuery);
    const QString named = spec.startsWith(QStringLiteral("sqlite:"))
            ? spec
            : shown.toString(QUrl::RemovePassword | QUrl::FullyEncoded);
    const auto invalid = [&named](const QString &why) {
        return Error{ErrorKind::InvalidInput,
                     tr("The database location \"%1\" is not usable: %2").arg(named, why)};
    };
    // In the user name's place or as a query item: the same remedy.
    const auto passwordInUrl = [] {
        return tr("a password in the URL would be kept in the command line, the environment and "
                  "the shell history. Store it in the OS keychain or in ~/.pgpass instead.");
    };
    if (spec.startsWith(QStringLiteral("sqlite:"))) {
        const QString path = spec.mid(7);
        if (path.isEmpty())
            return invalid(tr("sqlite: must be followed by the path of the file."));
        return sqliteFile(path);
    }
    const QUrl url(spec, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres"))
        return invalid(tr("expected sqlite:PATH or postgresql://[USER@]HOST[:PORT]/DBNAME."));
    if (!url.password().isEmpty())
        return invalid(passwordInUrl());
    DatabaseLocation location;
    location.m_engine = Engine::Postgresql;
    location.m_host = url.host(QUrl::FullyDecoded);
    location.m_port = url.port(-1);
    location.m_user = url.userName(QUrl::FullyDecoded);
    location.m_databaseName = url.path(QUrl::FullyDecoded).mid(1);
    const QUrlQuery query(url);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (name == u"password")
            return invalid(passwordInUrl());
        if (name == u"host")
            location.m_host = value;
        else if (name == u"port")
            location.m_port = value.toInt();
        else if (name == u"user")
            location.m_user = value;
        else if (name == u"dbname")
            location.m_databaseName = value;
        else
            location.m_parameters.append({name, value});
    }
    if (location.m_databaseName.isEmpty())
        return invalid(tr("the URL names no database (postgresql://HOST/DBNAME)."));
    const bool local = isThisMachine(location.m_host);
    QString sslmode = location.parameter(QStringLiteral("sslmode"));
    if (sslmode.isEmpty() && !local) {
        sslmode = QStringLiteral("verify-full");
        location.m_parameters.append({QStringLiteral("sslmode"), sslmode});
    }
    if (!local && mayBeUnencrypted(sslmode) && !allowUnencrypted)
        return invalid(tr("sslmode=%1 may send the catalogue and the password unencrypted to %2. "
                          "Use sslmode=verify-full (the default), or pass "
                          "--allow-unencrypted-database if this network is trusted.")
                               .arg(sslmode, location.m_host));
    return location;
}

QString DatabaseLocation::display() const
{
    if (m_engine == Engine::Sqlite)
        return m_path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    QUrlQuery query;
    if (m_host.startsWith(u'/'))
        query.addQueryItem(QStringLiteral("host"), m_host);
    else
        url.setHost(m_host);
    url.setUserName(m_user);
    url.setPort(m_port);
    url.setPath(u'/' + m_databaseName);
    for (const Parameter &parameter : m_parameters)
        query.addQueryItem(parameter.first, parameter.second);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace csp
