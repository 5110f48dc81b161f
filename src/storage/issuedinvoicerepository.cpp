#include "issuedinvoicerepository.h"

#include "auditrepository.h"
#include "core/instance.h"
#include "core/month.h"

#include <QSqlQuery>
#include <QVariant>

namespace csp {

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant amountOrNull(const std::optional<Decimal> &value)
{
    return value ? QVariant(value->text()) : QVariant(QMetaType::fromType<QString>());
}

std::optional<Decimal> amountFrom(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return Decimal::parse(value.toString());
}

Decimal decimalFrom(const QVariant &value)
{
    return Decimal::parse(value.toString()).value_or(Decimal());
}

UsageLineStatus lineStatusFrom(const QString &key)
{
    for (const auto status : {UsageLineStatus::Priced, UsageLineStatus::NoProduct,
                              UsageLineStatus::NoPrice, UsageLineStatus::OutOfRange}) {
        if (usageLineStatusKey(status) == key)
            return status;
    }
    return UsageLineStatus::NoProduct;
}

const QString invoiceColumns = QStringLiteral(
        "id, instance_id, month, number, kind, status, customer_id, tenant_id, name, tier_key, "
        "tier_name, tier_level_value, promo, minimum_commitment, ramp_up, usage_sell, usage_cost, "
        "shortfall, shortfall_cost, total_sell, total_cost, currency, unpriced_lines, "
        "price_list_run_id, price_list_finished_at, discount, usage_report, issued_at, issued_by, "
        "corrects, reason");

IssuedInvoice invoiceFrom(const QSqlQuery &query)
{
    IssuedInvoice issued;
    int column = 0;
    const auto next = [&] {
        return query.value(column++);
    };
    issued.id = next().toString();
    issued.instanceId = next().toString();
    Invoice &invoice = issued.invoice;
    invoice.month = QDate::fromString(next().toString() + QStringLiteral("-01"), Qt::ISODate);
    issued.number = next().toString();
    issued.kind = issuedKindFromKey(next().toString()).value_or(IssuedKind::Invoice);
    issued.status = issuedStatusFromKey(next().toString()).value_or(IssuedStatus::Issued);
    invoice.customerId = next().toString();
    invoice.tenantId = next().toString();
    invoice.name = next().toString();
    invoice.tier.key = next().toString();
    invoice.tier.name = next().toString();
    invoice.tier.levelValue = next().toInt();
    invoice.tier.promo = next().toBool();
    invoice.tier.minimumCommitment = decimalFrom(next());
    invoice.rampUp = next().toBool();
    invoice.usageSell = decimalFrom(next());
    invoice.usageCost = decimalFrom(next());
    invoice.shortfall = decimalFrom(next());
    invoice.shortfallCost = decimalFrom(next());
    invoice.totalSell = decimalFrom(next());
    invoice.totalCost = decimalFrom(next());
    invoice.currency = next().toString();
    invoice.unpricedLines = next().toInt();
    const QVariant runId = next();
    const QVariant finishedAt = next();
    if (!runId.isNull())
        issued.priceList = PriceListRun{runId.toString(), finishedAt.toString()};
    issued.discount = decimalFrom(next());
    issued.usageReport = next().toString();
    issued.issuedAt = next().toString();
    issued.issuedBy = next().toString();
    issued.corrects = next().toString();
    issued.reason = next().toString();
    return issued;
}

} // namespace

IssuedInvoiceRepository::IssuedInvoiceRepository(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

Result<InvoiceNumbering> IssuedInvoiceRepository::numbering(const QString &instanceId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(
            "SELECT prefix, next_number FROM invoice_numbering WHERE instance_id = ?"));
    query.addBindValue(instanceId);
    if (!query.exec())
        return m_database->errorFrom(query, tr("reading the invoice numbers"));
    InvoiceNumbering numbering;
    if (query.next())
        numbering = {query.value(0).toString(), query.value(1).toLongLong()};
    return numbering;
}

