#include "configurationcommands.h"

#include "services/configurationservice.h"

#include <QFile>

namespace csp::cli {

int ConfigurationCommands::exportInstances(Session &session, const QStringList &arguments)
{
    CommandParser command(QStringLiteral("instance export"),
                          tr("Print the configuration of instances as one JSON document: their "
                             "settings, name policies, discounts, contract tiers and the "
                             "products priced or named by hand. Never a secret."));
    command.addPositional(QStringLiteral("NAME"), tr("An instance's system name; all without."),
                          QStringLiteral("[NAME...]"));
    command.addOutputOption();
    if (auto done = command.parse(arguments, session, 0, 1000))
        return *done;
    Console &console = session.console();
    const auto database = session.database();
    if (!database)
        return console.fail(database.error());
    const auto document = ConfigurationService(*database).exportInstances(command.positional());
    if (!document)
        return console.fail(document.error());
    command.applyOutputOption(console);
    console.json(*document);
    return ExitOk;
}

int ConfigurationCommands::importInstances(Session &session, const QStringList &arguments)
{
    CommandParser command(QStringLiteral("instance import"),
                          tr("Add the instances of a file that 'instance export' wrote, with "
                             "their discounts, tiers and products priced or named by hand. "
                             "Client secrets are not in it: add them afterwards."));
    command.addPositional(QStringLiteral("FILE"), tr("The exported JSON file."));
    command.addOption({QStringLiteral("dry-run"), tr("Say what would change; change nothing.")});
    command.addOption({QStringLiteral("replace"),
                       tr("Replace the settings of instances that exist already (else: exit "
                          "6).")});
    if (auto done = command.parse(arguments, session, 1))
        return *done;
    Console &console = session.console();
    const QString path = command.positional().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return command.badUsage(console, tr("%1 cannot be read: %2").arg(path, file.errorString()));
    const auto database = session.database();
    if (!database)
        return console.fail(database.error());
    ConfigurationService service(*database);
    const auto plan = service.plan(file.readAll(), command.isSet(QStringLiteral("replace")));
    if (!plan) {
        if (plan.error().kind == ErrorKind::InvalidInput)
            return command.badUsage(console, tr("%1: %2").arg(path, plan.error().message));
        return console.fail(plan.error());
    }
    const bool dryRun = command.isSet(QStringLiteral("dry-run"));
    for (const QString &change : plan->changes)
        console.line(dryRun ? tr("Would: %1").arg(change) : change);
    if (dryRun)
        return ExitOk;
    if (Status applied = service.apply(*plan); !applied)
        return console.fail(applied.error());
    for (const QString &name : plan->secretsToAdd)
        console.line(tr("\"%1\" has no client secret on this machine yet: add it with "
                        "'acronis-csp instance edit \"%1\" --client-secret-stdin'.")
                             .arg(name));
    return ExitOk;
}

} // namespace csp::cli
