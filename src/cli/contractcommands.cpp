#include "contractcommands.h"

#include "core/money.h"
#include "core/month.h"
#include "core/waitfor.h"
#include "interrupts.h"
#include "services/contractservice.h"
#include "services/invoiceservice.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace csp::cli {

namespace {

QJsonObject tierJson(const ContractTier &tier, const QString &currency)
{
    return {{QStringLiteral("tier"), tier.key},
            {QStringLiteral("name"), ContractRules::displayName(tier)},
            {QStringLiteral("tier_level_value"), tier.levelValue},
            {QStringLiteral("minimum_commitment"), moneyText(tier.minimumCommitment, currency)},
            {QStringLiteral("promo"), tier.promo}};
}

QJsonObject lineJson(const UsageLine &line)
{
    QJsonObject object;
    const QStringList columns = usageColumns();
    const auto values = usageValues(line);
    for (qsizetype i = 0; i < columns.size(); ++i)
        object.insert(columns[i], values[i] ? QJsonValue(*values[i]) : QJsonValue());
    return object;
}

QJsonObject invoiceJson(const Invoice &invoice, const InvoiceOutcome &outcome)
{
    const QString &currency = invoice.currency;
    QJsonArray lines;
    for (const UsageLine &line : invoice.lines)
        lines.append(lineJson(line));
    QJsonValue priceList;
    if (outcome.priceList)
        priceList = QJsonObject{{QStringLiteral("run_id"), outcome.priceList->runId},
                                {QStringLiteral("finished_at"), outcome.priceList->finishedAt}};
    return {{QStringLiteral("customer_id"), invoice.customerId},
            {QStringLiteral("tenant_id"), invoice.tenantId},
            {QStringLiteral("name"), invoice.name},
            {QStringLiteral("month"), monthKey(invoice.month)},
            {QStringLiteral("tier"), invoice.tier.key},
            {QStringLiteral("tier_name"), ContractRules::displayName(invoice.tier)},
            {QStringLiteral("promo"), invoice.tier.promo},
            {QStringLiteral("minimum_commitment"),
             moneyText(invoice.tier.minimumCommitment, currency)},
            {QStringLiteral("usage_sell"), moneyText(invoice.usageSell, currency)},
            {QStringLiteral("usage_cost"), moneyText(invoice.usageCost, currency)},
            {QStringLiteral("shortfall"), moneyText(invoice.shortfall, currency)},
            {QStringLiteral("shortfall_cost"), moneyText(invoice.shortfallCost, currency)},
            {QStringLiteral("ramp_up"), invoice.rampUp},
            {QStringLiteral("total_sell"), moneyText(invoice.totalSell, currency)},
            {QStringLiteral("total_cost"), moneyText(invoice.totalCost, currency)},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("unpriced_lines"), invoice.unpricedLines},
            {QStringLiteral("price_list"), priceList},
            {QStringLiteral("lines"), lines}};
}

} // namespace

int ContractCommands::tier(Session &session, const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    if (verb == u"list")
        return listTiers(session, arguments.mid(1));
    if (verb == u"set")
        return setTier(session, arguments.mid(1));
    Console &console = session.console();
    if (verb == u"--help" || verb == u"-h" || verb.isEmpty()) {
        console.out(
                tr("Usage: acronis-csp tier list|set ...\n\n"
                   "The CSP contract tiers of an instance: what 'provider create --tier' takes, "
                   "the\ntier_level_value Acronis keeps, and each tier's minimum monthly "
                   "commitment.\n\n"
                   "  list INSTANCE [--json]\n"
                   "  set INSTANCE TIER --commitment AMOUNT [--name TEXT] "
                   "[--tier-level-value N] [--promo]\n"));
        return verb.isEmpty() ? ExitBadInput : ExitOk;
    }
    console.error(tr("tier: unknown command \"%1\". Try 'acronis-csp tier --help'.").arg(verb));
    return ExitBadInput;
}

int ContractCommands::listTiers(Session &session, const QStringList &arguments)
{
    CommandParser command(QStringLiteral("tier list"),
                          tr("List the instance's contract tiers and their commitments."));
    command.addPositional(QStringLiteral("INSTANCE"), tr("The instance's system name."));
    command.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (auto done = command.parse(arguments, session, 1))
        return *done;
    Console &console = session.console();
    const auto instance = session.instanceNamed(command.positional().first());
    if (!instance)
        return console.fail(instance.error());
    const auto tiers = ContractService(*session.database()).tiers(instance->id);
    if (!tiers)
        return console.fail(tiers.error());
    const QString &currency = instance->primaryCurrency;
    if (command.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ContractTier &tier : *tiers)
            array.append(tierJson(tier, currency));
        console.json(QJsonDocument(array));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const ContractTier &tier : *tiers)
        rows.append({tier.key, ContractRules::displayName(tier), QString::number(tier.levelValue),
                     moneyText(tier.minimumCommitment, currency) + u' ' + currency,
                     tier.promo ? tr("promo") : QString()});
    console.out(formatTable(
            {tr("TIER"), tr("NAME"), tr("LEVEL VALUE"), tr("MINIMUM COMMITMENT"), QString()},
            rows));
    return ExitOk;
}

