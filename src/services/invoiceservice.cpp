#include "invoiceservice.h"

#include "contractservice.h"
#include "core/csv.h"
#include "core/money.h"
#include "core/month.h"
#include "pricelist.h"
#include "secrets/secretstore.h"
#include "storage/database.h"

#include <QSet>

namespace csp {

InvoiceService::InvoiceService(std::shared_ptr<Database> database, SecretStore &secrets,
                               QNetworkAccessManager &network, ApiOptions options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_usage(new UsageService(std::move(database), secrets, network, std::move(options), this))
{
    connect(m_usage, &UsageService::progress, this, &InvoiceService::progress);
    connect(m_usage, &UsageService::finished, this, &InvoiceService::build);
}

void InvoiceService::start(const Instance &instance, const InvoiceRequest &request)
{
    m_instance = instance;
    m_request = request;
    UsageRequest usage;
    usage.month = request.month;
    usage.customerId = request.customerId;
    usage.reportPollInterval = request.reportPollInterval;
    m_usage->start(instance, usage);
}

void InvoiceService::cancel()
{
    m_usage->cancel();
}

void InvoiceService::build(const UsageOutcome &usage)
{
    InvoiceOutcome outcome;
    outcome.instanceName = m_instance.systemName;
    outcome.currency = m_instance.primaryCurrency;
    outcome.month = firstOfMonth(m_request.month);
    outcome.priceList = usage.priceList;
    outcome.usageReport = usage.reportId;
    if (!usage.priceListWarning.isEmpty())
        outcome.warnings.append(usage.priceListWarning);
    outcome.warnings.append(usage.warnings);
    outcome.error = usage.error;
    if (outcome.ok()) {
        auto invoices = invoicesOf(usage, outcome);
        if (invoices)
            outcome.invoices = std::move(invoices).value();
        else
            outcome.error = invoices.error();
    }
    emit finished(outcome);
}

Result<QList<Invoice>> InvoiceService::invoicesOf(const UsageOutcome &usage,
                                                  InvoiceOutcome &outcome) const
{
    QStringList &warnings = outcome.warnings;
    const QDate month = firstOfMonth(m_request.month);
    QList<Provider> providers;
    for (const ProviderUsage &providerUsage : usage.providers)
        providers.append(providerUsage.provider);
    const auto standings = ContractService(m_database).standingsIn(m_instance.id, month, providers);
    if (!standings)
        return standings.error();
    const auto prices = PriceListService(m_database).asOfMonthEnd(m_instance, month);
    if (!prices)
        return prices.error();
    const Decimal discount = prices->discounts.instanceDiscount();
    outcome.discount = discount;
    outcome.notInvoiced = usage.notInvoiced;
    QSet<QString> leftOut;
    for (const NotInvoiced &provider : usage.notInvoiced)
        leftOut.insert(provider.tenantId);
    QList<Invoice> invoices;
    for (const ProviderUsage &providerUsage : usage.providers) {
        const Provider &provider = providerUsage.provider;
        const ContractStanding standing = standings->value(provider.id);
        if (!standing.started || leftOut.contains(provider.tenantId))
            continue; // listed in notInvoiced with the reason
        Invoice header;
        header.customerId = provider.customerId;
        header.tenantId = provider.tenantId;
        header.name = provider.name;
        header.month = month;
        header.currency = m_instance.primaryCurrency;
        header.rampUp = standing.rampUp;
        header.tier = standing.tier;
        if (!standing.tierKnown)
            warnings.append(tr("%1 (%2) has no known commitment tier; it is invoiced without a "
                               "minimum commitment until its tier is set.")
                                    .arg(provider.name, provider.customerId));
        else if (!standing.commitmentSet)
            warnings.append(tr("%1 (%2): no minimum commitment was ever set for %3 in %4; the "
                               "first one set later, %5 %6, is used.")
                                    .arg(provider.name, provider.customerId,
                                         ContractRules::displayName(standing.tier), monthKey(month),
                                         moneyText(standing.tier.minimumCommitment,
                                                   m_instance.primaryCurrency),
                                         m_instance.primaryCurrency));
        auto invoice = buildInvoice(header, providerUsage.lines, discount);
        if (!invoice)
            return invoice.error();
        warnings.append(invoice->warnings);
        invoices.append(std::move(invoice).value());
    }
    return invoices;
}

QList<IssuedInvoice> openDocuments(const InvoiceOutcome &outcome)
{
    QList<IssuedInvoice> documents;
    for (const Invoice &invoice : outcome.invoices) {
        IssuedInvoice document;
        document.invoice = invoice;
        document.priceList = outcome.priceList;
        document.discount = outcome.discount;
        document.usageReport = outcome.usageReport;
        documents.append(document);
    }
    return documents;
}

QStringList invoiceColumns()
{
    QStringList columns{QStringLiteral("customer_id"), QStringLiteral("line_type")};
    columns += usageColumns().mid(1);
    columns += {QStringLiteral("month"), QStringLiteral("tier"), QStringLiteral("invoice_number"),
                QStringLiteral("invoice_status"), QStringLiteral("corrects")};
    return columns;
}

QString invoicesCsv(const QList<IssuedInvoice> &documents)
{
    QString csv = csvRecord(invoiceColumns());
    const qsizetype usageWidth = usageColumns().size() - 1;
    for (const IssuedInvoice &document : documents) {
        const Invoice &invoice = document.invoice;
        const QString month = monthKey(invoice.month);
        const QStringList numbering{document.number, documentStatusKey(document),
                                    document.corrects};
        for (const UsageLine &line : invoice.lines) {
            QStringList fields{invoice.customerId, QStringLiteral("usage")};
            for (const auto &value : usageValues(line).mid(1))
                fields.append(value.value_or(QString()));
            csv += csvRecord(fields << month << invoice.tier.key << numbering);
        }
        if (invoice.shortfall.isZero())
            continue;
        QStringList fields(usageWidth + 7);
        const QStringList columns = invoiceColumns();
        const auto set = [&](const char *column, const QString &value) {
            fields[columns.indexOf(QLatin1String(column))] = value;
        };
        set("customer_id", invoice.customerId);
        set("line_type", QStringLiteral("commitment_shortfall"));
        set("tenant_id", invoice.tenantId);
        set("sell_amount", moneyText(invoice.shortfall, invoice.currency));
        set("cost_amount", moneyText(invoice.shortfallCost, invoice.currency));
        set("currency", invoice.currency);
        set("provider", invoice.name);
        // Fixed text, in every language: the file is read by a billing import.
        set("product", QStringLiteral("Minimum commitment shortfall"));
        set("status", QStringLiteral("priced"));
        set("month", month);
        set("tier", invoice.tier.key);
        set("invoice_number", document.number);
        set("invoice_status", documentStatusKey(document));
        set("corrects", document.corrects);
        csv += csvRecord(fields);
    }
    return csv;
}

} // namespace csp
