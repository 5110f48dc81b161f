#include "invoicecommands.h"

#include "core/money.h"
#include "core/month.h"
#include "core/waitfor.h"
#include "interrupts.h"
#include "services/issuedinvoiceservice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace csp::cli {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
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

QJsonObject documentJson(const IssuedInvoice &document)
{
    const Invoice &invoice = document.invoice;
    const QString &currency = invoice.currency;
    QJsonArray lines;
    for (const UsageLine &line : invoice.lines)
        lines.append(lineJson(line));
    QJsonValue priceList;
    if (document.priceList)
        priceList = QJsonObject{{QStringLiteral("run_id"), document.priceList->runId},
                                {QStringLiteral("finished_at"), document.priceList->finishedAt}};
    return {{QStringLiteral("number"), textOrNull(document.number)},
            {QStringLiteral("status"), documentStatusKey(document)},
            {QStringLiteral("kind"), issuedKindKey(document.kind)},
            {QStringLiteral("issued_at"), textOrNull(document.issuedAt)},
            {QStringLiteral("corrects"), textOrNull(document.corrects)},
            {QStringLiteral("customer_id"), invoice.customerId},
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
            {QStringLiteral("discount"), document.discount.text()},
            {QStringLiteral("usage_report"), textOrNull(document.usageReport)},
            {QStringLiteral("lines"), lines}};
}

QJsonObject differenceJson(const InvoiceDifference &difference)
{
    return {{QStringLiteral("customer_id"), difference.customerId},
            {QStringLiteral("name"), difference.name},
            {QStringLiteral("line"), difference.line},
            {QStringLiteral("product"), textOrNull(difference.product)},
            {QStringLiteral("field"), difference.field},
            {QStringLiteral("issued"), textOrNull(difference.issued)},
            {QStringLiteral("now"), textOrNull(difference.now)}};
}

IssuedInvoiceService issuedService(Session &session)
{
    return IssuedInvoiceService(*session.database(), &Session::now);
}

} // namespace

int InvoiceCommands::invoice(Session &session, const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    if (verb == u"issue")
        return issue(session, arguments.mid(1));
    if (verb == u"numbering")
        return numbering(session, arguments.mid(1));
    if (verb == u"diff")
        return diff(session, arguments.mid(1));
    if (verb == u"correct")
        return correct(session, arguments.mid(1));
    return show(session, arguments);
}

InvoiceOutcome InvoiceCommands::compute(Session &session, const Instance &instance, QDate month,
                                        const QString &customerId)
{
    InvoiceRequest request;
    request.month = month;
    request.customerId = customerId;
    QNetworkAccessManager network;
    InvoiceService service(*session.database(), session.secrets(), network, session.apiOptions());
    return runToTheEnd(service, &InvoiceService::finished,
                       [&] { service.start(instance, request); });
}

int InvoiceCommands::show(Session &session, const QStringList &arguments)
{
    CommandParser command(QStringLiteral("invoice"),
                          tr("Each service provider's invoice for a closed month: its usage "
                             "priced as of that month, its tier's minimum commitment and the "
                             "shortfall, ready for a billing import. An issued month is printed "
                             "as it was issued.\n\nAlso: invoice issue|numbering|diff|correct "
                             "(each with --help)."));
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
    const QString customerId = command.value(QStringLiteral("provider"));
    const auto issued = issuedService(session).ofMonth(instance->id, *month);
    if (!issued)
        return console.fail(issued.error());
    QList<IssuedInvoice> documents;
    if (!issued->isEmpty()) {
        for (const IssuedInvoice &document : *issued) {
            if (customerId.isEmpty() || document.invoice.customerId == customerId)
                documents.append(document);
        }
    } else {
        const InvoiceOutcome outcome = compute(session, *instance, *month, customerId);
        if (outcome.error)
            return console.fail(*outcome.error);
        warnAbout(console, outcome);
        documents = openDocuments(outcome);
        if (!command.isSet(QStringLiteral("json")) && !command.isSet(QStringLiteral("csv")) &&
            outcome.priceList)
            console.line(tr("Priced with the price list of the Get Services Definition of %1.")
                                 .arg(outcome.priceList->finishedAt));
    }
    if (command.isSet(QStringLiteral("json")))
        printJson(console, documents);
    else if (command.isSet(QStringLiteral("csv")))
        console.out(invoicesCsv(documents));
    else
        printDocuments(console, instance->systemName, *month, documents, !issued->isEmpty());
    return ExitOk;
}

void InvoiceCommands::warnAbout(Console &console, const InvoiceOutcome &outcome)
{
    for (const QString &warning : outcome.warnings)
        console.warning(warning);
    for (const NotInvoiced &provider : outcome.notInvoiced)
        console.warning(tr("No invoice: %1 [%2]")
                                .arg(InvoiceEligibility::describe(provider),
                                     notInvoicedReasonKey(provider.reason)));
}

