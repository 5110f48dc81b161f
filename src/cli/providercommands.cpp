#include "providercommands.h"

#include "core/month.h"
#include "core/waitfor.h"
#include "interrupts.h"
#include "services/cataloguereader.h"
#include "services/providerservice.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace csp::cli {

namespace {

QJsonObject providerJson(const Provider &provider, const QString &instanceName)
{
    return {{QStringLiteral("instance"), instanceName},
            {QStringLiteral("customer_id"), provider.customerId},
            {QStringLiteral("tenant_id"), textOrNull(provider.tenantId)},
            {QStringLiteral("name"), provider.name},
            {QStringLiteral("status"), providerStatusKey(provider.status)},
            {QStringLiteral("tier"), textOrNull(provider.tier)},
            {QStringLiteral("contract_start"),
             provider.contractStart.isValid()
                     ? QJsonValue(provider.contractStart.toUTC().toString(Qt::ISODate))
                     : QJsonValue()},
            {QStringLiteral("ramp_up_months"), provider.rampUpMonths},
            {QStringLiteral("pricing_mode"), textOrNull(provider.pricingMode)},
            {QStringLiteral("admin_login"), textOrNull(provider.adminLogin)},
            {QStringLiteral("provisioned"), provider.progress.complete},
            {QStringLiteral("created_at"), provider.createdAt.toString(Qt::ISODate)},
            {QStringLiteral("changed_at"), provider.changedAt.toString(Qt::ISODate)}};
}

QJsonObject operationJson(const ProviderOperation &operation)
{
    return {{QStringLiteral("operation"), operation.operation},
            {QStringLiteral("started_at"), operation.startedAt.toString(Qt::ISODate)},
            {QStringLiteral("finished_at"), operation.finishedAt.toString(Qt::ISODate)},
            {QStringLiteral("status"),
             operation.succeeded ? QStringLiteral("succeeded") : QStringLiteral("failed")},
            {QStringLiteral("detail"), operation.detail}};
}

QJsonObject outcomeJson(const ProviderOutcome &outcome, const QString &instanceName)
{
    QJsonArray plan;
    for (const PlannedCall &call : outcome.plan)
        plan.append(QJsonObject{{QStringLiteral("call"), call.call},
                                {QStringLiteral("purpose"), call.purpose},
                                {QStringLiteral("skipped"), call.skipped}});
    QJsonObject json{
            {QStringLiteral("instance"), instanceName},
            {QStringLiteral("operation"), outcome.operation},
            {QStringLiteral("dry_run"), outcome.dryRun},
            {QStringLiteral("status"),
             outcome.ok() ? QStringLiteral("succeeded") : QStringLiteral("failed")},
            {QStringLiteral("changed"), outcome.ok() && !outcome.changedNothing && !outcome.dryRun},
            {QStringLiteral("message"), outcome.ok() ? outcome.summary : outcome.error->message}};
    if (outcome.operation == u"create") {
        json.insert(QStringLiteral("checks"), QJsonArray::fromStringList(outcome.checks));
        json.insert(QStringLiteral("plan"), plan);
    }
    if (outcome.operation == u"import") {
        json.insert(QStringLiteral("added"), outcome.added);
        json.insert(QStringLiteral("updated"), outcome.updated);
        json.insert(QStringLiteral("unchanged"), outcome.unchanged);
    }
    json.insert(QStringLiteral("provider"),
                outcome.provider && !outcome.provider->id.isEmpty()
                        ? QJsonValue(providerJson(*outcome.provider, instanceName))
                        : QJsonValue());
    return json;
}

} // namespace

