#include "cataloguecommands.h"

#include "core/jsonrows.h"
#include "core/money.h"
#include "core/month.h"
#include "core/waitfor.h"
#include "interrupts.h"
#include "services/cataloguereader.h"
#include "services/productexport.h"
#include "services/productservice.h"
#include "services/syncjob.h"
#include "services/unattendedrun.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace csp::cli {

namespace {

QJsonObject syncJson(const SyncOutcome &outcome)
{
    QJsonArray changes;
    for (const ProductChange *reviewed : outcome.diff.changesToReview()) {
        const ProductChange &change = *reviewed;
        const ProductKey &key = change.product.key;
        changes.append(QJsonObject{{QStringLiteral("change"), changeKindKey(change.kind)},
                                   {QStringLiteral("offering_item"), key.offeringItem},
                                   {QStringLiteral("edition"), textOrNull(key.edition)},
                                   {QStringLiteral("infra_id"), textOrNull(key.infraId)},
                                   {QStringLiteral("name"), change.product.name},
                                   {QStringLiteral("old_name"), textOrNull(change.oldName)}});
    }
    QJsonObject json{
            {QStringLiteral("instance"), outcome.instanceName},
            {QStringLiteral("dry_run"), outcome.dryRun},
            {QStringLiteral("status"), syncStatusText(outcome.status)},
            {QStringLiteral("added"), outcome.diff.count(ChangeKind::Added)},
            {QStringLiteral("updated"), outcome.diff.count(ChangeKind::Updated)},
            {QStringLiteral("renamed"), outcome.diff.count(ChangeKind::Renamed)},
            {QStringLiteral("retired"), outcome.diff.count(ChangeKind::Retired)},
            {QStringLiteral("unchanged"), outcome.diff.count(ChangeKind::Unchanged)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(outcome.diff.warnings)},
            {QStringLiteral("changes"), changes}};
    if (outcome.error)
        json.insert(QStringLiteral("error"), outcome.error->message);
    return json;
}

QJsonObject productJson(const ProductRow &row)
{
    QJsonObject object;
    const QStringList columns = productColumns();
    const auto values = productValues(row);
    for (qsizetype i = 0; i < columns.size(); ++i)
        object.insert(columns[i], values[i] ? QJsonValue(*values[i]) : QJsonValue());
    return object;
}

} // namespace

namespace {

// The units in the package say they are a timer; anything else is someone at a shell.
bool startedByTimer()
{
    return qEnvironmentVariable("ACRONIS_CSP_STARTED_BY") == u"timer";
}

SyncOutcome runSync(Session &session, QNetworkAccessManager &network, const Instance &instance,
                    bool dryRun)
{
    SyncJob job(*session.database(), session.secrets(), network, session.apiOptions());
    job.setStartedBy(startedByTimer() ? QStringLiteral("timer") : QStringLiteral("cli"));
    return runToTheEnd(job, &SyncJob::finished, [&] { job.start(instance, dryRun); });
}

} // namespace

int CatalogueCommands::sync(Session &session, const QStringList &arguments)
{
    CommandParser command(
            QStringLiteral("sync"),
            tr("Get Services Definition: bring the instance's products up to date with "
               "what the distributor may sell to service providers."));
    command.addPositional(QStringLiteral("NAME"), tr("The instance's system name."),
                          QStringLiteral("[NAME]"));
    command.addOption({QStringLiteral("all"),
                       tr("Every instance, one after the other; the exit code is that of the "
                          "first (by name) that failed.")});
    command.addOption(
            {QStringLiteral("dry-run"), tr("Compute and print the changes; write nothing.")});
    command.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (auto done = command.parse(arguments, session, 0, 1))
        return *done;
    Console &console = session.console();
    const bool all = command.isSet(QStringLiteral("all"));
    if (all == !command.positional().isEmpty())
        return command.badUsage(console, tr("give either an instance's NAME or --all."));
    if (all)
        return syncAll(session, command.isSet(QStringLiteral("dry-run")),
                       command.isSet(QStringLiteral("json")));
    const auto instance = session.instanceNamed(command.positional().first());
    if (!instance)
        return console.fail(instance.error());
    QNetworkAccessManager network;
    const SyncOutcome outcome =
            runSync(session, network, *instance, command.isSet(QStringLiteral("dry-run")));
    for (const QString &warning : outcome.diff.warnings)
        console.warning(warning);
    if (command.isSet(QStringLiteral("json")))
        console.json(QJsonDocument(syncJson(outcome)));
    else if (outcome.ok())
        printSync(console, outcome);
    if (outcome.error)
        return console.fail(*outcome.error);
    return ExitOk;
}

