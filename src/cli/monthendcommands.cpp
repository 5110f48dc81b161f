#include "monthendcommands.h"

#include "core/money.h"
#include "core/month.h"
#include "services/cataloguereader.h"
#include "services/discountservice.h"
#include "services/reconcileservice.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>

namespace csp::cli {

namespace {

QJsonObject overrideJson(const DiscountOverride &item)
{
    return {{QStringLiteral("scope"), discountScopeKey(item.scope)},
            {QStringLiteral("key"), item.key},
            {QStringLiteral("name"), item.label},
            {QStringLiteral("percent"), item.percent.toString()},
            {QStringLiteral("since"), item.since},
            {QStringLiteral("products"), item.products}};
}

// --application ID or --offering-item ITEM, at most one of them.
struct ScopeOptions
{
    static void addTo(CommandParser &command)
    {
        command.addOption({QStringLiteral("application"),
                           MonthEndCommands::tr("An application's products (its id, as "
                                                "'products --json' shows application_id)."),
                           QStringLiteral("ID")});
        command.addOption({QStringLiteral("offering-item"),
                           MonthEndCommands::tr("One product's offering item (in every edition "
                                                "and storage)."),
                           QStringLiteral("ITEM")});
    }
};

} // namespace

int MonthEndCommands::discount(Session &session, const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    if (verb == u"set")
        return setDiscount(session, arguments.mid(1));
    if (verb == u"list")
        return listDiscounts(session, arguments.mid(1));
    if (verb == u"clear")
        return clearDiscount(session, arguments.mid(1));
    Console &console = session.console();
    if (verb == u"--help" || verb == u"-h" || verb.isEmpty()) {
        console.out(tr("Usage: acronis-csp discount set|list|clear ...\n\n"
                       "Discounts of the agreement with Acronis that differ by application or "
                       "product.\nThe most specific one prices a product's cost: its offering "
                       "item's, else its\napplication's, else the instance's Distributor "
                       "Discount. Each is kept with its\ntime, so that a closed month is priced "
                       "with the discounts of its month.\n\n"
                       "  set INSTANCE PERCENT [--application ID|--offering-item ITEM]\n"
                       "  list INSTANCE [--json]\n"
                       "  clear INSTANCE --application ID|--offering-item ITEM\n"));
        return verb.isEmpty() ? ExitBadInput : ExitOk;
    }
    console.error(
            tr("discount: unknown command \"%1\". Try 'acronis-csp discount --help'.").arg(verb));
    return ExitBadInput;
}

namespace {

// The override the options name; nullopt with neither (the instance's own discount).
std::optional<std::pair<DiscountScope, QString>> scopeOf(const CommandParser &command)
{
    if (command.isSet(QStringLiteral("offering-item")))
        return std::pair(DiscountScope::OfferingItem,
                         command.value(QStringLiteral("offering-item")));
    if (command.isSet(QStringLiteral("application")))
        return std::pair(DiscountScope::Application, command.value(QStringLiteral("application")));
    return std::nullopt;
}

int exitFor(Console &console, const CommandParser &command, const Error &error)
{
    return error.kind == ErrorKind::InvalidInput ? command.badUsage(console, error.message)
                                                 : console.fail(error);
}

} // namespace

int MonthEndCommands::setDiscount(Session &session, const QStringList &arguments)
{
    CommandParser command(QStringLiteral("discount set"),
                          tr("Set the discount of an application or a product, overriding the "
                             "instance's Distributor Discount from now on; without either "
                             "option, the Distributor Discount itself."));
    command.addPositional(QStringLiteral("INSTANCE"), tr("The instance's system name."));
    command.addPositional(QStringLiteral("PERCENT"), tr("The discount, 0 to 100, e.g. 22.5."));
    ScopeOptions::addTo(command);
    command.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (auto done = command.parse(arguments, session, 2))
        return *done;
    Console &console = session.console();
    if (command.isSet(QStringLiteral("application")) &&
        command.isSet(QStringLiteral("offering-item")))
        return command.badUsage(console, tr("give --application or --offering-item, not both."));
    const QStringList args = command.positional();
    const auto instance = session.instanceNamed(args.at(0));
    if (!instance)
        return console.fail(instance.error());
    const auto scope = scopeOf(command);
    if (!scope)
        return command.badUsage(
                console,
                tr("the Distributor Discount is a setting of the instance: 'acronis-csp "
                   "instance edit \"%1\" --discount %2'.")
                        .arg(instance->systemName, args.at(1)));
    const auto saved = DiscountService(*session.database())
                               .set(*instance, args.at(1), scope->first, scope->second);
    if (!saved)
        return exitFor(console, command, saved.error());
    if (command.isSet(QStringLiteral("json")))
        console.json(QJsonDocument(overrideJson(*saved)));
    else
        console.line(
                tr("\"%1\": %2 % for %3 (%n product(s)), from %4 on.", nullptr, saved->products)
                        .arg(instance->systemName, saved->percent.toString(), saved->label,
                             saved->since));
    return ExitOk;
}

int MonthEndCommands::listDiscounts(Session &session, const QStringList &arguments)
{
    CommandParser command(QStringLiteral("discount list"),
                          tr("List the instance's Distributor Discount and the discounts of "
                             "applications and products that override it."));
    command.addPositional(QStringLiteral("INSTANCE"), tr("The instance's system name."));
    command.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (auto done = command.parse(arguments, session, 1))
        return *done;
    Console &console = session.console();
    const auto instance = session.instanceNamed(command.positional().first());
    if (!instance)
        return console.fail(instance.error());
    const auto overrides = DiscountService(*session.database()).list(*instance);
    if (!overrides)
        return console.fail(overrides.error());
    if (command.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const DiscountOverride &item : *overrides)
            array.append(overrideJson(item));
        console.json(QJsonDocument(QJsonObject{
                {QStringLiteral("instance"), instance->systemName},
                {QStringLiteral("discount_percent"), instance->discountPercent.toString()},
                {QStringLiteral("overrides"), array}}));
        return ExitOk;
    }
    QList<QStringList> rows{{tr("instance"), QString(), instance->systemName,
                             instance->discountPercent.toString() + u'%', QString()}};
    for (const DiscountOverride &item : *overrides)
        rows.append({discountScopeKey(item.scope), item.key, item.label,
                     item.percent.toString() + u'%', item.since});
    console.out(
            formatTable({tr("SCOPE"), tr("KEY"), tr("NAME"), tr("DISCOUNT"), tr("SINCE")}, rows));
    return ExitOk;
}

