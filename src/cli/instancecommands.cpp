#include "instancecommands.h"

#include "configurationcommands.h"

#include "core/blocking.h"
#include "core/secretwipe.h"
#include "services/cataloguereader.h"
#include "services/instanceservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace csp::cli {

QString InstanceCommands::optionFor(InstanceField field)
{
    switch (field) {
    case InstanceField::SystemName:
        return QStringLiteral("--system-name");
    case InstanceField::Gateway:
        return QStringLiteral("--gateway");
    case InstanceField::ClientId:
        return QStringLiteral("--client-id");
    case InstanceField::ClientSecret:
        return QStringLiteral("--client-secret-stdin");
    case InstanceField::Discount:
        return QStringLiteral("--discount");
    case InstanceField::Currency:
        return QStringLiteral("--currency");
    case InstanceField::NamePolicy:
        return QStringLiteral("--name-policy");
    }
    return {};
}

void InstanceCommands::addFieldOptions(CommandParser &command)
{
    command.addOption(
            {QStringLiteral("system-name"),
             tr("The instance's name (1-64 characters, unique); it names the product type."),
             QStringLiteral("NAME")});
    command.addOption({QStringLiteral("gateway"),
                       tr("The Acronis data-centre URL, e.g. https://eu2-cloud.acronis.com."),
                       QStringLiteral("URL")});
    command.addOption({QStringLiteral("client-id"),
                       tr("The API client's id (Acronis portal: Settings > API clients)."),
                       QStringLiteral("ID")});
    command.addOption(
            {QStringLiteral("discount"),
             tr("Distributor discount in percent, 0-100, at most 2 decimals ('.' separator)."),
             QStringLiteral("PERCENT")});
    command.addOption({QStringLiteral("currency"),
                       tr("Primary currency, an ISO 4217 code such as EUR."),
                       QStringLiteral("CODE")});
    command.addOption({QStringLiteral("name-policy"),
                       tr("update: continuously update product names (default); keep: keep the "
                          "names of the first run."),
                       QStringLiteral("update|keep")});
    command.addOption({QStringLiteral("client-secret-stdin"),
                       tr("Read the client secret from standard input; it is stored in the OS "
                          "keychain only.")});
}

namespace {

InstanceChanges changesFrom(const CommandParser &command)
{
    InstanceChanges changes;
    changes.systemName = command.optionalValue(QStringLiteral("system-name"));
    changes.gateway = command.optionalValue(QStringLiteral("gateway"));
    changes.clientId = command.optionalValue(QStringLiteral("client-id"));
    changes.discount = command.optionalValue(QStringLiteral("discount"));
    changes.currency = command.optionalValue(QStringLiteral("currency"));
    changes.namePolicy = command.optionalValue(QStringLiteral("name-policy"));
    return changes;
}

QJsonObject toJson(const Instance &instance, const std::optional<SyncSummary> &lastSync)
{
    QJsonObject sync;
    if (lastSync)
        sync = {{QStringLiteral("finished_at"), lastSync->finishedAt},
                {QStringLiteral("status"), syncStatusText(lastSync->status)}};
    return {
            {QStringLiteral("system_name"), instance.systemName},
            {QStringLiteral("gateway"), instance.gateway},
            {QStringLiteral("client_id"), instance.clientId},
            {QStringLiteral("discount_percent"), instance.discountPercent.toString()},
            {QStringLiteral("primary_currency"), instance.primaryCurrency},
            {QStringLiteral("name_policy"), namePolicyKey(instance.namePolicy)},
            {QStringLiteral("product_type"), instance.productType()},
            {QStringLiteral("has_secret"), instance.hasSecret},
            {QStringLiteral("distributor_tenant_id"),
             instance.distributorTenantId.isEmpty() ? QJsonValue()
                                                    : QJsonValue(instance.distributorTenantId)},
            {QStringLiteral("last_sync"), lastSync ? QJsonValue(sync) : QJsonValue()},
    };
}

} // namespace

int InstanceCommands::report(Console &console, const SaveOutcome &outcome)
{
    for (const FieldMessage &warning : outcome.report.warnings)
        console.warning(optionFor(warning.field) + QStringLiteral(": ") + warning.text);
    for (const FieldMessage &error : outcome.report.errors)
        console.error(optionFor(error.field) + QStringLiteral(": ") + error.text);
    if (!outcome.report.errors.isEmpty())
        return ExitBadInput;
    if (outcome.error)
        return console.fail(*outcome.error);
    return ExitOk;
}

