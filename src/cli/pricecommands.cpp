#include "pricecommands.h"

#include "core/money.h"
#include "core/month.h"
#include "services/pricecheck.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace csp::cli {

namespace {

QJsonObject reportJson(const PriceCheckReport &report)
{
    QJsonArray rows;
    for (const PriceCheckRow &row : report.rows)
        rows.append(priceCheckJson(row));
    const auto orNull = [&report](const QString &text) {
        return report.listed ? QJsonValue(text) : QJsonValue();
    };
    return {{QStringLiteral("instance"), report.instanceName},
            {QStringLiteral("month"), monthKey(report.month)},
            {QStringLiteral("currency"), orNull(report.list.currency)},
            {QStringLiteral("commitment"), orNull(report.list.commitment)},
            {QStringLiteral("pricelist_code"), orNull(report.list.pricelistCode)},
            {QStringLiteral("rows"), rows}};
}

// The month of --month: YYYY-MM, "current" (the default) or "last", in UTC.
std::optional<QDate> monthOption(const CommandParser &command)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QString text = command.value(QStringLiteral("month"));
    if (!command.isSet(QStringLiteral("month")) || text == u"current")
        return firstOfMonth(today);
    return parseMonth(text, today);
}

void printTable(Console &console, const PriceCheckReport &report)
{
    console.line(PriceCommands::tr("%1, %2: price list %3 in %4, commitment %5 (the "
                                   "distributor's own commitment to Acronis).")
                         .arg(report.instanceName, monthKey(report.month),
                              report.list.pricelistCode, report.list.currency,
                              report.list.commitment));
    console.line(QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
                         .arg(PriceCommands::tr("SKU").leftJustified(16),
                              PriceCommands::tr("List").rightJustified(10),
                              PriceCommands::tr("Effective").rightJustified(10),
                              PriceCommands::tr("Implied %").rightJustified(10),
                              PriceCommands::tr("Ours %").rightJustified(8),
                              PriceCommands::tr("Differs").leftJustified(7),
                              PriceCommands::tr("Name")));
    for (const PriceCheckRow &row : report.rows) {
        const QString implied = figureOr(
                row.impliedPercent, [](Decimal figure) { return figure.text(); },
                MissingFigureAscii);
        QString flag = row.differs ? PriceCommands::tr("yes") : QString();
        if (row.otherCurrency)
            flag = PriceCommands::tr("yes (%1)").arg(row.currency);
        console.line(
                QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
                        .arg(row.price.sku.leftJustified(16),
                             moneyText(row.price.listPrice, row.currency).rightJustified(10),
                             moneyText(row.price.effectivePrice, row.currency).rightJustified(10),
                             implied.rightJustified(10),
                             row.discountPercent.text().rightJustified(8), flag.leftJustified(7),
                             row.price.friendlyName.isEmpty() ? row.price.name
                                                              : row.price.friendlyName));
    }
}

} // namespace

int PriceCommands::run(Session &session, const QStringList &arguments)
{
    if (!arguments.isEmpty() && arguments.first() == u"check")
        return check(session, arguments.mid(1));
    Console &console = session.console();
    if (arguments.isEmpty() || arguments.first() == u"--help" || arguments.first() == u"-h") {
        console.out(tr("Usage: acronis-csp prices check NAME [--month YYYY-MM|current|last] "
                       "[--json|--csv]\n\n"
                       "  check   The distributor's effective price list for a month from "
                       "Acronis'\n"
                       "          Pricelist API beside the discount this program applies\n"));
        return arguments.isEmpty() ? ExitBadInput : ExitOk;
    }
    console.error(tr("prices: unknown subcommand \"%1\". Try 'acronis-csp prices --help'.")
                          .arg(arguments.first()));
    return ExitBadInput;
}

int PriceCommands::check(Session &session, const QStringList &arguments)
{
    CommandParser command(
            QStringLiteral("prices check"),
            tr("The distributor's effective price list for a month from Acronis' Pricelist API "
               "beside the discount this program applies: each SKU's implied discount (1 - "
               "effective / list) beside the instance's, or a product's own where the SKU's "
               "product is known. A SKU whose discounts differ by more than 0.005 percentage "
               "points, or that is priced in another currency, is flagged. Exit 0 when none "
               "is, 1 when one is or when the price list cannot be read."));
    command.addPositional(QStringLiteral("NAME"), tr("The instance's system name."));
    command.addOption({QStringLiteral("month"),
                       tr("The month, e.g. 2026-10, \"current\" (the default) or \"last\" (UTC)."),
                       QStringLiteral("YYYY-MM|current|last")});
    command.addOption({QStringLiteral("json"), tr("Print JSON.")});
    command.addOption({QStringLiteral("csv"), tr("Print CSV, one row per SKU.")});
    if (auto done = command.parse(arguments, session, 1))
        return *done;
    Console &console = session.console();
    const bool json = command.isSet(QStringLiteral("json"));
    const bool csv = command.isSet(QStringLiteral("csv"));
    if (json && csv)
        return command.badUsage(console, tr("--json and --csv exclude each other."));
    const auto month = monthOption(command);
    if (!month)
        return command.badUsage(
                console,
                tr("--month: \"%1\" is not a month like 2026-10, \"current\" or \"last\".")
                        .arg(command.value(QStringLiteral("month"))));
    const auto instance = session.instanceNamed(command.positional().first());
    if (!instance)
        return console.fail(instance.error());
    const auto database = session.database();
    if (!database)
        return console.fail(database.error());

    QNetworkAccessManager network;
    PriceCheck check(*database, session.secrets(), network, session.apiOptions());
    const PriceCheckReport report = runToTheEnd<PriceCheckReport>(
            check, &PriceCheck::finished, [&] { check.start(*instance, *month); });
    if (report.error) {
        const int exitCode = console.fail(*report.error);
        if (report.error->httpStatus == 403) // the message says what; this is how, here
            console.error(tr("To enter an API client that has the scope: acronis-csp instance "
                             "edit \"%1\" --client-id ID --client-secret-stdin")
                                  .arg(instance->systemName));
        return exitCode;
    }
    if (!report.listed)
        console.warning(tr("Acronis lists no price list for %1 of \"%2\": nothing to check.")
                                .arg(monthKey(report.month), report.instanceName));
    if (json)
        console.json(QJsonDocument(reportJson(report)));
    else if (csv)
        console.out(priceCheckCsv(report.rows));
    else if (report.listed)
        printTable(console, report);
    const int differing = report.differing();
    if (differing > 0)
        console.warning(tr("%n of %1 SKU(s) differ from the discount this program applies.",
                           nullptr, differing)
                                .arg(report.rows.size()));
    else if (!json && !csv && report.listed)
        console.line(tr("Every SKU agrees with the discount this program applies."));
    return differing > 0 ? ExitFailed : ExitOk;
}

} // namespace csp::cli