int ProviderCommands::run(Session &session, const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (verb == u"create")
        return create(session, rest);
    if (verb == u"import")
        return importAll(session, rest);
    if (verb == u"list")
        return list(session, rest, false);
    if (verb == u"show")
        return list(session, rest, true);
    if (verb == u"suspend" || verb == u"resume" || verb == u"cancel")
        return change(session, verb, rest);
    if (verb == u"set-tier")
        return setTier(session, rest);
    if (verb == u"edit")
        return edit(session, rest);
    Console &console = session.console();
    if (verb == u"--help" || verb == u"-h" || verb.isEmpty()) {
        console.out(tr("Usage: acronis-csp provider COMMAND [options]\n\n"
                       "Service providers: partner tenants under the distributor.\n\n"
                       "Commands:\n"
                       "  create    Provision a service provider (idempotent; --dry-run checks)\n"
                       "  import    Record the partner tenants already under the distributor\n"
                       "  list      List the service providers\n"
                       "  show      Show one service provider and what was done to it\n"
                       "  suspend   Disable a service provider's tenant\n"
                       "  resume    Enable it again\n"
                       "  cancel    Disable and delete the tenant at Acronis (needs --yes)\n"
                       "  set-tier  Change the commitment tier, at Acronis and in the contract\n"
                       "  edit      Give a provider the billing system's customer id\n\n"
                       "Run 'acronis-csp provider COMMAND --help' for a command's options.\n"));
        return verb.isEmpty() ? ExitBadInput : ExitOk;
    }
    console.error(
            tr("provider: unknown command \"%1\". Try 'acronis-csp provider --help'.").arg(verb));
    return ExitBadInput;
}

ProviderOutcome ProviderCommands::runService(Session &session,
                                             const std::function<void(ProviderService &)> &start)
{
    QNetworkAccessManager network;
    ProviderService service(*session.database(), session.secrets(), network, session.apiOptions());
    const Interrupts::CancelGuard cancelOnInterrupt([&service] { service.abort(); });
    Console &console = session.console();
    QObject::connect(&service, &ProviderService::progress, &service,
                     [&console](const QString &step) { console.progress(step); });
    ProviderOutcome outcome = waitFor<ProviderOutcome>([&](auto done) {
        QObject::connect(&service, &ProviderService::finished, &service, done);
        start(service);
    });
    console.endProgress();
    return outcome;
}

int ProviderCommands::create(Session &session, const QStringList &arguments)
{
    CommandParser command(QStringLiteral("provider create"),
                          tr("Provision a service provider: a partner tenant under the "
                             "distributor, its offering items, tier and first admin. Running it "
                             "again continues where it stopped and never makes a second tenant."));
    command.addPositional(QStringLiteral("INSTANCE"), tr("The instance's system name."));
    command.addOption({QStringLiteral("name"), tr("The tenant's name."), QStringLiteral("NAME")});
    command.addOption({QStringLiteral("customer-id"), tr("The billing system's account id."),
                       QStringLiteral("ID")});
    command.addOption({QStringLiteral("admin-login"), tr("The first admin's login."),
                       QStringLiteral("LOGIN")});
    command.addOption({QStringLiteral("admin-email"), tr("Where the activation e-mail goes."),
                       QStringLiteral("EMAIL")});
    command.addOption({QStringLiteral("tier"),
                       tr("Commitment tier: none, 1 to 5, or one added with 'tier set'."),
                       QStringLiteral("TIER")});
    command.addOption({QStringLiteral("ramp-up-months"),
                       tr("Months from the contract's start that pay no minimum commitment (0 to "
                          "3, default 0)."),
                       QStringLiteral("N"), QStringLiteral("0")});
    command.addOption({QStringLiteral("language"), tr("Tenant and admin language (default en)."),
                       QStringLiteral("CODE"), QStringLiteral("en")});
    command.addOption({QStringLiteral("items"),
                       tr("Offering items to enable (default: the instance's active products)."),
                       QStringLiteral("ITEM,ITEM")});
    command.addOption(
            {QStringLiteral("all-items"), tr("Enable every item available to service providers.")});
    command.addOption({QStringLiteral("dry-run"),
                       tr("Check everything and print the calls it would make; change nothing.")});
    command.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (auto done = command.parse(arguments, session, 1))
        return *done;
    Console &console = session.console();
    QStringList missing;
    for (const char *option : {"name", "customer-id", "admin-login", "admin-email"}) {
        if (!command.isSet(QString::fromLatin1(option)))
            missing << u"--" + QString::fromLatin1(option);
    }
    if (!missing.isEmpty())
        return command.badUsage(console, tr("missing %1.").arg(missing.join(QStringLiteral(", "))));
    ProviderRequest request;
    request.name = command.value(QStringLiteral("name"));
    request.customerId = command.value(QStringLiteral("customer-id"));
    request.adminLogin = command.value(QStringLiteral("admin-login"));
    request.adminEmail = command.value(QStringLiteral("admin-email"));
    request.language = command.value(QStringLiteral("language"));
    request.allItems = command.isSet(QStringLiteral("all-items"));
    if (command.isSet(QStringLiteral("items")))
        request.items = command.value(QStringLiteral("items")).split(u',');
    if (command.isSet(QStringLiteral("tier")))
        request.tier = command.value(QStringLiteral("tier"));
    bool whole = false;
    request.rampUpMonths = command.value(QStringLiteral("ramp-up-months")).toInt(&whole);
    if (!whole)
        return command.badUsage(console,
                                tr("--ramp-up-months: \"%1\" is not a whole number.")
                                        .arg(command.value(QStringLiteral("ramp-up-months"))));
    const auto instance = session.instanceNamed(command.positional().first());
    if (!instance)
        return console.fail(instance.error());
    const bool dryRun = command.isSet(QStringLiteral("dry-run"));
    const ProviderOutcome outcome = runService(
            session, [&](ProviderService &service) { service.create(*instance, request, dryRun); });
    if (command.isSet(QStringLiteral("json")))
        console.json(QJsonDocument(outcomeJson(outcome, instance->systemName)));
    else
        printCreate(console, outcome);
    return outcome.error ? console.fail(*outcome.error) : ExitOk;
}