int InstanceCommands::add(Session &session, const QStringList &arguments)
{
    CommandParser command(QStringLiteral("instance add"),
                          tr("Link an Acronis account: store its settings, and its client secret "
                             "in the OS keychain."));
    addFieldOptions(command);
    if (auto done = command.parse(arguments, session, 0))
        return *done;
    Console &console = session.console();
    if (!command.isSet(QStringLiteral("client-secret-stdin")))
        return command.badUsage(console,
                                tr("--client-secret-stdin is required: the client secret is read "
                                   "from standard input, never from the command line."));
    auto database = session.database();
    if (!database)
        return console.fail(database.error());
    auto secret = readSecretFromStdin(console);
    if (!secret)
        return ExitBadInput;
    InstanceService service(*database, session.secrets());
    const auto outcome = waitFor<SaveOutcome>(
            [&](auto done) { service.add(changesFrom(command), *secret, done); });
    wipe(*secret);
    if (const int code = report(console, outcome); code != ExitOk)
        return code;
    console.line(tr("Added instance \"%1\" (product type \"%2\"); the client secret is in the OS "
                    "keychain.")
                         .arg(outcome.instance->systemName, outcome.instance->productType()));
    return ExitOk;
}

int InstanceCommands::edit(Session &session, const QStringList &arguments)
{
    CommandParser command(
            QStringLiteral("instance edit"),
            tr("Change an instance's settings; with --client-secret-stdin also its secret."));
    command.addPositional(QStringLiteral("NAME"), tr("The instance's system name."));
    addFieldOptions(command);
    if (auto done = command.parse(arguments, session, 1))
        return *done;
    Console &console = session.console();
    const auto instance = session.instanceNamed(command.positional().first());
    if (!instance)
        return console.fail(instance.error());
    InstanceService service(*session.database(), session.secrets());
    std::optional<QString> secret;
    if (command.isSet(QStringLiteral("client-secret-stdin"))) {
        secret = readSecretFromStdin(console);
        if (!secret)
            return ExitBadInput;
    }
    const auto outcome = waitFor<SaveOutcome>(
            [&](auto done) { service.edit(instance->id, changesFrom(command), secret, done); });
    if (secret)
        wipe(*secret);
    if (const int code = report(console, outcome); code != ExitOk)
        return code;
    console.line(tr("Saved instance \"%1\".").arg(outcome.instance->systemName));
    return ExitOk;
}

int InstanceCommands::list(Session &session, const QStringList &arguments, bool single)
{
    CommandParser command(single ? QStringLiteral("instance show")
                                 : QStringLiteral("instance list"),
                          single ? tr("Show one instance's settings.")
                                 : tr("List the linked Acronis instances."));
    if (single)
        command.addPositional(QStringLiteral("NAME"), tr("The instance's system name."));
    command.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (auto done = command.parse(arguments, session, single ? 1 : 0))
        return *done;
    Console &console = session.console();
    auto database = session.database();
    if (!database)
        return console.fail(database.error());
    const CatalogueReader reader(*database);
    QList<Instance> instances;
    if (single) {
        auto found = reader.instanceNamed(command.positional().first());
        if (!found)
            return console.fail(found.error());
        instances.append(*found);
    } else {
        auto all = reader.instances();
        if (!all)
            return console.fail(all.error());
        instances = *all;
    }
    QJsonArray array;
    QList<QStringList> rows;
    for (const Instance &instance : std::as_const(instances)) {
        const auto lastSync = reader.lastSync(instance.id);
        if (!lastSync)
            return console.fail(lastSync.error());
        array.append(toJson(instance, *lastSync));
        rows.append({instance.systemName, instance.gateway, instance.primaryCurrency,
                     instance.discountPercent.toString() + u'%', namePolicyKey(instance.namePolicy),
                     instance.hasSecret ? tr("stored") : tr("missing"),
                     *lastSync
                             ? (*lastSync)->finishedAt + u' ' + syncStatusText((*lastSync)->status)
                             : tr("never")});
    }
    if (command.isSet(QStringLiteral("json"))) {
        console.json(single ? QJsonDocument(array.first().toObject()) : QJsonDocument(array));
        return ExitOk;
    }
    if (single) {
        const QJsonObject object = array.first().toObject();
        const Instance &instance = instances.first();
        const QList<QPair<QString, QString>> fields = {
                {InstanceRules::fieldLabel(InstanceField::SystemName), instance.systemName},
                {InstanceRules::fieldLabel(InstanceField::Gateway), instance.gateway},
                {InstanceRules::fieldLabel(InstanceField::ClientId), instance.clientId},
                {InstanceRules::fieldLabel(InstanceField::ClientSecret),
                 rows.first().at(5) + tr(" (OS keychain)")},
                {InstanceRules::fieldLabel(InstanceField::Discount),
                 instance.discountPercent.toString()},
                {InstanceRules::fieldLabel(InstanceField::Currency), instance.primaryCurrency},
                {InstanceRules::fieldLabel(InstanceField::NamePolicy),
                 instance.namePolicy == NamePolicy::Update ? tr("continuously update names")
                                                           : tr("keep the names of the first run")},
                {tr("Product type"), instance.productType()},
                {tr("Distributor tenant"),
                 instance.distributorTenantId.isEmpty() ? tr("not known yet")
                                                        : instance.distributorTenantId},
                {tr("Last sync"), rows.first().at(6)},
        };
        qsizetype width = 0;
        for (const auto &field : fields)
            width = qMax(width, field.first.size());
        for (const auto &field : fields)
            console.line(QString(field.first + u':').leftJustified(width + 2) + field.second);
        return ExitOk;
    }
    if (instances.isEmpty()) {
        console.line(tr("No instances yet. Add one with: acronis-csp instance add --help"));
        return ExitOk;
    }
    console.out(formatTable({tr("SYSTEM NAME"), tr("GATEWAY"), tr("CURRENCY"), tr("DISCOUNT"),
                             tr("NAMES"), tr("SECRET"), tr("LAST SYNC")},
                            rows));
    return ExitOk;
}

