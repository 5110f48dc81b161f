#include "invoicespage.h"

#include "core/money.h"
#include "core/moneycolumn.h"
#include "core/month.h"
#include "core/timetext.h"
#include "monthchoice.h"
#include "notinvoicednotice.h"
#include "prompts.h"
#include "services/cataloguereader.h"
#include "services/invoicestatement.h"
#include "services/savedfile.h"
#include "tiersdialog.h"
#include "ui_invoicespage.h"
#include "ui_statementdialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPageLayout>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QTextDocument>

#include <array>

namespace csp {

namespace {

QTableWidgetItem *number(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

InvoicesPage::InvoicesPage(std::shared_ptr<Database> database, SecretStore &secrets,
                           QNetworkAccessManager &network, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_service(new InvoiceService(std::move(database), secrets, network, {}, this))
{
    setObjectName(QStringLiteral("invoicesPage"));
    buildLayout();
    connect(m_service, &InvoiceService::progress, this,
            [this](const QString &step) { m_statusLine->setText(step); });
    connect(m_service, &InvoiceService::finished, this, &InvoicesPage::showOutcome);
    reloadInstances();
}

void InvoicesPage::buildLayout()
{
    Ui::InvoicesPage ui;
    ui.setupUi(this);
    m_instance = ui.invoiceInstance;
    m_month = ui.invoiceMonth;
    m_read = ui.invoiceRead;
    m_export = ui.invoiceExport;
    m_statement = ui.invoiceStatement;
    m_tiers = ui.invoiceTiers;
    m_banner = ui.invoiceBanner;
    m_table = ui.invoiceTable;
    m_statusLine = ui.invoiceStatusLine;
    fillClosedMonths(m_month);
    m_issue = ui.invoiceIssue;
    m_correct = ui.invoiceCorrect;
    m_monthStatus = ui.invoiceMonthStatus;
    m_notInvoiced = ui.invoiceNotInvoiced;
    m_banner->hide();
    m_table->setColumnCount(10);
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Status"), tr("Service provider"),
                                        tr("Customer id"), tr("Tier"), tr("Minimum commitment"),
                                        tr("Usage"), tr("Shortfall"), tr("Total sell"),
                                        tr("Total cost")});
    m_table->resizeColumnsToContents(); // empty, the headers set the widths
    connect(m_read, &QPushButton::clicked, this, [this] { read(m_month->currentData().toDate()); });
    connect(m_instance, &QComboBox::currentIndexChanged, this, &InvoicesPage::showHint);
    connect(m_month, &QComboBox::currentIndexChanged, this, &InvoicesPage::showHint);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &InvoicesPage::openStatement);
    connect(m_export, &QPushButton::clicked, this, &InvoicesPage::chooseExportFile);
    connect(m_statement, &QPushButton::clicked, this, &InvoicesPage::chooseStatementFile);
    connect(m_issue, &QPushButton::clicked, this, &InvoicesPage::confirmIssue);
    connect(m_correct, &QPushButton::clicked, this, &InvoicesPage::askCorrection);
    connect(m_instance, &QComboBox::currentIndexChanged, this, &InvoicesPage::showMonthStatuses);
    connect(m_tiers, &QPushButton::clicked, this, [this] {
        if (TiersDialog *dialog = editTiers())
            dialog->open();
    });
}

TiersDialog *InvoicesPage::editTiers()
{
    const auto instance =
            CatalogueReader(m_database).instance(m_instance->currentData().toString());
    if (!instance) {
        m_statusLine->setText(instance.error().message);
        return nullptr;
    }
    auto *dialog = new TiersDialog(m_database, *instance, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_statusLine->setText(dialog->savedText());
        if (dialog->savedChanges() > 0)
            emit tiersChanged();
    });
    return dialog;
}

void InvoicesPage::reloadInstances()
{
    const QString current = m_instance->currentData().toString();
    m_instance->clear();
    const auto instances = CatalogueReader(m_database).instances();
    if (!instances)
        m_statusLine->setText(instances.error().message); // not an empty list in its place
    for (const Instance &instance : instances.valueOr({}))
        m_instance->addItem(instance.systemName, instance.id);
    m_instance->setCurrentIndex(qMax(0, m_instance->findData(current)));
    m_read->setEnabled(m_instance->count() > 0);
    m_tiers->setEnabled(m_instance->count() > 0);
    showMonthStatuses();
    showHint();
}

