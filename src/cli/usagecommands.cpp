#include "usagecommands.h"

#include "core/blocking.h"
#include "core/currency.h"
#include "services/usageservice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace csp::cli {

namespace {

QJsonObject lineJson(const UsageLine &line, const UsageOutcome &outcome)
{
    QJsonObject object;
    const QStringList columns = usageColumns();
    const auto values = usageValues(line);
    for (qsizetype i = 0; i < columns.size(); ++i)
        object.insert(columns[i], values[i] ? QJsonValue(*values[i]) : QJsonValue());
    object.insert(QStringLiteral("estimate"), outcome.estimate);
    if (!outcome.estimate)
        object.insert(QStringLiteral("month"), outcome.month.toString(QStringLiteral("yyyy-MM")));
    return object;
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
                       tr("A closed month from Acronis' usage report, e.g. 2026-10."),
                       QStringLiteral("YYYY-MM")});
    command.addOption({QStringLiteral("batch-size"), tr("Tenants per usage request (default 50)."),
                       QStringLiteral("N"), QStringLiteral("50")});
    command.addOption({QStringLiteral("json"), tr("Print JSON.")});
    command.addOption({QStringLiteral("csv"), tr("Print CSV (RFC 4180, UTF-8).")});
    if (auto done = command.parse(arguments, session, 1))
        return *done;
    Console &console = session.console();
    if (command.isSet(QStringLiteral("json")) && command.isSet(QStringLiteral("csv")))
        return command.badUsage(console, tr("--json and --csv exclude each other."));
    UsageRequest request;
    request.customerId = command.value(QStringLiteral("provider"));
    bool numeric = false;
    request.batchSize = command.value(QStringLiteral("batch-size")).toInt(&numeric);
    if (!numeric)
        return command.badUsage(console,
                                tr("--batch-size: \"%1\" is not a whole number.")
                                        .arg(command.value(QStringLiteral("batch-size"))));
    if (command.isSet(QStringLiteral("month"))) {
        const QDate month = QDate::fromString(
                command.value(QStringLiteral("month")) + QStringLiteral("-01"), Qt::ISODate);
        if (!month.isValid())
            return command.badUsage(console,
                                    tr("--month: \"%1\" is not a month like 2026-10.")
                                            .arg(command.value(QStringLiteral("month"))));
        request.month = month;
    }
    const auto instance = session.instanceNamed(command.positional().first());
    if (!instance)
        return console.fail(instance.error());
    QNetworkAccessManager network;
    UsageService service(*session.database(), session.secrets(), network, session.apiOptions());
    const UsageOutcome outcome = waitFor<UsageOutcome>([&](auto done) {
        QObject::connect(&service, &UsageService::finished, &service, done);
        service.start(*instance, request);
    });
    if (outcome.error)
        return console.fail(*outcome.error);
    if (command.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const UsageLine &line : outcome.allLines())
            array.append(lineJson(line, outcome));
        console.json(QJsonDocument(array));
    } else if (command.isSet(QStringLiteral("csv"))) {
        console.out(usageCsv(outcome.allLines()));
    } else {
        print(console, outcome);
    }
    return ExitOk;
}

void UsageCommands::print(Console &console, const UsageOutcome &outcome)
{
    const QString &currency = outcome.currency;
    const int minorUnits = Currencies::minorUnits(currency);
    const auto money = [&](Decimal value) -> QString {
        return value.toString(minorUnits) + u' ' + currency;
    };
    const auto dash = [](const std::optional<QString> &value) {
        return value.value_or(QStringLiteral("\u2014"));
    };
    console.line(outcome.estimate
                         ? tr("Current usage of \"%1\" (estimates: Acronis refreshes these "
                              "counters every few hours; invoice from the monthly report, "
                              "--month).")
                                   .arg(outcome.instanceName)
                         : tr("Usage of \"%1\" in %2, from Acronis' usage report.")
                                   .arg(outcome.instanceName,
                                        outcome.month.toString(QStringLiteral("yyyy-MM"))));
    QList<ProviderUsage> groups = outcome.providers;
    if (!outcome.otherTenants.isEmpty()) {
        ProviderUsage others;
        others.provider.name = tr("Tenants that are not recorded providers");
        others.lines = outcome.otherTenants;
        for (const UsageLine &line : others.lines)
            others.totals.add(line);
        groups.append(others);
    }
    for (const ProviderUsage &usage : std::as_const(groups)) {
        console.line();
        console.line(tr("%1 (%2): sell %3, cost %4, margin %5")
                             .arg(usage.provider.name, usage.provider.customerId,
                                  money(usage.totals.sell), money(usage.totals.cost),
                                  money(usage.totals.margin())));
        QList<QStringList> rows;
        for (const UsageLine &line : usage.lines) {
            const auto values = usageValues(line);
            rows.append({line.productName.isEmpty() ? line.key.offeringItem : line.productName,
                         dash(values[6]) + u' ' + soldUnitLabel(line.measurementUnit),
                         dash(values[7]), dash(values[9]), dash(values[10]),
                         line.status == UsageLineStatus::Priced ? QString()
                                                                : usageLineStatusKey(line.status)});
        }
        if (rows.isEmpty())
            console.line(tr("  no usage"));
        else
            console.out(formatTable({tr("PRODUCT"), tr("QUANTITY"), tr("SELL PRICE"), tr("SELL"),
                                     tr("COST"), tr("NOTE")},
                                    rows));
    }
    console.line();
    console.line(tr("Total: sell %1, cost %2, margin %3; %4 line(s) priced, %5 without a product "
                    "or price (not included).")
                         .arg(money(outcome.totals.sell), money(outcome.totals.cost),
                              money(outcome.totals.margin()))
                         .arg(outcome.totals.pricedLines)
                         .arg(outcome.totals.unpricedLines));
}

} // namespace csp::cli
