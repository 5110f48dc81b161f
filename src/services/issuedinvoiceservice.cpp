#include "issuedinvoiceservice.h"

#include "core/appidentity.h"
#include "core/month.h"
#include "core/timetext.h"
#include "storage/issuedinvoicerepository.h"

namespace csp {

IssuedInvoiceService::IssuedInvoiceService(std::shared_ptr<Database> database, Clock clock)
    : m_database(std::move(database))
    , m_clock(std::move(clock))
{ }

QDateTime IssuedInvoiceService::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

Result<InvoiceNumbering> IssuedInvoiceService::numbering(const QString &instanceId) const
{
    return IssuedInvoiceRepository(m_database).numbering(instanceId);
}

Result<InvoiceNumbering> IssuedInvoiceService::setNumbering(const Instance &instance,
                                                            const NumberingChange &change)
{
    IssuedInvoiceRepository repository(m_database);
    const auto current = repository.numbering(instance.id);
    if (!current)
        return current.error();
    InvoiceNumbering numbering = *current;
    if (change.prefix) {
        if (const auto why = InvoiceRules::checkPrefix(*change.prefix))
            return Error{ErrorKind::InvalidInput, *why};
        numbering.prefix = *change.prefix;
    }
    if (change.next) {
        bool whole = false;
        const qint64 next = change.next->toLongLong(&whole);
        if (!whole || next < 1)
            return Error{ErrorKind::InvalidInput,
                         tr("Next number: \"%1\" is not a whole number of at least 1.")
                                 .arg(*change.next)};
        numbering.next = next;
    }
    if (Status saved = repository.setNumbering(instance.id, numbering); !saved)
        return saved.error();
    return numbering;
}

Result<QList<IssuedInvoice>> IssuedInvoiceService::ofMonth(const QString &instanceId,
                                                           QDate month) const
{
    return IssuedInvoiceRepository(m_database).ofMonth(instanceId, month);
}

Result<QList<std::pair<QDate, MonthStatus>>> IssuedInvoiceService::months(
        const QString &instanceId) const
{
    return IssuedInvoiceRepository(m_database).months(instanceId);
}

Status IssuedInvoiceService::checkReportFinal(QDate month) const
{
    if (InvoiceRules::reportIsFinal(month, now()))
        return success();
    return Error{ErrorKind::Failed, InvoiceRules::notFinalMessage(month)};
}

Status IssuedInvoiceService::checkOpen(const QString &instanceId, QDate month) const
{
    const auto issued = ofMonth(instanceId, month);
    if (!issued)
        return issued.error();
    if (issued->isEmpty())
        return success();
    return Error{ErrorKind::Conflict,
                 tr("The invoices of %1 were issued already (%2 at %3); a mistake is put right "
                    "with a correction.")
                         .arg(monthKey(month), issued->first().number, issued->first().issuedAt)};
}

Status IssuedInvoiceService::checkIssued(const QString &instanceId, QDate month) const
{
    const auto issued = ofMonth(instanceId, month);
    if (!issued)
        return issued.error();
    if (!issued->isEmpty())
        return success();
    return Error{ErrorKind::NotFound,
                 tr("%1 has not been issued; there is nothing to compare or correct.")
                         .arg(monthKey(month))};
}

Status IssuedInvoiceService::checkCustomerIds(const QList<NotInvoiced> &leftOut) const
{
    QStringList missing;
    for (const NotInvoiced &provider : leftOut) {
        if (provider.reason == NotInvoicedReason::NoCustomerId)
            missing.append(tr("%1 (tenant %2)").arg(provider.name, provider.tenantId));
    }
    if (missing.isEmpty())
        return success();
    return Error{ErrorKind::InvalidInput,
                 tr("Customer id: %1 has no customer id of the billing system (its tenant id "
                    "stands in); give it one before the month is issued. Nothing was issued.")
                         .arg(missing.join(QStringLiteral(", ")))};
}

IssuedInvoice IssuedInvoiceService::draftOf(const Invoice &invoice, const InvoiceOutcome &computed,
                                            const Instance &instance) const
{
    IssuedInvoice draft;
    draft.instanceId = instance.id;
    draft.invoice = invoice;
    draft.invoice.warnings.clear();
    draft.issuedAt = catalogueTime(now());
    draft.issuedBy = thisUserAtHost();
    draft.priceList = computed.priceList;
    draft.discount = computed.discount;
    draft.usageReport = computed.usageReport;
    return draft;
}

Result<QList<IssuedInvoice>> IssuedInvoiceService::issue(const Instance &instance,
                                                         const InvoiceOutcome &computed)
{
    if (Status final = checkReportFinal(computed.month); !final)
        return final.error();
    if (Status ids = checkCustomerIds(computed.notInvoiced); !ids)
        return ids.error();
    IssuedInvoiceRepository::Issue issue;
    issue.instanceId = instance.id;
    issue.month = computed.month;
    for (const Invoice &invoice : computed.invoices)
        issue.drafts.append(draftOf(invoice, computed, instance));
    AuditEntry entry;
    entry.action = QLatin1String(AuditAction::InvoiceIssue);
    entry.instanceId = instance.id;
    entry.subject = monthKey(computed.month);
    entry.after = tr("%n invoice(s)", nullptr, int(issue.drafts.size()));
    issue.audit.append(entry);
    return IssuedInvoiceRepository(m_database).issue(issue);
}

namespace {

QList<Invoice> figuresOf(const QList<IssuedInvoice> &issued, const QString &customerId)
{
    QList<Invoice> invoices;
    for (const IssuedInvoice &one : issued) {
        if (customerId.isEmpty() || one.invoice.customerId == customerId)
            invoices.append(one.invoice);
    }
    return invoices;
}

QList<Invoice> onlyOf(const QList<Invoice> &invoices, const QString &customerId)
{
    QList<Invoice> chosen;
    for (const Invoice &invoice : invoices) {
        if (customerId.isEmpty() || invoice.customerId == customerId)
            chosen.append(invoice);
    }
    return chosen;
}

} // namespace

Result<QList<InvoiceDifference>> IssuedInvoiceService::differences(const Instance &instance,
                                                                   const InvoiceOutcome &computed,
                                                                   const QString &customerId) const
{
    const auto issued = ofMonth(instance.id, computed.month);
    if (!issued)
        return issued.error();
    if (issued->isEmpty())
        return checkIssued(instance.id, computed.month).error();
    return invoiceDifferences(figuresOf(InvoiceRules::inForce(*issued), customerId),
                              onlyOf(computed.invoices, customerId));
}

Result<Correction> IssuedInvoiceService::correct(const Instance &instance,
                                                 const InvoiceOutcome &computed,
                                                 const QString &customerId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error{ErrorKind::InvalidInput,
                     tr("Reason: empty; a correction says why it was made.")};
    const auto issued = ofMonth(instance.id, computed.month);
    if (!issued)
        return issued.error();
    if (issued->isEmpty())
        return checkIssued(instance.id, computed.month).error();
    Correction correction;
    const QList<IssuedInvoice> inForce = InvoiceRules::inForce(*issued);
    const QList<Invoice> recomputed = onlyOf(computed.invoices, customerId);
    correction.differences = invoiceDifferences(figuresOf(inForce, customerId), recomputed);
    QSet<QString> changed;
    for (const InvoiceDifference &difference : std::as_const(correction.differences))
        changed.insert(difference.customerId);
    if (changed.isEmpty())
        return correction;
    if (Status ids = checkCustomerIds(computed.notInvoiced); !ids)
        return ids.error();
    IssuedInvoiceRepository::Issue issue;
    issue.instanceId = instance.id;
    issue.month = computed.month;
    issue.firstOfMonth = false;
    QSet<QString> credited;
    for (const IssuedInvoice &original : inForce) {
        if (!changed.contains(original.invoice.customerId))
            continue;
        IssuedInvoice credit = draftOf(negatedInvoice(original.invoice), computed, instance);
        credit.kind = IssuedKind::CreditNote;
        credit.priceList = original.priceList;
        credit.discount = original.discount;
        credit.usageReport = original.usageReport;
        credit.corrects = original.number;
        credit.reason = reason;
        issue.drafts.append(credit);
        issue.creditedIds.append(original.id);
        credited.insert(original.invoice.customerId);
        for (const Invoice &now : recomputed) {
            if (now.customerId != original.invoice.customerId)
                continue;
            IssuedInvoice replacement = draftOf(now, computed, instance);
            replacement.corrects = original.number;
            replacement.reason = reason;
            issue.drafts.append(replacement);
        }
    }
    for (const Invoice &now : recomputed) { // providers first invoiced by the correction
        if (changed.contains(now.customerId) && !credited.contains(now.customerId)) {
            IssuedInvoice added = draftOf(now, computed, instance);
            added.reason = reason;
            issue.drafts.append(added);
        }
    }
    AuditEntry entry;
    entry.action = QLatin1String(AuditAction::InvoiceCorrect);
    entry.instanceId = instance.id;
    entry.subject = monthKey(computed.month);
    entry.before = QStringList(changed.begin(), changed.end()).join(QStringLiteral(", "));
    entry.after = reason;
    issue.audit.append(entry);
    auto stored = IssuedInvoiceRepository(m_database).issue(issue);
    if (!stored)
        return stored.error();
    correction.issued = std::move(stored).value();
    return correction;
}

} // namespace csp