namespace {

// The usage estimate of an instance, as `sync --all --json` prints it: null when none was read.
QJsonValue estimateJson(const std::optional<UsageEstimate> &estimate)
{
    if (!estimate)
        return QJsonValue();
    if (estimate->error)
        return QJsonObject{{QStringLiteral("recorded"), false},
                           {QStringLiteral("error"), estimate->error->message}};
    return QJsonObject{
            {QStringLiteral("recorded"), estimate->recorded},
            {QStringLiteral("providers"), estimate->providers},
            {QStringLiteral("lines"), estimate->lines},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(estimate->warnings)}};
}

// The price check of `sync --all`: null when none was made.
QJsonValue priceCheckJson(const std::optional<PriceCheckReport> &report)
{
    if (!report)
        return QJsonValue();
    QJsonObject json{{QStringLiteral("month"), monthKey(report->month)},
                     {QStringLiteral("listed"), report->listed},
                     {QStringLiteral("skus"), int(report->rows.size())},
                     {QStringLiteral("differing"), report->differing()}};
    if (report->error)
        json.insert(QStringLiteral("error"), report->error->message);
    return json;
}

// What the price check warns of: the differing SKUs, or why the price list could not be read.
QString priceCheckWarning(const std::optional<PriceCheckReport> &report)
{
    if (!report)
        return {};
    if (report->error)
        return CatalogueCommands::tr("The Distributor Discount could not be checked against "
                                     "Acronis' price list: %1")
                .arg(report->error->message);
    return report->differencesText();
}

} // namespace

void CatalogueCommands::printInstanceRun(Console &console, const InstanceRun &run, bool json)
{
    const SyncOutcome &outcome = run.sync;
    const QString &name = outcome.instanceName;
    for (const QString &warning : outcome.diff.warnings)
        console.warning(name + QStringLiteral(": ") + warning);
    if (run.estimate && !run.estimate->recorded) {
        QStringList why{run.estimate->error ? run.estimate->error->message : QString()};
        why += run.estimate->warnings;
        why.removeAll(QString());
        console.warning(tr("%1: the usage estimate for the month-end reconciliation was not "
                           "recorded: %2")
                                .arg(name, why.join(u' ')));
    } else if (run.estimate) {
        for (const QString &warning : run.estimate->warnings)
            console.warning(name + QStringLiteral(": ") + warning);
    }
    if (const QString warning = priceCheckWarning(run.priceCheck); !warning.isEmpty())
        console.warning(name + QStringLiteral(": ") + warning);
    if (!json && outcome.ok()) {
        printSync(console, outcome);
        if (run.estimate && run.estimate->recorded)
            console.line(tr("Usage of %n service provider(s) recorded as the month's "
                            "estimate.",
                            nullptr, run.estimate->providers));
    }
    if (outcome.error)
        console.error(tr("%1: %2").arg(name, outcome.error->message));
}