Result<qint64> IssuedInvoiceRepository::highestSequence(const QString &instanceId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(
            "SELECT COALESCE(MAX(sequence), 0) FROM issued_invoices WHERE instance_id = ?"));
    query.addBindValue(instanceId);
    if (!query.exec() || !query.next())
        return m_database->errorFrom(query, tr("reading the invoice numbers"));
    return query.value(0).toLongLong();
}

Status IssuedInvoiceRepository::setNumbering(const QString &instanceId,
                                             const InvoiceNumbering &numbering)
{
    const QString doing = tr("setting the invoice numbers");
    Transaction transaction(*m_database, Transaction::Kind::Write);
    if (!transaction.began())
        return m_database->errorFrom(transaction.beginError(), doing);
    const auto current = lockNumbering(instanceId);
    if (!current)
        return current.error();
    const auto highest = highestSequence(instanceId);
    if (!highest)
        return highest.error();
    if (numbering.next <= *highest)
        return Error{ErrorKind::InvalidInput,
                     tr("Next number: %1 is not above %2, the last number issued; numbers are "
                        "never given twice.")
                             .arg(numbering.next)
                             .arg(*highest)};
    QSqlQuery update(m_database->connection());
    update.prepare(QStringLiteral(
            "UPDATE invoice_numbering SET prefix = ?, next_number = ? WHERE instance_id = ?"));
    update.addBindValue(numbering.prefix);
    update.addBindValue(numbering.next);
    update.addBindValue(instanceId);
    if (!update.exec())
        return m_database->errorFrom(update, doing);
    if (!transaction.commit())
        return m_database->errorFrom(transaction.commitError(), doing);
    return success();
}

Result<InvoiceNumbering> IssuedInvoiceRepository::lockNumbering(const QString &instanceId)
{
    const QString doing = tr("taking the next invoice number");
    QSqlQuery insert(m_database->connection());
    // The row exists from the instance's first invoice on; creating it is idempotent.
    insert.prepare(QStringLiteral("INSERT INTO invoice_numbering (instance_id, prefix, "
                                  "next_number) SELECT ?, ?, 1 WHERE NOT EXISTS (SELECT 1 FROM "
                                  "invoice_numbering WHERE instance_id = ?)"));
    insert.addBindValue(instanceId);
    insert.addBindValue(InvoiceNumbering().prefix);
    insert.addBindValue(instanceId);
    if (!insert.exec())
        return m_database->errorFrom(insert, doing);
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT prefix, next_number FROM invoice_numbering WHERE "
                                 "instance_id = ?") +
                  m_database->dialect().lockingReadSuffix());
    query.addBindValue(instanceId);
    if (!query.exec() || !query.next())
        return m_database->errorFrom(query, doing);
    return InvoiceNumbering{query.value(0).toString(), query.value(1).toLongLong()};
}