void InvoiceCommands::printJson(Console &console, const QList<IssuedInvoice> &documents)
{
    QJsonArray array;
    for (const IssuedInvoice &document : documents)
        array.append(documentJson(document));
    console.json(QJsonDocument(array));
}

void InvoiceCommands::printDocuments(Console &console, const QString &instanceName, QDate month,
                                     const QList<IssuedInvoice> &documents, bool issued)
{
    if (issued)
        console.line(tr("Invoices of \"%1\" for %2, as issued (%n document(s)).", nullptr,
                        int(documents.size()))
                             .arg(instanceName, monthKey(month)));
    else
        console.line(tr("Invoices of \"%1\" for %2 (%n service provider(s)).", nullptr,
                        int(documents.size()))
                             .arg(instanceName, monthKey(month)));
    const auto money = [](Decimal value, const QString &currency) -> QString {
        return moneyText(value, currency) + u' ' + currency;
    };
    QList<QStringList> rows;
    for (const IssuedInvoice &document : documents) {
        const Invoice &invoice = document.invoice;
        QStringList row;
        if (issued)
            row << document.number << documentStatusKey(document) << document.corrects;
        row << invoice.customerId << invoice.name << ContractRules::displayName(invoice.tier)
            << money(invoice.tier.minimumCommitment, invoice.currency)
            << money(invoice.usageSell, invoice.currency)
            << (invoice.rampUp ? tr("waived (ramp-up)")
                               : money(invoice.shortfall, invoice.currency))
            << money(invoice.totalSell, invoice.currency)
            << money(invoice.totalCost, invoice.currency);
        rows.append(row);
    }
    if (rows.isEmpty())
        return console.line(tr("No contract had started by the end of the month."));
    QStringList header;
    if (issued)
        header << tr("NUMBER") << tr("STATUS") << tr("CORRECTS");
    header << tr("CUSTOMER ID") << tr("NAME") << tr("TIER") << tr("COMMITMENT") << tr("USAGE")
           << tr("SHORTFALL") << tr("TOTAL SELL") << tr("TOTAL COST");
    console.out(formatTable(header, rows));
}

int InvoiceCommands::issue(Session &session, const QStringList &arguments)
{
    CommandParser command(QStringLiteral("invoice issue"),
                          tr("Number and freeze a closed month's invoices: from then on the "
                             "month is printed as issued, and corrected only by credit notes."));
    command.addPositional(QStringLiteral("INSTANCE"), tr("The instance's system name."));
    command.addOption({QStringLiteral("month"),
                       tr("The closed month, e.g. 2026-10, or \"last\" for the previous one "
                          "(UTC)."),
                       QStringLiteral("YYYY-MM|last")});
    command.addOption({QStringLiteral("json"), tr("Print JSON.")});
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
    IssuedInvoiceService service = issuedService(session);
    if (Status final = service.checkReportFinal(*month); !final)
        return console.fail(final.error());
    if (Status open = service.checkOpen(instance->id, *month); !open)
        return console.fail(open.error());
    const InvoiceOutcome outcome = compute(session, *instance, *month, {});
    if (outcome.error)
        return console.fail(Error{outcome.error->kind,
                                  tr("%1 Nothing was issued.").arg(outcome.error->message)});
    warnAbout(console, outcome);
    const auto issued = service.issue(*instance, outcome);
    if (!issued)
        return console.fail(issued.error());
    if (command.isSet(QStringLiteral("json")))
        printJson(console, *issued);
    else if (issued->isEmpty())
        console.line(tr("%1 is issued: no contract had started by its end, so it has no "
                        "invoice.")
                             .arg(monthKey(*month)));
    else
        console.line(tr("Issued %n invoice(s) of %1: %2 to %3.", nullptr, int(issued->size()))
                             .arg(monthKey(*month), issued->first().number, issued->last().number));
    return ExitOk;
}

int InvoiceCommands::numbering(Session &session, const QStringList &arguments)
{
    CommandParser command(QStringLiteral("invoice numbering"),
                          tr("Show or set the instance's invoice numbers: a prefix and the next "
                             "number, given without gaps."));
    command.addPositional(QStringLiteral("INSTANCE"), tr("The instance's system name."));
    command.addOption({QStringLiteral("prefix"), tr("Text before each number, e.g. INV-."),
                       QStringLiteral("TEXT")});
    command.addOption({QStringLiteral("next"), tr("The next number (above every number issued)."),
                       QStringLiteral("N")});
    command.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (auto done = command.parse(arguments, session, 1))
        return *done;
    Console &console = session.console();
    const auto instance = session.instanceNamed(command.positional().first());
    if (!instance)
        return console.fail(instance.error());
    IssuedInvoiceService service = issuedService(session);
    NumberingChange change;
    change.prefix = command.optionalValue(QStringLiteral("prefix"));
    change.next = command.optionalValue(QStringLiteral("next"));
    const auto numbering = change.prefix || change.next ? service.setNumbering(*instance, change)
                                                        : service.numbering(instance->id);
    if (!numbering) {
        if (numbering.error().kind == ErrorKind::InvalidInput)
            return command.badUsage(console, numbering.error().message);
        return console.fail(numbering.error());
    }
    if (command.isSet(QStringLiteral("json")))
        console.json(
                QJsonDocument(QJsonObject{{QStringLiteral("prefix"), numbering->prefix},
                                          {QStringLiteral("next"), numbering->next},
                                          {QStringLiteral("next_number"),
                                           InvoiceRules::number(*numbering, numbering->next)}}));
    else
        console.line(tr("The next invoice of \"%1\" is %2.")
                             .arg(instance->systemName,
                                  InvoiceRules::number(*numbering, numbering->next)));
    return ExitOk;
}