void InvoicesPage::showHint()
{
    if (isBusy())
        return;
    m_statusLine->setText(closedMonthHint(m_instance, m_month,
                                          tr("Read Invoices prices the invoices of %1 for each "
                                             "service provider of %2.")));
}

namespace {

QString monthStatusText(MonthStatus status)
{
    switch (status) {
    case MonthStatus::Open:
        return InvoicesPage::tr("open");
    case MonthStatus::Issued:
        return InvoicesPage::tr("issued");
    case MonthStatus::Corrected:
        return InvoicesPage::tr("corrected");
    }
    return {};
}

} // namespace

// Each month in the list says whether it is open, issued or corrected.
void InvoicesPage::showMonthStatuses()
{
    const auto months =
            IssuedInvoiceService(m_database).months(m_instance->currentData().toString());
    QHash<QDate, MonthStatus> statuses;
    for (const auto &[month, status] : months.valueOr({}))
        statuses.insert(firstOfMonth(month), status);
    for (int i = 0; i < m_month->count(); ++i) {
        const QDate month = m_month->itemData(i).toDate();
        const MonthStatus status = statuses.value(month, MonthStatus::Open);
        m_month->setItemText(
                i,
                status == MonthStatus::Open
                        ? monthName(month)
                        : tr("%1 (%2)").arg(monthName(month), monthStatusText(status)));
    }
}

void InvoicesPage::read(QDate month)
{
    if (isBusy() || m_instance->currentIndex() < 0)
        return;
    const auto instance =
            CatalogueReader(m_database).instance(m_instance->currentData().toString());
    if (!instance)
        return m_statusLine->setText(instance.error().message);
    m_table->setRowCount(0);
    m_banner->hide();
    m_notInvoiced->hide();
    m_issue->setEnabled(false);
    m_correct->setEnabled(false);
    const auto issued = IssuedInvoiceService(m_database).ofMonth(instance->id, month);
    if (!issued)
        return m_statusLine->setText(issued.error().message);
    if (!issued->isEmpty()) {
        m_outcome = InvoiceOutcome();
        m_outcome.instanceName = instance->systemName;
        m_outcome.month = QDate(month.year(), month.month(), 1);
        m_banner->setText(tr("%1 is issued: the invoices are shown as they were issued; a "
                             "later change of prices, tiers or usage does not alter them.")
                                  .arg(monthKey(month)));
        m_banner->show();
        m_correct->setEnabled(true);
        return showDocuments(m_outcome.month, *issued, true);
    }
    m_read->setEnabled(false);
    InvoiceRequest request;
    request.month = month;
    m_service->start(*instance, request);
}

void InvoicesPage::showOutcome(const InvoiceOutcome &outcome)
{
    m_read->setEnabled(true);
    if (!m_correctionReason.isEmpty())
        return finishCorrection(outcome);
    m_outcome = outcome;
    const bool ok = outcome.ok();
    m_export->setEnabled(ok);
    m_statement->setEnabled(ok && !outcome.invoices.isEmpty());
    if (!ok) {
        m_statusLine->setText(outcome.error->message);
        emit invoicesRead(outcome);
        return;
    }
    QStringList notes;
    if (outcome.priceList)
        notes << tr("Priced with the prices and discount in effect when %1 ended (Get Services "
                    "Definition of %2).")
                         .arg(monthKey(outcome.month), timeText(outcome.priceList->finishedAt));
    notes << outcome.warnings;
    m_banner->setText(notes.join(u' '));
    m_banner->setVisible(!notes.isEmpty());
    showDocuments(outcome.month, openDocuments(outcome), false);
    showNotInvoiced(m_notInvoiced, outcome.notInvoiced, outcome.month);
    m_issue->setEnabled(true);
    emit invoicesRead(outcome);
}

