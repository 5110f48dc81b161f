#pragma once

#include "core/contract.h"
#include "core/issuedinvoice.h"
#include "usageservice.h"

#include <QObject>

#include <memory>
#include <optional>

namespace csp {

struct InvoiceRequest
{
    QDate month;        // a closed month
    QString customerId; // one provider; empty: all
    std::chrono::milliseconds reportPollInterval{5'000};
};

struct InvoiceOutcome
{
    QString instanceName;
    QString currency;
    QDate month;
    QList<Invoice> invoices; // by provider name
    std::optional<PriceListRun> priceList;
    Decimal discount;               // the instance's discount the shortfalls were costed at
    QString usageReport;            // the Acronis usage report the lines came from
    QStringList warnings;           // the price list's and the invoices' own
    QList<NotInvoiced> notInvoiced; // providers with usage but no invoice, and why
    std::optional<Error> error;

    bool ok() const { return !error.has_value(); }
};

// The month's invoice of each service provider whose contract had started by the month's end:
// the closed month's usage priced as of that month, the tier then in effect and its minimum
// commitment, the shortfall (none in ramp-up months) and its cost at the instance's discount.
class InvoiceService : public QObject
{
    Q_OBJECT

public:
    InvoiceService(std::shared_ptr<Database> database, SecretStore &secrets,
                   QNetworkAccessManager &network, ApiOptions options = {},
                   QObject *parent = nullptr);

    void start(const Instance &instance, const InvoiceRequest &request);
    void cancel();
    bool isRunning() const { return m_usage->isRunning(); }

signals:
    void progress(const QString &step);
    void finished(const csp::InvoiceOutcome &outcome);

private:
    void build(const UsageOutcome &usage);
    Result<QList<Invoice>> invoicesOf(const UsageOutcome &usage, InvoiceOutcome &outcome) const;

    std::shared_ptr<Database> m_database;
    UsageService *m_usage = nullptr;
    Instance m_instance;
    InvoiceRequest m_request;
};

// An open month's computed invoices as documents without numbers, as issuing would store them.
QList<IssuedInvoice> openDocuments(const InvoiceOutcome &outcome);

// The invoice CSV: one row per invoice line, `line_type` usage or commitment_shortfall, then the
// usage columns (CLI.md), then month, tier, invoice_number, invoice_status (open, issued,
// credited) and corrects, the number a credit note or replacement corrects; ready for a billing
// import.
QStringList invoiceColumns();
QString invoicesCsv(const QList<IssuedInvoice> &documents);

} // namespace csp