int MonthEndCommands::clearDiscount(Session &session, const QStringList &arguments)
{
    CommandParser command(QStringLiteral("discount clear"),
                          tr("Remove the discount of an application or a product from now on: "
                             "its products are priced with the next less specific one."));
    command.addPositional(QStringLiteral("INSTANCE"), tr("The instance's system name."));
    ScopeOptions::addTo(command);
    if (auto done = command.parse(arguments, session, 1))
        return *done;
    Console &console = session.console();
    const auto scope = scopeOf(command);
    if (!scope ||
        (command.isSet(QStringLiteral("application")) &&
         command.isSet(QStringLiteral("offering-item"))))
        return command.badUsage(console, tr("give --application or --offering-item."));
    const auto instance = session.instanceNamed(command.positional().first());
    if (!instance)
        return console.fail(instance.error());
    const Status cleared =
            DiscountService(*session.database()).clear(*instance, scope->first, scope->second);
    if (!cleared)
        return exitFor(console, command, cleared.error());
    console.line(
            tr("\"%1\": the discount of %2 was cleared.").arg(instance->systemName, scope->second));
    return ExitOk;
}

int MonthEndCommands::audit(Session &session, const QStringList &arguments)
{
    CommandParser command(QStringLiteral("audit"),
                          tr("Every change, newest first: who (user@host), when, what, and the "
                             "value before and after. A secret is only ever \"replaced\"."));
    command.addOption({QStringLiteral("instance"), tr("Only the changes of this instance."),
                       QStringLiteral("NAME")});
    command.addOption({QStringLiteral("since"),
                       tr("Only changes from this day (UTC, e.g. 2026-11-01) or instant on."),
                       QStringLiteral("DATE")});
    command.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (auto done = command.parse(arguments, session, 0))
        return *done;
    Console &console = session.console();
    AuditFilter filter;
    if (command.isSet(QStringLiteral("instance"))) {
        filter.instanceName = command.value(QStringLiteral("instance"));
        if (const auto instance = session.instanceNamed(filter.instanceName))
            filter.instanceName = instance->systemName;
    }
    if (command.isSet(QStringLiteral("since"))) {
        const QString text = command.value(QStringLiteral("since"));
        const auto since = auditSince(text);
        if (!since)
            return command.badUsage(console,
                                    tr("--since: \"%1\" is not a date such as "
                                       "2026-11-01 or an instant such as "
                                       "2026-11-01T08:00:00Z.")
                                            .arg(text));
        filter.since = *since;
    }
    const auto database = session.database();
    if (!database)
        return console.fail(database.error());
    const auto entries = CatalogueReader(*database).audit(filter);
    if (!entries)
        return console.fail(entries.error());
    if (command.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const AuditEntry &entry : *entries)
            array.append(QJsonObject{{QStringLiteral("at"), entry.at},
                                     {QStringLiteral("user"), entry.user},
                                     {QStringLiteral("action"), entry.action},
                                     {QStringLiteral("instance"), textOrNull(entry.instanceName)},
                                     {QStringLiteral("subject"), textOrNull(entry.subject)},
                                     {QStringLiteral("before"), textOrNull(entry.before)},
                                     {QStringLiteral("after"), textOrNull(entry.after)}});
        console.json(QJsonDocument(array));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const AuditEntry &entry : *entries)
        rows.append({entry.at, entry.user, entry.action, entry.instanceName, entry.subject,
                     entry.before, entry.after});
    console.out(formatTable({tr("AT"), tr("USER"), tr("ACTION"), tr("INSTANCE"), tr("SUBJECT"),
                             tr("BEFORE"), tr("AFTER")},
                            rows));
    return ExitOk;
}