void ProviderCommands::printCreate(Console &console, const ProviderOutcome &outcome)
{
    if (!outcome.checks.isEmpty()) {
        console.line(tr("Checks:"));
        for (const QString &check : outcome.checks)
            console.line(QStringLiteral("  ✓ ") + check);
    }
    if (!outcome.plan.isEmpty()) {
        console.line(outcome.dryRun ? tr("Plan (nothing was changed):") : tr("Calls:"));
        for (const PlannedCall &call : outcome.plan)
            console.line(
                    QStringLiteral("  %1 %2  (%3)")
                            .arg(call.skipped ? tr("skip") : tr("do  "), call.call, call.purpose));
    }
    if (outcome.ok())
        console.line(outcome.summary);
}

int ProviderCommands::importAll(Session &session, const QStringList &arguments)
{
    CommandParser command(QStringLiteral("provider import"),
                          tr("Record every partner tenant under the distributor as a service "
                             "provider (its customer id, or its tenant id where it has none)."));
    command.addPositional(QStringLiteral("INSTANCE"), tr("The instance's system name."));
    command.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (auto done = command.parse(arguments, session, 1))
        return *done;
    Console &console = session.console();
    const auto instance = session.instanceNamed(command.positional().first());
    if (!instance)
        return console.fail(instance.error());
    const ProviderOutcome outcome =
            runService(session, [&](ProviderService &service) { service.importAll(*instance); });
    if (command.isSet(QStringLiteral("json")))
        console.json(QJsonDocument(outcomeJson(outcome, instance->systemName)));
    else if (outcome.ok())
        console.line(outcome.summary);
    return outcome.error ? console.fail(*outcome.error) : ExitOk;
}