int CatalogueCommands::syncAll(Session &session, bool dryRun, bool json)
{
    Console &console = session.console();
    auto database = session.database();
    if (!database)
        return console.fail(database.error());
    QNetworkAccessManager network;
    UnattendedRun run(*database, session.secrets(), network, session.apiOptions());
    QObject::connect(
            &run, &UnattendedRun::instanceDone, &run,
            [&console, json](const InstanceRun &done) { printInstanceRun(console, done, json); });
    const UnattendedOutcome outcome = runToTheEnd(run, &UnattendedRun::finished, [&] {
        run.start(dryRun, startedByTimer() ? QStringLiteral("timer") : QStringLiteral("cli"));
    });
    if (outcome.error)
        return console.fail(*outcome.error);
    if (json) {
        QJsonArray documents;
        for (const InstanceRun &done : outcome.runs) {
            QJsonObject document = syncJson(done.sync);
            document.insert(QStringLiteral("usage_estimate"), estimateJson(done.estimate));
            document.insert(QStringLiteral("price_check"), priceCheckJson(done.priceCheck));
            if (const QString warning = priceCheckWarning(done.priceCheck); !warning.isEmpty()) {
                QJsonArray warnings = document.value(u"warnings").toArray();
                warnings.append(warning);
                document.insert(QStringLiteral("warnings"), warnings);
            }
            documents.append(document);
        }
        console.json(QJsonDocument(documents));
    } else if (outcome.noInstances) {
        console.line(tr("No instances. Add one with 'acronis-csp instance add'."));
    }
    return outcome.firstFailure ? exitCodeFor(outcome.firstFailure->kind) : ExitOk;
}

void CatalogueCommands::printSync(Console &console, const SyncOutcome &outcome)
{
    const CatalogueDiff &diff = outcome.diff;
    console.line(
            (outcome.dryRun
                     ? tr("Dry run of Get Services Definition for \"%1\" (nothing was written): %2 "
                          "added, %3 updated, %4 renamed, %5 retired, %6 unchanged.")
                     : tr("Get Services Definition for \"%1\": %2 added, %3 updated, %4 renamed, "
                          "%5 retired, %6 unchanged."))
                    .arg(outcome.instanceName)
                    .arg(diff.count(ChangeKind::Added))
                    .arg(diff.count(ChangeKind::Updated))
                    .arg(diff.count(ChangeKind::Renamed))
                    .arg(diff.count(ChangeKind::Retired))
                    .arg(diff.count(ChangeKind::Unchanged)));
    for (const ProductChange *reviewed : diff.changesToReview()) {
        const ProductChange &change = *reviewed;
        switch (change.kind) {
        case ChangeKind::Added:
            console.line(QStringLiteral("  + ") + change.product.name);
            break;
        case ChangeKind::Renamed:
            console.line(QStringLiteral("  > ") + change.oldName + QStringLiteral(" \u2192 ") +
                         change.product.name);
            break;
        case ChangeKind::Updated:
            console.line(QStringLiteral("  ~ ") + change.product.name + QStringLiteral(" (") +
                         change.fields.join(QStringLiteral(", ")) + u')');
            break;
        case ChangeKind::Retired:
            console.line(QStringLiteral("  - ") + change.product.name + tr(" (retired)"));
            break;
        case ChangeKind::Unchanged:
            break;
        }
    }
}