namespace {

QJsonObject reconciliationJson(const ReconcileOutcome &outcome)
{
    const QStringList columns = reconcileColumns();
    QJsonArray rows;
    for (const ReconcileRow &row : outcome.reconciliation.rows) {
        QJsonObject object;
        const auto values = reconcileValues(row);
        for (qsizetype i = 0; i < columns.size(); ++i)
            object.insert(columns[i], values[i] ? QJsonValue(*values[i]) : QJsonValue());
        QJsonArray flags;
        for (const ReconcileFlag flag : row.flags)
            flags.append(reconcileFlagKey(flag));
        object.insert(QStringLiteral("flags"), flags);
        rows.append(object);
    }
    QJsonArray flags;
    for (const ReconcileFinding &finding : outcome.reconciliation.findings)
        flags.append(QJsonObject{{QStringLiteral("flag"), reconcileFlagKey(finding.flag)},
                                 {QStringLiteral("customer_id"), textOrNull(finding.customerId)},
                                 {QStringLiteral("tenant_id"), finding.tenantId},
                                 {QStringLiteral("name"), textOrNull(finding.name)},
                                 {QStringLiteral("product"), textOrNull(finding.product)},
                                 {QStringLiteral("detail"), finding.detail}});
    QJsonValue priceList;
    if (outcome.priceList)
        priceList = QJsonObject{{QStringLiteral("run_id"), outcome.priceList->runId},
                                {QStringLiteral("finished_at"), outcome.priceList->finishedAt}};
    return {{QStringLiteral("instance"), outcome.instanceName},
            {QStringLiteral("month"), monthKey(outcome.reconciliation.month)},
            {QStringLiteral("currency"), outcome.currency},
            {QStringLiteral("jump_percent"), outcome.jumpPercent.text()},
            {QStringLiteral("price_list"), priceList},
            {QStringLiteral("warnings"),
             QJsonArray::fromStringList((QStringList{outcome.priceListWarning} + outcome.warnings)
                                                .filter(QRegularExpression(QStringLiteral("."))))},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("flags"), flags}};
}