namespace {

QString statusText(const IssuedInvoice &document)
{
    if (document.number.isEmpty())
        return InvoicesPage::tr("open");
    if (document.kind == IssuedKind::CreditNote)
        return InvoicesPage::tr("credit note for %1").arg(document.corrects);
    if (document.status == IssuedStatus::Credited)
        return InvoicesPage::tr("credited");
    if (!document.corrects.isEmpty())
        return InvoicesPage::tr("issued, replaces %1").arg(document.corrects);
    return InvoicesPage::tr("issued");
}

} // namespace

void InvoicesPage::showDocuments(QDate month, const QList<IssuedInvoice> &documents, bool issued)
{
    m_documents = documents;
    m_issued = issued;
    m_export->setEnabled(true);
    m_statement->setEnabled(!documents.isEmpty());
    // The money columns, each with the digits its most precise figure has.
    std::array<MoneyColumn, 5> columns;
    const auto figures = [](const Invoice &invoice) {
        return std::array{invoice.tier.minimumCommitment, invoice.usageSell, invoice.shortfall,
                          invoice.totalSell, invoice.totalCost};
    };
    for (const IssuedInvoice &document : documents) {
        const auto values = figures(document.invoice);
        for (size_t column = 0; column < columns.size(); ++column)
            columns.at(column).include(values.at(column), document.invoice.currency);
    }
    m_table->setRowCount(int(documents.size()));
    for (int row = 0; row < documents.size(); ++row) {
        const Invoice &invoice = documents.at(row).invoice;
        m_table->setItem(row, 0, new QTableWidgetItem(documents.at(row).number));
        m_table->setItem(row, 1, new QTableWidgetItem(statusText(documents.at(row))));
        m_table->setItem(row, 2, new QTableWidgetItem(invoice.name));
        m_table->setItem(row, 3, new QTableWidgetItem(invoice.customerId));
        m_table->setItem(row, 4, new QTableWidgetItem(ContractRules::displayName(invoice.tier)));
        const auto values = figures(invoice);
        for (size_t column = 0; column < columns.size(); ++column)
            m_table->setItem(
                    row, int(column) + 5,
                    number(columns.at(column).withCurrency(values.at(column), invoice.currency)));
        if (invoice.rampUp)
            m_table->item(row, 7)->setText(tr("waived (ramp-up)"));
    }
    m_table->resizeColumnsToContents();
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
    m_statusLine->setText(
            issued ? tr("%n document(s) issued for %1.", nullptr, int(documents.size()))
                             .arg(monthKey(month))
                   : tr("%n invoice(s) for %1.", nullptr, int(documents.size()))
                             .arg(monthKey(month)));
}

bool InvoicesPage::issueMonth(QString *error)
{
    const auto instance =
            CatalogueReader(m_database).instance(m_instance->currentData().toString());
    if (!instance) {
        *error = instance.error().message;
        return false;
    }
    if (m_issued || !m_outcome.ok() || m_outcome.instanceName != instance->systemName) {
        *error = tr("Read the month's invoices first.");
        return false;
    }
    const auto issued = IssuedInvoiceService(m_database, m_clock).issue(*instance, m_outcome);
    if (!issued) {
        *error = issued.error().message;
        return false;
    }
    m_issue->setEnabled(false);
    m_correct->setEnabled(true);
    showDocuments(m_outcome.month, *issued, true);
    showMonthStatuses();
    return true;
}

void InvoicesPage::correctMonth(const QString &reason)
{
    if (isBusy() || !m_issued || reason.trimmed().isEmpty())
        return;
    const auto instance =
            CatalogueReader(m_database).instance(m_instance->currentData().toString());
    if (!instance)
        return m_statusLine->setText(instance.error().message);
    m_correctionReason = reason.trimmed();
    m_read->setEnabled(false);
    m_correct->setEnabled(false);
    InvoiceRequest request;
    request.month = m_outcome.month;
    m_service->start(*instance, request);
}