Result<QList<IssuedInvoice>> IssuedInvoiceRepository::issue(const Issue &issue)
{
    const QString doing = tr("issuing the invoices of %1").arg(monthKey(issue.month));
    Transaction transaction(*m_database, Transaction::Kind::Write);
    if (!transaction.began())
        return m_database->errorFrom(transaction.beginError(), doing);
    auto numbering = lockNumbering(issue.instanceId);
    if (!numbering)
        return numbering.error();
    if (issue.firstOfMonth) {
        const auto existing = ofMonth(issue.instanceId, issue.month);
        if (!existing)
            return existing.error();
        if (!existing->isEmpty())
            return Error{ErrorKind::Conflict,
                         tr("The invoices of %1 were issued already (%2 on %3); a mistake is "
                            "put right with 'correct'.")
                                 .arg(monthKey(issue.month), existing->first().number,
                                      existing->first().issuedAt)};
    }
    QList<IssuedInvoice> issued;
    qint64 sequence = numbering->next;
    for (IssuedInvoice draft : issue.drafts) {
        draft.id = newUuid();
        draft.instanceId = issue.instanceId;
        draft.invoice.month = QDate(issue.month.year(), issue.month.month(), 1);
        draft.number = InvoiceRules::number(*numbering, sequence);
        if (Status stored = insert(draft, sequence); !stored)
            return stored.error();
        issued.append(draft);
        ++sequence;
    }
    QSqlQuery advance(m_database->connection());
    advance.prepare(
            QStringLiteral("UPDATE invoice_numbering SET next_number = ? WHERE instance_id = ?"));
    advance.addBindValue(sequence);
    advance.addBindValue(issue.instanceId);
    if (!advance.exec())
        return m_database->errorFrom(advance, doing);
    QSqlQuery credit(m_database->connection());
    credit.prepare(QStringLiteral("UPDATE issued_invoices SET status = 'credited' WHERE id = ? "
                                  "AND status = 'issued'"));
    for (const QString &id : issue.creditedIds) {
        credit.addBindValue(id);
        if (!credit.exec())
            return m_database->errorFrom(credit, doing);
        if (credit.numRowsAffected() != 1)
            return Error{ErrorKind::Conflict,
                         tr("An invoice of %1 was credited meanwhile; nothing was issued.")
                                 .arg(monthKey(issue.month))};
    }
    AuditRepository audit(m_database);
    for (const AuditEntry &entry : issue.audit) {
        if (Status recorded = audit.record(entry); !recorded)
            return recorded.error();
    }
    if (!transaction.commit())
        return m_database->errorFrom(transaction.commitError(), doing);
    return issued;
}

Status IssuedInvoiceRepository::insert(const IssuedInvoice &issued, qint64 sequence)
{
    const Invoice &invoice = issued.invoice;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("INSERT INTO issued_invoices (") + invoiceColumns +
                  QStringLiteral(", sequence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                 "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values{
            issued.id,
            issued.instanceId,
            monthKey(invoice.month),
            issued.number,
            issuedKindKey(issued.kind),
            issuedStatusKey(issued.status),
            invoice.customerId,
            invoice.tenantId,
            invoice.name,
            invoice.tier.key,
            invoice.tier.name.isNull() ? QString(QLatin1String("")) : invoice.tier.name,
            invoice.tier.levelValue,
            invoice.tier.promo,
            invoice.tier.minimumCommitment.text(),
            invoice.rampUp,
            invoice.usageSell.text(),
            invoice.usageCost.text(),
            invoice.shortfall.text(),
            invoice.shortfallCost.text(),
            invoice.totalSell.text(),
            invoice.totalCost.text(),
            invoice.currency,
            invoice.unpricedLines,
            issued.priceList ? QVariant(issued.priceList->runId) : textOrNull({}),
            issued.priceList ? QVariant(issued.priceList->finishedAt) : textOrNull({}),
            issued.discount.text(),
            textOrNull(issued.usageReport.isEmpty() ? QString() : issued.usageReport),
            issued.issuedAt,
            issued.issuedBy,
            textOrNull(issued.corrects.isEmpty() ? QString() : issued.corrects),
            textOrNull(issued.reason.isEmpty() ? QString() : issued.reason),
            sequence};
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return m_database->errorFrom(query, tr("storing the invoice %1").arg(issued.number));
    return insertLines(issued);
}

Status IssuedInvoiceRepository::insertLines(const IssuedInvoice &issued)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(
            "INSERT INTO issued_invoice_lines (invoice_id, position, customer_id, tenant_id, "
            "provider_name, application_id, offering_item, edition, infra_id, measurement_unit, "
            "product_name, application_name, quantity, sell_price, cost_price, sell_amount, "
            "cost_amount, currency, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?)"));
    int position = 0;
    for (const UsageLine &line : issued.invoice.lines) {
        const QVariantList values{issued.id,
                                  position++,
                                  line.customerId,
                                  line.tenantId,
                                  line.providerName,
                                  textOrNull(line.key.applicationId),
                                  textOrNull(line.key.offeringItem),
                                  textOrNull(line.key.edition),
                                  textOrNull(line.key.infraId),
                                  textOrNull(line.measurementUnit),
                                  textOrNull(line.productName),
                                  textOrNull(line.applicationName),
                                  amountOrNull(line.quantity),
                                  amountOrNull(line.sellPrice),
                                  amountOrNull(line.costPrice),
                                  amountOrNull(line.sellAmount),
                                  amountOrNull(line.costAmount),
                                  textOrNull(line.currency),
                                  usageLineStatusKey(line.status)};
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            return m_database->errorFrom(query,
                                         tr("storing the lines of invoice %1").arg(issued.number));
    }
    return success();
}