void printReconciliation(Console &console, const ReconcileOutcome &outcome)
{
    const Reconciliation &result = outcome.reconciliation;
    console.line(MonthEndCommands::tr("Reconciliation of \"%1\" for %2: %n line(s).", nullptr,
                                      int(result.rows.size()))
                         .arg(outcome.instanceName, monthKey(result.month)));
    const auto exact = [](const std::optional<Decimal> &value) {
        return figureOr(
                value, [](Decimal figure) { return figure.text(); }, MissingFigureAscii);
    };
    QList<QStringList> rows;
    for (const ReconcileRow &row : result.rows) {
        QStringList flags;
        for (const ReconcileFlag flag : row.flags)
            flags.append(reconcileFlagKey(flag));
        rows.append({row.name, row.productName, row.location, exact(row.estimated),
                     exact(row.reported), row.difference.text(), flags.join(u',')});
    }
    if (!rows.isEmpty())
        console.out(formatTable({MonthEndCommands::tr("PROVIDER"), MonthEndCommands::tr("PRODUCT"),
                                 MonthEndCommands::tr("LOCATION"), MonthEndCommands::tr("ESTIMATE"),
                                 MonthEndCommands::tr("REPORT"), MonthEndCommands::tr("DIFFERENCE"),
                                 MonthEndCommands::tr("FLAGS")},
                                rows));
    if (result.findings.isEmpty())
        return console.line(MonthEndCommands::tr("Nothing is flagged."));
    console.line(MonthEndCommands::tr("%n flag(s):", nullptr, int(result.findings.size())));
    for (const ReconcileFinding &finding : result.findings)
        console.line(
                QStringLiteral("  %1  %2 (%3): %4")
                        .arg(reconcileFlagKey(finding.flag),
                             finding.name.isEmpty() ? finding.tenantId : finding.name,
                             finding.customerId.isEmpty() ? finding.tenantId : finding.customerId,
                             finding.detail));
}

} // namespace

int MonthEndCommands::reconcile(Session &session, const QStringList &arguments)
{
    CommandParser command(QStringLiteral("reconcile"),
                          tr("A closed month's usage report beside the last estimate recorded "
                             "in the month, per service provider and product (storage per "
                             "location), with what needs a look before invoicing. Exit 0 when "
                             "nothing is flagged, 1 when something is."));
    command.addPositional(QStringLiteral("INSTANCE"), tr("The instance's system name."));
    command.addOption({QStringLiteral("jump-percent"),
                       tr("Flag a counter more than this many percent above the month before "
                          "(default 50)."),
                       QStringLiteral("N")});
    command.addClosedMonthOptions(tr("Print CSV: one row per line."));
    if (auto done = command.parse(arguments, session, 1))
        return *done;
    Console &console = session.console();
    int refused = ExitBadInput;
    const auto month = command.closedMonth(console, &refused);
    if (!month)
        return refused;
    const QString jumpText = command.isSet(QStringLiteral("jump-percent"))
            ? command.value(QStringLiteral("jump-percent"))
            : QString::number(DefaultJumpPercent);
    const auto jump = Decimal::parse(jumpText);
    if (!jump || !isJumpPercent(*jump))
        return command.badUsage(console,
                                tr("--jump-percent: \"%1\" is not a percentage from 0 to %2.")
                                        .arg(jumpText)
                                        .arg(MaxJumpPercent));
    const auto instance = session.instanceNamed(command.positional().first());
    if (!instance)
        return console.fail(instance.error());
    command.applyOutputOption(console);
    QNetworkAccessManager network;
    ReconcileService service(*session.database(), session.secrets(), network, session.apiOptions());
    const ReconcileOutcome outcome = runToTheEnd(service, &ReconcileService::finished,
                                                 [&] { service.start(*instance, *month, *jump); });
    if (outcome.error)
        return console.fail(*outcome.error);
    if (!outcome.priceListWarning.isEmpty())
        console.warning(outcome.priceListWarning);
    for (const QString &warning : outcome.warnings)
        console.warning(warning);
    if (command.isSet(QStringLiteral("json")))
        console.json(QJsonDocument(reconciliationJson(outcome)));
    else if (command.isSet(QStringLiteral("csv")))
        console.out(reconcileCsv(outcome.reconciliation.rows));
    else
        printReconciliation(console, outcome);
    return outcome.flagged() ? ExitFailed : ExitOk;
}

} // namespace csp::cli
