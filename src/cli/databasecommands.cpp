#include "databasecommands.h"

#include "core/secretwipe.h"
#include "services/cataloguedatabase.h"

#include <QJsonObject>

namespace csp::cli {

namespace {

// A server location, or exit 2 for an SQLite file (it has no login).
Result<DatabaseLocation> serverLocation(Session &session)
{
    auto location = session.databaseLocation();
    if (location && !location->isPostgresql())
        return Error{ErrorKind::InvalidInput,
                     DatabaseCommands::tr("The catalogue is the SQLite file %1, which needs no "
                                          "login; name a server with --database "
                                          "postgresql://USER@HOST/DBNAME.")
                             .arg(location->display())};
    return location;
}

} // namespace

int DatabaseCommands::status(Session &session, const QStringList &arguments)
{
    CommandParser command(QStringLiteral("database status"),
                          tr("Show where the catalogue is and what it holds."));
    command.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (auto done = command.parse(arguments, session, 0))
        return *done;
    Console &console = session.console();
    const auto database = session.database();
    if (!database)
        return console.fail(database.error());
    const auto summary = CatalogueDatabase::summarize(**database);
    if (!summary)
        return console.fail(summary.error());
    if (command.isSet(QStringLiteral("json"))) {
        console.json(QJsonDocument(
                QJsonObject{{QStringLiteral("backend"), summary->backend},
                            {QStringLiteral("location"), summary->location},
                            {QStringLiteral("schema_version"), summary->schemaVersion},
                            {QStringLiteral("instances"), summary->instances},
                            {QStringLiteral("products"), summary->products},
                            {QStringLiteral("providers"), summary->providers}}));
        return ExitOk;
    }
    console.line(tr("Backend:         %1").arg(summary->backend));
    console.line(tr("Location:        %1").arg(summary->location));
    console.line(tr("Schema version:  %1").arg(summary->schemaVersion));
    console.line(tr("Instances:       %1").arg(summary->instances));
    console.line(tr("Products:        %1").arg(summary->products));
    console.line(tr("Providers:       %1").arg(summary->providers));
    return ExitOk;
}

int DatabaseCommands::copy(Session &session, const QStringList &arguments)
{
    CommandParser command(QStringLiteral("database copy"),
                          tr("Copy the whole catalogue into an empty database, in one "
                             "transaction; the client secrets stay in the keychain."));
    command.addOption(
            {QStringLiteral("to"), tr("The database to copy into."), QStringLiteral("URL")});
    command.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (auto done = command.parse(arguments, session, 0))
        return *done;
    Console &console = session.console();
    if (command.value(QStringLiteral("to")).isEmpty())
        return command.badUsage(console, tr("--to URL is required."));
    const auto target =
            DatabaseLocation::parse(command.value(QStringLiteral("to")),
                                    command.isSet(QStringLiteral("allow-unencrypted-database")));
    if (!target)
        return console.fail(target.error());
    const auto source = session.database();
    if (!source)
        return console.fail(source.error());
    if (target->display() == CatalogueDatabase::locationOf(**source).display())
        return console.fail(
                {ErrorKind::InvalidInput,
                 tr("The catalogue cannot be copied onto itself (%1).").arg(target->display())});
    const auto into = session.openDatabase(*target);
    if (!into)
        return console.fail(into.error());
    const auto copied = CatalogueDatabase::copy(*source, *into);
    if (!copied)
        return console.fail(copied.error());
    if (command.isSet(QStringLiteral("json"))) {
        QJsonObject tables;
        for (const auto &[table, rows] : *copied)
            tables.insert(table, rows);
        console.json(QJsonDocument(QJsonObject{
                {QStringLiteral("from"), CatalogueDatabase::locationOf(**source).display()},
                {QStringLiteral("to"), CatalogueDatabase::locationOf(**into).display()},
                {QStringLiteral("tables"), tables}}));
        return ExitOk;
    }
    console.line(tr("Copied the catalogue from %1 to %2:")
                         .arg(CatalogueDatabase::locationOf(**source).display(),
                              CatalogueDatabase::locationOf(**into).display()));
    for (const auto &[table, rows] : *copied)
        console.line(QStringLiteral("  ") + QString(table + u':').leftJustified(22) +
                     QString::number(rows));
    console.line(tr("Each admin adds the client secrets on their own machine: acronis-csp "
                    "--database URL instance edit NAME --client-secret-stdin"));
    return ExitOk;
}

int DatabaseCommands::login(Session &session, const QStringList &arguments)
{
    CommandParser command(QStringLiteral("database login"),
                          tr("Check the database password and keep it in the OS keychain."));
    command.addOption({QStringLiteral("password-stdin"),
                       tr("Read the password from standard input (else it is asked for).")});
    if (auto done = command.parse(arguments, session, 0))
        return *done;
    Console &console = session.console();
    const auto location = serverLocation(session);
    if (!location)
        return console.fail(location.error());
    auto password = readSecretFromStdin(
            console,
            tr("reading the database password from the terminal (input hidden); end "
               "with Enter"));
    if (!password)
        return console.fail({ErrorKind::InvalidInput, tr("No password was given.")});
    WipedOnExit wiped(*password);
    if (const Status stored = CatalogueDatabase::login(*location, *password, session.keychain());
        !stored)
        return console.fail(stored.error());
    console.line(tr("The password for %1 is in the OS keychain.").arg(location->display()));
    return ExitOk;
}

int DatabaseCommands::logout(Session &session, const QStringList &arguments)
{
    CommandParser command(QStringLiteral("database logout"),
                          tr("Remove the database password from the OS keychain."));
    if (auto done = command.parse(arguments, session, 0))
        return *done;
    Console &console = session.console();
    const auto location = serverLocation(session);
    if (!location)
        return console.fail(location.error());
    const auto removed = CatalogueDatabase::logout(*location, session.keychain());
    if (!removed)
        return console.fail(removed.error());
    if (!*removed) {
        console.line(tr("The OS keychain held no password for %1.").arg(location->display()));
        return ExitOk;
    }
    console.line(tr("Removed the password for %1 from the OS keychain.").arg(location->display()));
    return ExitOk;
}

int DatabaseCommands::run(Session &session, const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (verb == u"status")
        return status(session, rest);
    if (verb == u"copy")
        return copy(session, rest);
    if (verb == u"login")
        return login(session, rest);
    if (verb == u"logout")
        return logout(session, rest);
    Console &console = session.console();
    if (verb == u"--help" || verb == u"-h" || verb.isEmpty()) {
        console.out(tr("Usage: acronis-csp database COMMAND [options]\n\n"
                       "Where the catalogue lives: an SQLite file on this machine, or a\n"
                       "PostgreSQL database shared by a team (--database URL).\n\n"
                       "Commands:\n"
                       "  status   Show the backend, the location and what it holds\n"
                       "  copy     Copy the whole catalogue into an empty database (--to URL)\n"
                       "  login    Keep the database password in the OS keychain\n"
                       "  logout   Remove it\n\n"
                       "Run 'acronis-csp database COMMAND --help' for a command's options.\n"));
        return verb.isEmpty() ? ExitBadInput : ExitOk;
    }
    console.error(
            tr("database: unknown command \"%1\". Try 'acronis-csp database --help'.").arg(verb));
    return ExitBadInput;
}

} // namespace csp::cli