int CatalogueCommands::products(Session &session, const QStringList &arguments)
{
    CommandParser command(QStringLiteral("products"),
                          tr("List the products of every instance, or of one."));
    command.addOption({QStringLiteral("instance"), tr("Only this instance's products."),
                       QStringLiteral("NAME")});
    command.addOption({QStringLiteral("search"),
                       tr("Only products whose name, offering item or storage contains TEXT."),
                       QStringLiteral("TEXT")});
    command.addOption({QStringLiteral("include-retired"),
                       tr("Also list products Acronis no longer serves.")});
    command.addOption({QStringLiteral("json"), tr("Print JSON.")});
    command.addOption({QStringLiteral("csv"), tr("Print CSV (RFC 4180, UTF-8).")});
    command.addOutputOption();
    if (auto done = command.parse(arguments, session, 0))
        return *done;
    Console &console = session.console();
    if (command.isSet(QStringLiteral("json")) && command.isSet(QStringLiteral("csv")))
        return command.badUsage(console, tr("--json and --csv exclude each other."));
    command.applyOutputOption(console);
    auto database = session.database();
    if (!database)
        return console.fail(database.error());
    ProductFilter filter;
    filter.search = command.value(QStringLiteral("search"));
    filter.includeRetired = command.isSet(QStringLiteral("include-retired"));
    if (command.isSet(QStringLiteral("instance"))) {
        const auto instance = session.instanceNamed(command.value(QStringLiteral("instance")));
        if (!instance)
            return console.fail(instance.error());
        filter.instanceId = instance->id;
    }
    auto rows = CatalogueReader(*database).products(filter);
    if (!rows)
        return console.fail(rows.error());
    sortForExport(rows.value());
    if (command.isSet(QStringLiteral("json"))) {
        JsonRowsWriter writer(productColumns());
        for (const ProductRow &row : *rows)
            writer.append(productValues(row));
        console.outUtf8(writer.take());
        return ExitOk;
    }
    if (command.isSet(QStringLiteral("csv"))) {
        console.out(productsCsv(*rows));
        return ExitOk;
    }
    QList<QStringList> table;
    for (const ProductRow &row : *rows) {
        const QJsonObject object = productJson(row);
        table.append({object.value(u"name").toString(), row.instanceName,
                      object.value(u"sell_price").toString(MissingFigure.toString()),
                      object.value(u"cost_price").toString(MissingFigure.toString()),
                      object.value(u"currency").toString(), object.value(u"status").toString()});
    }
    if (table.isEmpty()) {
        console.line(
                tr("No products. Run 'acronis-csp sync NAME' to get the services definition."));
        return ExitOk;
    }
    console.out(formatTable(
            {tr("NAME"), tr("INSTANCE"), tr("SELL"), tr("COST"), tr("CURRENCY"), tr("STATUS")},
            table));
    return ExitOk;
}

int CatalogueCommands::history(Session &session, const QStringList &arguments)
{
    CommandParser command(QStringLiteral("history"),
                          tr("List the Get Services Definition runs, newest first."));
    command.addOption(
            {QStringLiteral("instance"), tr("Only this instance's runs."), QStringLiteral("NAME")});
    command.addOption({QStringLiteral("json"), tr("Print JSON.")});
    command.addOutputOption();
    if (auto done = command.parse(arguments, session, 0))
        return *done;
    Console &console = session.console();
    command.applyOutputOption(console);
    auto database = session.database();
    if (!database)
        return console.fail(database.error());
    QString instanceId;
    if (command.isSet(QStringLiteral("instance"))) {
        const auto instance = session.instanceNamed(command.value(QStringLiteral("instance")));
        if (!instance)
            return console.fail(instance.error());
        instanceId = instance->id;
    }
    const auto runs = CatalogueReader(*database).syncRuns(instanceId);
    if (!runs)
        return console.fail(runs.error());
    if (command.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SyncRun &run : *runs)
            array.append(QJsonObject{
                    {QStringLiteral("instance"), run.instanceName},
                    {QStringLiteral("kind"), run.kind},
                    {QStringLiteral("started_at"), run.startedAt},
                    {QStringLiteral("finished_at"), textOrNull(run.finishedAt)},
                    {QStringLiteral("status"), syncStatusText(run.status)},
                    {QStringLiteral("added"), run.added},
                    {QStringLiteral("updated"), run.updated},
                    {QStringLiteral("renamed"), run.renamed},
                    {QStringLiteral("retired"), run.retired},
                    {QStringLiteral("unchanged"), run.unchanged},
                    {QStringLiteral("warnings"), QJsonArray::fromStringList(run.warnings)},
                    {QStringLiteral("error"), textOrNull(run.error)},
                    {QStringLiteral("started_by"), textOrNull(run.startedBy)}});
        console.json(QJsonDocument(array));
        return ExitOk;
    }
    QList<QStringList> table;
    for (const SyncRun &run : *runs)
        table.append({run.startedAt, run.instanceName, syncStartedFromText(run.startedBy),
                      syncStatusText(run.status),
                      QStringLiteral("+%1 ~%2 >%3 -%4 =%5")
                              .arg(run.added)
                              .arg(run.updated)
                              .arg(run.renamed)
                              .arg(run.retired)
                              .arg(run.unchanged),
                      run.error});
    if (table.isEmpty()) {
        console.line(tr("No runs yet."));
        return ExitOk;
    }
    console.out(formatTable(
            {tr("STARTED"), tr("INSTANCE"), tr("BY"), tr("STATUS"), tr("CHANGES"), tr("ERROR")},
            table));
    return ExitOk;
}