int ContractCommands::setTier(Session &session, const QStringList &arguments)
{
    CommandParser command(QStringLiteral("tier set"),
                          tr("Add a contract tier or change one: its minimum monthly commitment "
                             "(from the distributor's agreement), name, tier_level_value and "
                             "whether it is a promo."));
    command.addPositional(QStringLiteral("INSTANCE"), tr("The instance's system name."));
    command.addPositional(QStringLiteral("TIER"), tr("The tier: none, 1 to 5, or a new one."));
    command.addOption({QStringLiteral("commitment"),
                       tr("The minimum commitment a month, in the primary currency, e.g. 500."),
                       QStringLiteral("AMOUNT")});
    command.addOption(
            {QStringLiteral("name"), tr("What the tier is called."), QStringLiteral("TEXT")});
    command.addOption({QStringLiteral("tier-level-value"),
                       tr("The value Acronis keeps for the tier (−1 none, 0 Tier 1 … 4 Tier 5)."),
                       QStringLiteral("N")});
    command.addOption({QStringLiteral("promo"), tr("The tier is a promo contract.")});
    command.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (auto done = command.parse(arguments, session, 2))
        return *done;
    Console &console = session.console();
    const QStringList args = command.positional();
    TierChange change;
    change.key = args.at(1);
    change.commitment = command.value(QStringLiteral("commitment"));
    if (!command.isSet(QStringLiteral("commitment")))
        return command.badUsage(console, tr("missing --commitment."));
    change.name = command.optionalValue(QStringLiteral("name"));
    if (command.isSet(QStringLiteral("tier-level-value"))) {
        bool whole = false;
        change.levelValue = command.value(QStringLiteral("tier-level-value")).toInt(&whole);
        if (!whole)
            return command.badUsage(
                    console,
                    tr("--tier-level-value: \"%1\" is not a whole number.")
                            .arg(command.value(QStringLiteral("tier-level-value"))));
    }
    if (command.isSet(QStringLiteral("promo")))
        change.promo = true;
    const auto instance = session.instanceNamed(args.at(0));
    if (!instance)
        return console.fail(instance.error());
    const auto saved = ContractService(*session.database()).setTier(*instance, change);
    if (!saved) {
        if (saved.error().kind == ErrorKind::InvalidInput)
            return command.badUsage(console, saved.error().message);
        return console.fail(saved.error());
    }
    if (command.isSet(QStringLiteral("json")))
        console.json(QJsonDocument(tierJson(*saved, instance->primaryCurrency)));
    else
        console.line(tr("%1 of \"%2\": a minimum commitment of %3 %4 a month (tier_level_value "
                        "%5).")
                             .arg(ContractRules::displayName(*saved), instance->systemName,
                                  moneyText(saved->minimumCommitment, instance->primaryCurrency),
                                  instance->primaryCurrency, QString::number(saved->levelValue)));
    return ExitOk;
}

int ContractCommands::invoice(Session &session, const QStringList &arguments)
{
    CommandParser command(QStringLiteral("invoice"),
                          tr("Each service provider's invoice for a closed month: its usage "
                             "priced as of that month, its tier's minimum commitment and the "
                             "shortfall, ready for a billing import."));
    command.addPositional(QStringLiteral("INSTANCE"), tr("The instance's system name."));
    command.addOption({QStringLiteral("provider"), tr("Only this service provider."),
                       QStringLiteral("CUSTOMER_ID")});
    command.addClosedMonthOptions(tr("Print CSV: one row per invoice line."));
    if (auto done = command.parse(arguments, session, 1))
        return *done;
    Console &console = session.console();
    int refused = ExitBadInput;
    const auto month = command.closedMonth(console, &refused);
    if (!month)
        return refused;
    const auto instance = session.instanceNamed(command.positional().first());
    if (!instance)
        return console.fail(instance.error());
    command.applyOutputOption(console);
    InvoiceRequest request;
    request.month = *month;
    request.customerId = command.value(QStringLiteral("provider"));
    QNetworkAccessManager network;
    InvoiceService service(*session.database(), session.secrets(), network, session.apiOptions());
    const InvoiceOutcome outcome = runToTheEnd(service, &InvoiceService::finished,
                                               [&] { service.start(*instance, request); });
    if (outcome.error)
        return console.fail(*outcome.error);
    for (const QString &warning : outcome.warnings)
        console.warning(warning);
    if (command.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Invoice &invoice : outcome.invoices)
            array.append(invoiceJson(invoice, outcome));
        console.json(QJsonDocument(array));
    } else if (command.isSet(QStringLiteral("csv"))) {
        console.out(invoicesCsv(outcome.invoices));
    } else {
        printInvoices(console, outcome);
    }
    return ExitOk;
}

void ContractCommands::printInvoices(Console &console, const InvoiceOutcome &outcome)
{
    console.line(tr("Invoices of \"%1\" for %2 (%n service provider(s)).", nullptr,
                    int(outcome.invoices.size()))
                         .arg(outcome.instanceName, monthKey(outcome.month)));
    if (outcome.priceList)
        console.line(tr("Priced with the price list of the Get Services Definition of %1.")
                             .arg(outcome.priceList->finishedAt));
    const auto money = [](Decimal value, const QString &currency) -> QString {
        return moneyText(value, currency) + u' ' + currency;
    };
    QList<QStringList> rows;
    for (const Invoice &invoice : outcome.invoices)
        rows.append({invoice.customerId, invoice.name, ContractRules::displayName(invoice.tier),
                     money(invoice.tier.minimumCommitment, invoice.currency),
                     money(invoice.usageSell, invoice.currency),
                     invoice.rampUp ? tr("waived (ramp-up)")
                                    : money(invoice.shortfall, invoice.currency),
                     money(invoice.totalSell, invoice.currency),
                     money(invoice.totalCost, invoice.currency)});
    if (rows.isEmpty())
        return console.line(tr("No contract had started by the end of the month."));
    console.out(formatTable({tr("CUSTOMER ID"), tr("NAME"), tr("TIER"), tr("COMMITMENT"),
                             tr("USAGE"), tr("SHORTFALL"), tr("TOTAL SELL"), tr("TOTAL COST")},
                            rows));
}

} // namespace csp::cli
