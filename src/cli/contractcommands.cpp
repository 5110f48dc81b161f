#include "contractcommands.h"

#include "core/money.h"
#include "core/month.h"
#include "core/waitfor.h"
#include "interrupts.h"
#include "services/contractservice.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

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
                   "  list INSTANCE [--month YYYY-MM] [--json]\n"
                   "  set INSTANCE TIER --commitment AMOUNT [--from YYYY-MM] [--name TEXT] "
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
    command.addOption({QStringLiteral("month"),
                       tr("The commitments in effect in this month (default: now)."),
                       QStringLiteral("YYYY-MM")});
    command.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (auto done = command.parse(arguments, session, 1))
        return *done;
    Console &console = session.console();
    std::optional<QDate> month;
    if (command.isSet(QStringLiteral("month"))) {
        month = parseMonth(command.value(QStringLiteral("month")), Session::now().date());
        if (!month)
            return command.badUsage(console,
                                    tr("--month: \"%1\" is not a month like 2026-10.")
                                            .arg(command.value(QStringLiteral("month"))));
    }
    const auto instance = session.instanceNamed(command.positional().first());
    if (!instance)
        return console.fail(instance.error());
    const auto tiers = ContractService(*session.database()).tiersIn(instance->id, month);
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
    command.addOption({QStringLiteral("from"),
                       tr("The first month of the commitment (default: the current one); "
                          "earlier months keep theirs."),
                       QStringLiteral("YYYY-MM")});
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
    if (command.isSet(QStringLiteral("from"))) {
        change.fromMonth = parseMonth(command.value(QStringLiteral("from")), Session::now().date());
        if (!change.fromMonth)
            return command.badUsage(console,
                                    tr("--from: \"%1\" is not a month like 2026-10.")
                                            .arg(command.value(QStringLiteral("from"))));
    } else {
        const QDate today = Session::now().date();
        change.fromMonth = QDate(today.year(), today.month(), 1);
    }
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

} // namespace csp::cli