int ProviderCommands::list(Session &session, const QStringList &arguments, bool one)
{
    CommandParser command(one ? QStringLiteral("provider show") : QStringLiteral("provider list"),
                          one ? tr("Show one service provider and the operations done to it.")
                              : tr("List the service providers."));
    if (one) {
        command.addPositional(QStringLiteral("INSTANCE"), tr("The instance's system name."));
        command.addPositional(QStringLiteral("CUSTOMER_ID"),
                              tr("The billing system's account id."));
    } else {
        command.addOption({QStringLiteral("instance"), tr("Only this instance's providers."),
                           QStringLiteral("NAME")});
    }
    command.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (!one)
        command.addOutputOption();
    if (auto done = command.parse(arguments, session, one ? 2 : 0))
        return *done;
    Console &console = session.console();
    command.applyOutputOption(console);
    auto database = session.database();
    if (!database)
        return console.fail(database.error());
    const QString instanceName =
            one ? command.positional().first() : command.value(QStringLiteral("instance"));
    QString instanceId;
    if (!instanceName.isEmpty()) {
        const auto instance = session.instanceNamed(instanceName);
        if (!instance)
            return console.fail(instance.error());
        instanceId = instance->id;
    }
    const CatalogueReader reader(*database);
    const auto instances = reader.instances();
    if (!instances)
        return console.fail(instances.error());
    QHash<QString, QString> names;
    for (const Instance &instance : *instances)
        names.insert(instance.id, instance.systemName);
    auto found = reader.providers(instanceId);
    if (!found)
        return console.fail(found.error());
    QList<Provider> shown = *found;
    if (one) {
        const QString customerId = command.positional().at(1);
        shown.removeIf([&](const Provider &p) { return p.customerId != customerId; });
        if (shown.isEmpty())
            return console.fail(Error{ErrorKind::NotFound,
                                      tr("There is no service provider with customer id \"%1\" "
                                         "in \"%2\".")
                                              .arg(customerId, names.value(instanceId))});
    }
    const bool json = command.isSet(QStringLiteral("json"));
    if (one) {
        const Provider &provider = shown.first();
        const auto operations = reader.operations(provider.id);
        if (!operations)
            return console.fail(operations.error());
        if (json) {
            QJsonObject object = providerJson(provider, names.value(provider.instanceId));
            QJsonArray list;
            for (const ProviderOperation &operation : *operations)
                list.append(operationJson(operation));
            object.insert(QStringLiteral("operations"), list);
            console.json(QJsonDocument(object));
            return ExitOk;
        }
        const QList<QStringList> fields = {
                {tr("Name"), provider.name},
                {tr("Customer id"), provider.customerId},
                {tr("Tenant id"), provider.tenantId},
                {tr("Status"), providerStatusKey(provider.status)},
                {tr("Provisioned"),
                 provider.progress.complete ? tr("yes") : tr("not completely: run create again")},
                {tr("Tier"), provider.tier.isEmpty() ? tr("unknown") : provider.tier},
                {tr("Contract since"),
                 provider.contractStart.isValid()
                         ? provider.contractStart.toUTC().toString(Qt::ISODate)
                         : tr("unknown")},
                {tr("Ramp-up months"), QString::number(provider.rampUpMonths)},
                {tr("Pricing mode"), provider.pricingMode},
                {tr("Admin login"), provider.adminLogin},
                {tr("Instance"), names.value(provider.instanceId)}};
        for (const QStringList &field : fields)
            console.line(QStringLiteral("%1: %2").arg(field[0], field[1]));
        QList<QStringList> rows;
        for (const ProviderOperation &operation : *operations)
            rows.append({operation.finishedAt.toString(Qt::ISODate), operation.operation,
                         operation.succeeded ? tr("succeeded") : tr("failed"), operation.detail});
        if (!rows.isEmpty()) {
            console.line();
            console.out(
                    formatTable({tr("WHEN"), tr("OPERATION"), tr("STATUS"), tr("DETAIL")}, rows));
        }
        return ExitOk;
    }
    if (json) {
        QJsonArray array;
        for (const Provider &provider : shown)
            array.append(providerJson(provider, names.value(provider.instanceId)));
        console.json(QJsonDocument(array));
        return ExitOk;
    }
    if (shown.isEmpty()) {
        console.line(tr("No service providers yet: 'acronis-csp provider create' or 'provider "
                        "import'."));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const Provider &provider : shown)
        rows.append({names.value(provider.instanceId), provider.customerId, provider.name,
                     providerStatusKey(provider.status),
                     provider.tier.isEmpty() ? QStringLiteral("-") : provider.tier,
                     provider.adminLogin, provider.tenantId});
    console.out(formatTable({tr("INSTANCE"), tr("CUSTOMER ID"), tr("NAME"), tr("STATUS"),
                             tr("TIER"), tr("ADMIN"), tr("TENANT")},
                            rows));
    return ExitOk;
}

