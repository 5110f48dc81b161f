#include "usagecommands.h"

#include "core/jsonrows.h"
#include "core/money.h"
#include "core/month.h"
#include "core/waitfor.h"
#include "interrupts.h"
#include "services/usageservice.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace csp::cli {

namespace {

QJsonValue priceListJson(const UsageOutcome &outcome)
{
    if (!outcome.priceList)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("run_id"), outcome.priceList->runId},
                       {QStringLiteral("finished_at"), outcome.priceList->finishedAt},
                       {QStringLiteral("warning"),
                        outcome.priceListWarning.isEmpty() ? QJsonValue()
                                                           : QJsonValue(outcome.priceListWarning)}};
}

// Every usage line as JSON: its columns, whether it is an estimate, the month and the price list.
QByteArray linesJson(const UsageOutcome &outcome)
{
    QStringList keys = usageColumns();
    keys << QStringLiteral("estimate") << QStringLiteral("price_list");
    if (!outcome.estimate)
        keys << QStringLiteral("month");
    const JsonCell estimate = JsonCell::json(outcome.estimate);
    const JsonCell priceList = JsonCell::json(priceListJson(outcome));
    const JsonCell month(outcome.estimate ? std::nullopt
                                          : std::optional<QString>(monthKey(outcome.month)));
    JsonRowsWriter writer(keys);
    for (const UsageLine &line : outcome.allLines()) {
        QList<JsonCell> cells;
        cells.reserve(keys.size());
        for (const std::optional<QString> &value : usageValues(line))
            cells.append(value);
        cells << estimate << priceList << month;
        writer.append(cells);
    }
    return writer.take();
}