struct InvoiceCommands::IssuedMonth
{
    Instance instance;
    QDate month;
    QString customerId;
    InvoiceOutcome recomputed;
};

void InvoiceCommands::addIssuedMonthOptions(CommandParser &command)
{
    command.addPositional(QStringLiteral("INSTANCE"), tr("The instance's system name."));
    command.addOption({QStringLiteral("month"), tr("The issued month, e.g. 2026-10."),
                       QStringLiteral("YYYY-MM|last")});
    command.addOption({QStringLiteral("provider"), tr("Only this service provider."),
                       QStringLiteral("CUSTOMER_ID")});
    command.addOption({QStringLiteral("json"), tr("Print JSON.")});
}

std::optional<int> InvoiceCommands::recompute(Session &session, const CommandParser &command,
                                              IssuedMonth &month)
{
    Console &console = session.console();
    int refused = ExitBadInput;
    const auto chosen = command.closedMonth(console, &refused);
    if (!chosen)
        return refused;
    month.month = *chosen;
    month.customerId = command.value(QStringLiteral("provider"));
    const auto instance = session.instanceNamed(command.positional().first());
    if (!instance)
        return console.fail(instance.error());
    month.instance = *instance;
    if (Status exists = issuedService(session).checkIssued(instance->id, *chosen); !exists)
        return console.fail(exists.error());
    month.recomputed = compute(session, *instance, *chosen, month.customerId);
    if (month.recomputed.error)
        return console.fail(*month.recomputed.error);
    return std::nullopt;
}

int InvoiceCommands::diff(Session &session, const QStringList &arguments)
{
    CommandParser command(QStringLiteral("invoice diff"),
                          tr("What a recomputation would change in an issued month, per "
                             "provider and line. Exit 0: nothing; 1: something."));
    addIssuedMonthOptions(command);
    if (auto done = command.parse(arguments, session, 1))
        return *done;
    IssuedMonth issued;
    if (auto done = recompute(session, command, issued))
        return *done;
    Console &console = session.console();
    const auto differences = issuedService(session).differences(issued.instance, issued.recomputed,
                                                                issued.customerId);
    if (!differences)
        return console.fail(differences.error());
    if (command.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const InvoiceDifference &difference : *differences)
            array.append(differenceJson(difference));
        console.json(QJsonDocument(array));
    } else if (differences->isEmpty()) {
        console.line(
                tr("A recomputation of %1 gives the issued figures.").arg(monthKey(issued.month)));
    } else {
        QList<QStringList> rows;
        for (const InvoiceDifference &difference : *differences)
            rows.append({difference.customerId,
                         difference.product.isEmpty() ? difference.line : difference.product,
                         difference.field, difference.issued, difference.now});
        console.out(formatTable(
                {tr("CUSTOMER ID"), tr("LINE"), tr("FIELD"), tr("ISSUED"), tr("NOW")}, rows));
    }
    return differences->isEmpty() ? ExitOk : ExitFailed;
}

int InvoiceCommands::correct(Session &session, const QStringList &arguments)
{
    CommandParser command(QStringLiteral("invoice correct"),
                          tr("For each provider whose issued figures differ from a "
                             "recomputation: a credit note of its invoice and a replacement, "
                             "both numbered, recorded in the audit trail with the reason."));
    addIssuedMonthOptions(command);
    command.addOption(
            {QStringLiteral("reason"), tr("Why the month is corrected."), QStringLiteral("TEXT")});
    if (auto done = command.parse(arguments, session, 1))
        return *done;
    Console &console = session.console();
    if (command.value(QStringLiteral("reason")).trimmed().isEmpty())
        return command.badUsage(console, tr("missing --reason."));
    IssuedMonth issued;
    if (auto done = recompute(session, command, issued))
        return *done;
    const auto correction =
            issuedService(session).correct(issued.instance, issued.recomputed, issued.customerId,
                                           command.value(QStringLiteral("reason")));
    if (!correction)
        return console.fail(correction.error());
    if (command.isSet(QStringLiteral("json")))
        printJson(console, correction->issued);
    else if (correction->issued.isEmpty())
        console.line(tr("A recomputation of %1 gives the issued figures; nothing to correct.")
                             .arg(monthKey(issued.month)));
    else
        printDocuments(console, issued.instance.systemName, issued.month, correction->issued, true);
    return ExitOk;
}

} // namespace csp::cli