Result<QList<UsageLine>> IssuedInvoiceRepository::linesOf(const QString &invoiceId) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
            "SELECT customer_id, tenant_id, provider_name, application_id, offering_item, "
            "edition, infra_id, measurement_unit, product_name, application_name, quantity, "
            "sell_price, cost_price, sell_amount, cost_amount, currency, status FROM "
            "issued_invoice_lines WHERE invoice_id = ? ORDER BY position"));
    query.addBindValue(invoiceId);
    if (!query.exec())
        return m_database->errorFrom(query, tr("reading an issued invoice's lines"));
    QList<UsageLine> lines;
    while (query.next()) {
        UsageLine line;
        line.customerId = query.value(0).toString();
        line.tenantId = query.value(1).toString();
        line.providerName = query.value(2).toString();
        line.key = {query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                    query.value(6).toString()};
        line.measurementUnit = query.value(7).toString();
        line.productName = query.value(8).toString();
        line.applicationName = query.value(9).toString();
        line.quantity = amountFrom(query.value(10));
        line.sellPrice = amountFrom(query.value(11));
        line.costPrice = amountFrom(query.value(12));
        line.sellAmount = amountFrom(query.value(13));
        line.costAmount = amountFrom(query.value(14));
        line.currency = query.value(15).toString();
        line.status = lineStatusFrom(query.value(16).toString());
        lines.append(line);
    }
    return lines;
}

Result<QList<IssuedInvoice>> IssuedInvoiceRepository::ofMonth(const QString &instanceId,
                                                              QDate month) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + invoiceColumns +
                  QStringLiteral(" FROM issued_invoices WHERE instance_id = ? AND month = ? "
                                 "ORDER BY sequence"));
    query.addBindValue(instanceId);
    query.addBindValue(monthKey(month));
    if (!query.exec())
        return m_database->errorFrom(query, tr("reading the issued invoices"));
    QList<IssuedInvoice> invoices;
    while (query.next())
        invoices.append(invoiceFrom(query));
    for (IssuedInvoice &issued : invoices) {
        auto lines = linesOf(issued.id);
        if (!lines)
            return lines.error();
        issued.invoice.lines = std::move(lines).value();
    }
    return invoices;
}

Result<QList<std::pair<QDate, MonthStatus>>> IssuedInvoiceRepository::months(
        const QString &instanceId) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT month, MAX(CASE WHEN kind = 'credit_note' THEN 1 ELSE 0 "
                                 "END) FROM issued_invoices WHERE instance_id = ? GROUP BY month "
                                 "ORDER BY month"));
    query.addBindValue(instanceId);
    if (!query.exec())
        return m_database->errorFrom(query, tr("reading the issued invoices"));
    QList<std::pair<QDate, MonthStatus>> months;
    while (query.next())
        months.append(
                {QDate::fromString(query.value(0).toString() + QStringLiteral("-01"), Qt::ISODate),
                 query.value(1).toInt() ? MonthStatus::Corrected : MonthStatus::Issued});
    return months;
}

} // namespace csp