int ProviderCommands::change(Session &session, const QString &verb, const QStringList &arguments)
{
    const QString description = verb == u"suspend"
            ? tr("Suspend a service provider: disable its tenant. Acronis "
                 "keeps billing its usage while it is disabled.")
            : verb == u"resume" ? tr("Resume a suspended service provider: enable its tenant.")
                                : tr("Cancel a service provider: disable its tenant, then delete "
                                     "it at Acronis with all its data. This cannot be undone.");
    CommandParser command(QStringLiteral("provider ") + verb, description);
    command.addPositional(QStringLiteral("INSTANCE"), tr("The instance's system name."));
    command.addPositional(QStringLiteral("CUSTOMER_ID"), tr("The billing system's account id."));
    if (verb == u"cancel")
        command.addOption({QStringLiteral("yes"),
                           tr("Confirm that the tenant and its data are to be deleted.")});
    command.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (auto done = command.parse(arguments, session, 2))
        return *done;
    Console &console = session.console();
    if (verb == u"cancel" && !command.isSet(QStringLiteral("yes")))
        return command.badUsage(console,
                                tr("cancel deletes the tenant and its data at Acronis; "
                                   "add --yes to confirm."));
    const auto instance = session.instanceNamed(command.positional().first());
    if (!instance)
        return console.fail(instance.error());
    const QString customerId = command.positional().at(1);
    const ProviderOutcome outcome = runService(session, [&](ProviderService &service) {
        if (verb == u"suspend")
            service.suspend(*instance, customerId);
        else if (verb == u"resume")
            service.resume(*instance, customerId);
        else
            service.cancel(*instance, customerId);
    });
    if (command.isSet(QStringLiteral("json")))
        console.json(QJsonDocument(outcomeJson(outcome, instance->systemName)));
    else if (outcome.ok())
        console.line(outcome.summary);
    return outcome.error ? console.fail(*outcome.error) : ExitOk;
}

int ProviderCommands::edit(Session &session, const QStringList &arguments)
{
    CommandParser command(QStringLiteral("provider edit"),
                          tr("Give a service provider imported without a customer id (its tenant "
                             "id stood in) the billing system's customer id; written to the "
                             "tenant at Acronis too."));
    command.addPositional(QStringLiteral("INSTANCE"), tr("The instance's system name."));
    command.addPositional(QStringLiteral("CUSTOMER_ID"),
                          tr("The provider's customer id now (its tenant id, if it has none)."));
    command.addOption({QStringLiteral("customer-id"), tr("The billing system's account id."),
                       QStringLiteral("NEW")});
    command.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (auto done = command.parse(arguments, session, 2))
        return *done;
    Console &console = session.console();
    if (!command.isSet(QStringLiteral("customer-id")))
        return command.badUsage(console, tr("Say the new customer id with --customer-id NEW."));
    const auto instance = session.instanceNamed(command.positional().first());
    if (!instance)
        return console.fail(instance.error());
    const ProviderOutcome outcome = runService(session, [&](ProviderService &service) {
        service.editCustomerId(*instance, command.positional().at(1),
                               command.value(QStringLiteral("customer-id")));
    });
    if (command.isSet(QStringLiteral("json")))
        console.json(QJsonDocument(outcomeJson(outcome, instance->systemName)));
    else if (outcome.ok())
        console.line(outcome.summary);
    return outcome.error ? console.fail(*outcome.error) : ExitOk;
}

int ProviderCommands::setTier(Session &session, const QStringList &arguments)
{
    CommandParser command(QStringLiteral("provider set-tier"),
                          tr("Change a service provider's commitment tier at Acronis and in its "
                             "contract, in effect from a month on."));
    command.addPositional(QStringLiteral("INSTANCE"), tr("The instance's system name."));
    command.addPositional(QStringLiteral("CUSTOMER_ID"), tr("The billing system's account id."));
    command.addPositional(QStringLiteral("TIER"), tr("The tier: none, 1 to 5, or one added."));
    command.addOption({QStringLiteral("from"),
                       tr("The first month of the new tier (default: the current one)."),
                       QStringLiteral("YYYY-MM")});
    command.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (auto done = command.parse(arguments, session, 3))
        return *done;
    Console &console = session.console();
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QDate from = firstOfMonth(today);
    if (command.isSet(QStringLiteral("from"))) {
        const auto month = parseMonth(command.value(QStringLiteral("from")), today);
        if (!month)
            return command.badUsage(console,
                                    tr("--from: \"%1\" is not a month like 2026-10.")
                                            .arg(command.value(QStringLiteral("from"))));
        from = *month;
    }
    const auto instance = session.instanceNamed(command.positional().first());
    if (!instance)
        return console.fail(instance.error());
    const QStringList args = command.positional();
    const ProviderOutcome outcome = runService(session, [&](ProviderService &service) {
        service.setTier(*instance, args.at(1), args.at(2), from);
    });
    if (command.isSet(QStringLiteral("json")))
        console.json(QJsonDocument(outcomeJson(outcome, instance->systemName)));
    else if (outcome.ok())
        console.line(outcome.summary);
    return outcome.error ? console.fail(*outcome.error) : ExitOk;
}

} // namespace csp::cli