int CatalogueCommands::price(Session &session, const QStringList &arguments)
{
    CommandParser command(
            QStringLiteral("price set"),
            tr("Set a sell price by hand for an item whose price the gateway does not serve."));
    command.addPositional(QStringLiteral("NAME"), tr("The instance's system name."));
    command.addPositional(QStringLiteral("OFFERING_ITEM"),
                          tr("The offering item, e.g. pw_base_servers."));
    command.addPositional(QStringLiteral("PRICE"),
                          tr("The sell price in the instance's primary currency, e.g. 12.50."));
    command.addOption({QStringLiteral("edition"), tr("The item's edition, where several match."),
                       QStringLiteral("E")});
    command.addOption({QStringLiteral("infra-id"), tr("The item's storage, where several match."),
                       QStringLiteral("ID")});
    if (arguments.value(0) != u"set" && arguments.value(0) != u"--help")
        return command.badUsage(session.console(),
                                tr("expected 'price set NAME OFFERING_ITEM PRICE'."));
    if (auto done = command.parse(arguments.value(0) == u"set" ? arguments.mid(1) : arguments,
                                  session, 3))
        return *done;
    Console &console = session.console();
    const QStringList args = command.positional();
    // Checked before anything is looked up; the service checks it again.
    const auto price =
            ProductService::parsePrice(args.at(2), QLocale::c(), QStringLiteral("PRICE"));
    if (!price)
        return command.badUsage(console, price.error().message);
    const auto instance = session.instanceNamed(args.at(0));
    if (!instance)
        return console.fail(instance.error());
    ProductService products(*session.database());
    ProductService::ItemSelector selector{instance->id, args.at(1), std::nullopt, std::nullopt};
    if (command.isSet(QStringLiteral("edition")))
        selector.edition = command.value(QStringLiteral("edition"));
    if (command.isSet(QStringLiteral("infra-id")))
        selector.infraId = command.value(QStringLiteral("infra-id"));
    const auto row = products.findItem(selector);
    if (!row) {
        if (row.error().kind == ErrorKind::NotFound)
            return command.badUsage(console,
                                    tr("\"%1\": %2 (run 'acronis-csp products --instance "
                                       "\"%1\"').")
                                            .arg(instance->systemName, row.error().message));
        if (row.error().kind == ErrorKind::InvalidInput)
            return command.badUsage(console, row.error().message);
        return console.fail(row.error());
    }
    if (const auto set = products.setManualPrice(selector, args.at(2)); !set.status) {
        if (set.status.error().kind == ErrorKind::InvalidInput)
            return command.badUsage(console, set.status.error().message);
        return console.fail(set.status.error());
    }
    const QString &currency = instance->primaryCurrency;
    console.line(tr("Set the sell price of \"%1\" to %2 %3 (cost %4 %3 with the %5 % discount).")
                         .arg(row->product.name, moneyText(*price, currency), currency,
                              moneyText(costPrice(*price, row->discountPercent), currency),
                              row->discountPercent.text()));
    return ExitOk;
}

} // namespace csp::cli