int InstanceCommands::remove(Session &session, const QStringList &arguments)
{
    CommandParser command(QStringLiteral("instance remove"),
                          tr("Remove an instance: its settings, its keychain entry, its products "
                             "and its history."));
    command.addPositional(QStringLiteral("NAME"), tr("The instance's system name."));
    command.addOption({QStringLiteral("yes"), tr("Confirm the removal.")});
    if (auto done = command.parse(arguments, session, 1))
        return *done;
    Console &console = session.console();
    if (!command.isSet(QStringLiteral("yes")))
        return command.badUsage(console,
                                tr("removing an instance deletes its settings, secret and "
                                   "products; add --yes to confirm."));
    const auto instance = session.instanceNamed(command.positional().first());
    if (!instance)
        return console.fail(instance.error());
    InstanceService service(*session.database(), session.secrets());
    const auto products = CatalogueReader(*session.database()).productCount(instance->id);
    if (!products)
        return console.fail(products.error());
    const auto status = waitFor<Status>([&](auto done) { service.remove(instance->id, done); });
    if (!status)
        return console.fail(status.error());
    console.line(tr("Removed instance \"%1\": its settings, its client secret in the OS keychain "
                    "and %n product(s).",
                    nullptr, *products)
                         .arg(instance->systemName));
    return ExitOk;
}

int InstanceCommands::run(Session &session, const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (verb == u"add")
        return add(session, rest);
    if (verb == u"edit")
        return edit(session, rest);
    if (verb == u"list")
        return list(session, rest, false);
    if (verb == u"show")
        return list(session, rest, true);
    if (verb == u"remove")
        return remove(session, rest);
    if (verb == u"export")
        return ConfigurationCommands::exportInstances(session, rest);
    if (verb == u"import")
        return ConfigurationCommands::importInstances(session, rest);
    Console &console = session.console();
    if (verb == u"--help" || verb == u"-h" || verb.isEmpty()) {
        console.out(tr("Usage: acronis-csp instance COMMAND [options]\n\n"
                       "Manage the linked Acronis accounts (the Applications Setup form).\n\n"
                       "Commands:\n"
                       "  add      Link an Acronis account (secret from standard input)\n"
                       "  edit     Change an instance's settings or secret\n"
                       "  list     List the instances\n"
                       "  show     Show one instance\n"
                       "  remove   Remove an instance, its secret and its products\n"
                       "  export   Print instances' configuration as JSON (never a secret)\n"
                       "  import   Add the instances of an exported file\n\n"
                       "Run 'acronis-csp instance COMMAND --help' for a command's options.\n"));
        return verb.isEmpty() ? ExitBadInput : ExitOk;
    }
    console.error(
            tr("instance: unknown command \"%1\". Try 'acronis-csp instance --help'.").arg(verb));
    return ExitBadInput;
}

} // namespace csp::cli