void InvoicesPage::finishCorrection(const InvoiceOutcome &recomputed)
{
    const QString reason = std::exchange(m_correctionReason, QString());
    m_correct->setEnabled(true);
    const auto instance =
            CatalogueReader(m_database).instance(m_instance->currentData().toString());
    if (!instance)
        return m_statusLine->setText(instance.error().message);
    if (!recomputed.ok())
        return m_statusLine->setText(recomputed.error->message);
    const auto corrected =
            IssuedInvoiceService(m_database, m_clock).correct(*instance, recomputed, {}, reason);
    if (!corrected)
        return m_statusLine->setText(corrected.error().message);
    const auto issued = IssuedInvoiceService(m_database).ofMonth(instance->id, recomputed.month);
    if (!issued)
        return m_statusLine->setText(issued.error().message);
    showDocuments(recomputed.month, *issued, true);
    showMonthStatuses();
    m_statusLine->setText(
            corrected->issued.isEmpty()
                    ? tr("Nothing differs from the issued invoices of %1; nothing was corrected.")
                              .arg(monthKey(recomputed.month))
                    : tr("Corrected %1: %n invoice(s) credited and replaced.", nullptr,
                         int(corrected->issued.size() / 2))
                              .arg(monthKey(recomputed.month)));
}

void InvoicesPage::askCorrection()
{
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("correctionReason"));
    dialog.setWindowTitle(tr("Correct Month"));
    dialog.setLabelText(tr("Recompute %1 and, where figures differ, credit the issued invoice "
                           "and issue a replacement. The reason, for the audit trail:")
                                .arg(monthKey(m_outcome.month)));
    if (Prompts::exec(dialog) != QDialog::Accepted)
        return;
    if (dialog.textValue().trimmed().isEmpty())
        return Prompts::warn(this, tr("Correct Month"),
                             tr("Reason: empty; a correction says why it was made."));
    correctMonth(dialog.textValue());
}

void InvoicesPage::confirmIssue()
{
    const auto answer = Prompts::ask(
            this, tr("Issue Month"),
            tr("Number and freeze the %n invoice(s) of %1? Afterwards the month is corrected "
               "only by credit notes.",
               nullptr, int(m_documents.size()))
                    .arg(monthKey(m_outcome.month)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!issueMonth(&error))
        return Prompts::warn(this, tr("Issue Month"), error);
}

bool InvoicesPage::exportCsv(const QString &path, QString *error) const
{
    return saveFileWhole(path, invoicesCsv(m_documents).toUtf8(), error);
}

QString InvoicesPage::statementHtml(const IssuedInvoice &document, const QString &instanceName)
{
    return invoiceStatementHtml(document, instanceName);
}

bool InvoicesPage::writeStatement(int row, const QString &path, QString *error) const
{
    if (row < 0 || row >= m_documents.size()) {
        if (error)
            *error = tr("Choose a service provider first.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(tr("Statement for %1").arg(m_documents.at(row).invoice.name));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        QTextDocument document;
        document.setHtml(statementHtml(m_documents.at(row), m_outcome.instanceName));
        document.print(&pdf);
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void InvoicesPage::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Invoices"),
            tr("invoices-%1-%2.csv").arg(m_instance->currentText(), monthKey(m_outcome.month)),
            tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        return Prompts::warn(this, tr("Export Invoices"), error);
    m_statusLine->setText(
            tr("Exported %n invoice(s) to %1.", nullptr, int(m_documents.size())).arg(path));
}

QDialog *InvoicesPage::openStatement(int row)
{
    if (row < 0 || row >= m_documents.size())
        return nullptr;
    m_table->selectRow(row);
    const Invoice &invoice = m_documents.at(row).invoice;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    Ui::StatementDialog ui;
    ui.setupUi(dialog);
    dialog->setWindowTitle(tr("Statement for %1").arg(invoice.name));
    ui.statementView->setHtml(statementHtml(m_documents.at(row), m_outcome.instanceName));
    connect(ui.statementSave, &QPushButton::clicked, this, &InvoicesPage::chooseStatementFile);
    connect(ui.statementButtons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    dialog->resize(720, 600);
    dialog->open();
    return dialog;
}

void InvoicesPage::chooseStatementFile()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const Invoice &invoice = m_documents.at(row).invoice;
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Save Statement"),
            tr("statement-%1-%2.pdf").arg(invoice.customerId, monthKey(invoice.month)),
            tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeStatement(row, path, &error))
        return Prompts::warn(this, tr("Save Statement"), error);
    m_statusLine->setText(tr("Saved the statement of %1 to %2.").arg(invoice.name, path));
}

} // namespace csp