// "sell 12.00 EUR, cost 9.84 EUR, margin 2.16 EUR", one such part per currency.
QString totalsText(const UsageTotals &totals, const QString &primaryCurrency)
{
    QList<CurrencyTotal> currencies = totals.byCurrency();
    if (currencies.isEmpty())
        currencies.append(totals.in(primaryCurrency));
    QStringList parts;
    for (const CurrencyTotal &total : std::as_const(currencies)) {
        const auto money = [&](const std::optional<Decimal> &value) {
            return figureOr(value, [&](Decimal figure) -> QString {
                return moneyText(figure, total.currency) + u' ' + total.currency;
            });
        };
        parts.append(UsageCommands::tr("sell %1, cost %2, margin %3")
                             .arg(money(total.sell), money(total.cost), money(total.margin())));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

int UsageCommands::usage(Session &session, const QStringList &arguments)
{
    CommandParser command(QStringLiteral("usage"),
                          tr("The usage of the instance's service providers, priced at sell and "
                             "cost for invoicing. Without --month: Acronis' current counters, "
                             "estimates refreshed every few hours. With --month: the usage "
                             "report of a closed month, which is what invoices should use."));
    command.addPositional(QStringLiteral("INSTANCE"), tr("The instance's system name."));
    command.addOption({QStringLiteral("provider"), tr("Only this service provider."),
                       QStringLiteral("CUSTOMER_ID")});
    command.addOption({QStringLiteral("month"),
                       tr("A closed month from Acronis' usage report, e.g. 2026-10, or \"last\" "
                          "for the previous calendar month (UTC)."),
                       QStringLiteral("YYYY-MM|last")});
    command.addOption({QStringLiteral("batch-size"), tr("Tenants per usage request (default 50)."),
                       QStringLiteral("N"), QStringLiteral("50")});
    command.addOption({QStringLiteral("json"), tr("Print JSON.")});
    command.addOption({QStringLiteral("csv"), tr("Print CSV (RFC 4180, UTF-8).")});
    command.addOutputOption();
    if (auto done = command.parse(arguments, session, 1))
        return *done;
    Console &console = session.console();
    if (command.isSet(QStringLiteral("json")) && command.isSet(QStringLiteral("csv")))
        return command.badUsage(console, tr("--json and --csv exclude each other."));
    command.applyOutputOption(console);
    UsageRequest request;
    request.customerId = command.value(QStringLiteral("provider"));
    bool numeric = false;
    request.batchSize = command.value(QStringLiteral("batch-size")).toInt(&numeric);
    if (!numeric)
        return command.badUsage(console,
                                tr("--batch-size: \"%1\" is not a whole number.")
                                        .arg(command.value(QStringLiteral("batch-size"))));
    if (command.isSet(QStringLiteral("month"))) {
        const auto month = parseMonth(command.value(QStringLiteral("month")),
                                      QDateTime::currentDateTimeUtc().date());
        if (!month)
            return command.badUsage(console,
                                    tr("--month: \"%1\" is not a month like 2026-10 or \"last\".")
                                            .arg(command.value(QStringLiteral("month"))));
        request.month = month;
    }
    const auto instance = session.instanceNamed(command.positional().first());
    if (!instance)
        return console.fail(instance.error());
    QNetworkAccessManager network;
    UsageService service(*session.database(), session.secrets(), network, session.apiOptions());
    const UsageOutcome outcome = runToTheEnd(service, &UsageService::finished,
                                             [&] { service.start(*instance, request); });
    if (outcome.error)
        return console.fail(*outcome.error);
    if (!outcome.priceListWarning.isEmpty())
        console.warning(outcome.priceListWarning);
    for (const QString &warning : outcome.warnings)
        console.warning(warning);
    if (command.isSet(QStringLiteral("json"))) {
        console.outUtf8(linesJson(outcome));
    } else if (command.isSet(QStringLiteral("csv"))) {
        console.out(usageCsv(outcome.allLines()));
    } else {
        print(console, outcome);
    }
    return ExitOk;
}

void UsageCommands::print(Console &console, const UsageOutcome &outcome)
{
    const auto dash = [](const std::optional<QString> &value) {
        return value.value_or(MissingFigure.toString());
    };
    console.line(outcome.estimate
                         ? tr("Current usage of \"%1\" (estimates: Acronis refreshes these "
                              "counters every few hours; invoice from the monthly report, "
                              "--month).")
                                   .arg(outcome.instanceName)
                         : tr("Usage of \"%1\" in %2, from Acronis' usage report.")
                                   .arg(outcome.instanceName, monthKey(outcome.month)));
    if (outcome.priceList)
        console.line(
                outcome.estimate
                        ? tr("Priced with today's prices (last Get Services Definition: %1, "
                             "run %2).")
                                  .arg(outcome.priceList->finishedAt, outcome.priceList->runId)
                        : tr("Priced with the prices and discount in effect when the month "
                             "ended: the price list of the Get Services Definition of %1 "
                             "(run %2).")
                                  .arg(outcome.priceList->finishedAt, outcome.priceList->runId));
    QList<ProviderUsage> groups = outcome.providers;
    if (!outcome.otherTenants.isEmpty()) {
        ProviderUsage others;
        others.provider.name = tr("Tenants that are not recorded providers");
        others.lines = outcome.otherTenants;
        for (const UsageLine &line : std::as_const(others.lines))
            others.totals.add(line, others.provider.name); // within the overall totals' range
        groups.append(others);
    }
    for (const ProviderUsage &usage : std::as_const(groups)) {
        console.line();
        console.line(tr("%1 (%2): %3")
                             .arg(usage.provider.name, usage.provider.customerId,
                                  totalsText(usage.totals, outcome.currency)));
        QList<QStringList> rows;
        for (const UsageLine &line : usage.lines) {
            const auto values = usageValues(line);
            QString note = line.status == UsageLineStatus::Priced ? QString()
                                                                  : usageLineStatusKey(line.status);
            if (line.currency != outcome.currency)
                note = tr("in %1, not %2").arg(line.currency, outcome.currency);
            rows.append({line.productName.isEmpty() ? line.key.offeringItem : line.productName,
                         dash(values[6]) + u' ' + soldUnitLabel(line.measurementUnit),
                         dash(values[7]), dash(values[9]), dash(values[10]), line.currency, note});
        }
        if (rows.isEmpty())
            console.line(tr("  no usage"));
        else
            console.out(formatTable({tr("PRODUCT"), tr("QUANTITY"), tr("SELL PRICE"), tr("SELL"),
                                     tr("COST"), tr("CURRENCY"), tr("NOTE")},
                                    rows));
    }
    console.line();
    console.line(tr("Total: %1; %2 line(s) priced, %3 without a product or price (not "
                    "included).")
                         .arg(totalsText(outcome.totals, outcome.currency))
                         .arg(outcome.totals.pricedLines())
                         .arg(outcome.totals.unpricedLines()));
    if (outcome.totals.byCurrency().size() > 1)
        console.line(tr("The totals are per currency: amounts in different currencies are never "
                        "added together."));
}

} // namespace csp::cli
