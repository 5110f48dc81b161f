#include "invoicespage.h"

#include "core/money.h"
#include "core/month.h"
#include "core/timetext.h"
#include "moneycolumn.h"
#include "monthchoice.h"
#include "prompts.h"
#include "services/cataloguereader.h"
#include "services/savedfile.h"
#include "tiersdialog.h"
#include "ui_invoicespage.h"
#include "ui_statementdialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
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

QString money(Decimal value, const QString &currency)
{
    return moneyWithCurrency(value, currency, QLocale());
}

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
    m_banner->hide();
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({tr("Service provider"), tr("Customer id"), tr("Tier"),
                                        tr("Minimum commitment"), tr("Usage"), tr("Shortfall"),
                                        tr("Total sell"), tr("Total cost")});
    m_table->resizeColumnsToContents(); // empty, the headers set the widths
    connect(m_read, &QPushButton::clicked, this, [this] { read(m_month->currentData().toDate()); });
    connect(m_instance, &QComboBox::currentIndexChanged, this, &InvoicesPage::showHint);
    connect(m_month, &QComboBox::currentIndexChanged, this, &InvoicesPage::showHint);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &InvoicesPage::openStatement);
    connect(m_export, &QPushButton::clicked, this, &InvoicesPage::chooseExportFile);
    connect(m_statement, &QPushButton::clicked, this, &InvoicesPage::chooseStatementFile);
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

void InvoicesPage::read(QDate month)
{
    if (isBusy() || m_instance->currentIndex() < 0)
        return;
    const auto instance =
            CatalogueReader(m_database).instance(m_instance->currentData().toString());
    if (!instance)
        return m_statusLine->setText(instance.error().message);
    m_read->setEnabled(false);
    m_table->setRowCount(0);
    m_banner->hide();
    InvoiceRequest request;
    request.month = month;
    m_service->start(*instance, request);
}

void InvoicesPage::showOutcome(const InvoiceOutcome &outcome)
{
    m_read->setEnabled(true);
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
    // The money columns, each with the digits its most precise figure has.
    std::array<MoneyColumn, 5> columns;
    const auto figures = [](const Invoice &invoice) {
        return std::array{invoice.tier.minimumCommitment, invoice.usageSell, invoice.shortfall,
                          invoice.totalSell, invoice.totalCost};
    };
    for (const Invoice &invoice : outcome.invoices) {
        const auto values = figures(invoice);
        for (size_t column = 0; column < columns.size(); ++column)
            columns.at(column).include(values.at(column), invoice.currency);
    }
    m_table->setRowCount(int(outcome.invoices.size()));
    for (int row = 0; row < outcome.invoices.size(); ++row) {
        const Invoice &invoice = outcome.invoices.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(invoice.name));
        m_table->setItem(row, 1, new QTableWidgetItem(invoice.customerId));
        m_table->setItem(row, 2, new QTableWidgetItem(ContractRules::displayName(invoice.tier)));
        const auto values = figures(invoice);
        for (size_t column = 0; column < columns.size(); ++column)
            m_table->setItem(
                    row, int(column) + 3,
                    number(columns.at(column).withCurrency(values.at(column), invoice.currency)));
        if (invoice.rampUp)
            m_table->item(row, 5)->setText(tr("waived (ramp-up)"));
    }
    m_table->resizeColumnsToContents();
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
    m_statusLine->setText(tr("%n invoice(s) for %1.", nullptr, int(outcome.invoices.size()))
                                  .arg(monthKey(outcome.month)));
    emit invoicesRead(outcome);
}

bool InvoicesPage::exportCsv(const QString &path, QString *error) const
{
    return saveFileWhole(path, invoicesCsv(m_outcome.invoices).toUtf8(), error);
}

QString InvoicesPage::statementHtml(const Invoice &invoice, const QString &instanceName)
{
    const QString &currency = invoice.currency;
    const auto cell = [](const QString &text, bool right = false) {
        return QStringLiteral("<td%1>%2</td>")
                .arg(right ? QStringLiteral(" align=\"right\"") : QString(), text.toHtmlEscaped());
    };
    QString html = QStringLiteral("<h2>%1</h2><p>%2<br>%3<br>%4</p>")
                           .arg(tr("Statement for %1").arg(invoice.name).toHtmlEscaped(),
                                tr("Customer id: %1").arg(invoice.customerId).toHtmlEscaped(),
                                tr("Month: %1")
                                        .arg(QLocale().toString(invoice.month,
                                                                QStringLiteral("MMMM yyyy")))
                                        .toHtmlEscaped(),
                                tr("Contract: %1 (%2), minimum commitment %3 a month")
                                        .arg(ContractRules::displayName(invoice.tier), instanceName,
                                             money(invoice.tier.minimumCommitment, currency))
                                        .toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" "
                           "border=\"1\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                    .arg(tr("Product").toHtmlEscaped(), tr("Quantity").toHtmlEscaped(),
                         tr("Price").toHtmlEscaped(), tr("Amount").toHtmlEscaped());
    MoneyColumn prices;
    MoneyColumn amounts;
    for (const UsageLine &line : invoice.lines) {
        prices.include(line.sellPrice, line.currency);
        amounts.include(line.sellAmount, line.currency);
    }
    for (const UsageLine &line : invoice.lines) {
        const QString product =
                line.productName.isEmpty() ? line.key.offeringItem : line.productName;
        html += QStringLiteral("<tr>") + cell(product) +
                cell(line.quantity
                             ? quantityWithUnit(*line.quantity, line.measurementUnit, QLocale())
                             : QStringLiteral("\u2014"),
                     true) +
                cell(line.sellPrice ? prices.withCurrency(*line.sellPrice, line.currency)
                                    : tr("no price"),
                     true) +
                cell(line.sellAmount ? amounts.withCurrency(*line.sellAmount, line.currency)
                                     : tr("not priced"),
                     true) +
                QStringLiteral("</tr>");
    }
    const auto total = [&](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td colspan=\"3\"><b>%1</b></td><td align=\"right\"><b>%2</b>"
                              "</td></tr>")
                .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    html += total(tr("Usage"), money(invoice.usageSell, currency));
    html += total(invoice.rampUp ? tr("Minimum commitment shortfall (waived: ramp-up month)")
                                 : tr("Minimum commitment shortfall"),
                  money(invoice.shortfall, currency));
    html += total(tr("Total"), money(invoice.totalSell, currency));
    html += QStringLiteral("</table>");
    if (invoice.unpricedLines > 0)
        html += QStringLiteral("<p>%1</p>")
                        .arg(tr("%n line(s) without a price are listed but not charged.", nullptr,
                                invoice.unpricedLines)
                                     .toHtmlEscaped());
    return html;
}

bool InvoicesPage::writeStatement(int row, const QString &path, QString *error) const
{
    if (row < 0 || row >= m_outcome.invoices.size()) {
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
        pdf.setTitle(tr("Statement for %1").arg(m_outcome.invoices.at(row).name));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        QTextDocument document;
        document.setHtml(statementHtml(m_outcome.invoices.at(row), m_outcome.instanceName));
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
            tr("Exported %n invoice(s) to %1.", nullptr, int(m_outcome.invoices.size())).arg(path));
}

QDialog *InvoicesPage::openStatement(int row)
{
    if (row < 0 || row >= m_outcome.invoices.size())
        return nullptr;
    m_table->selectRow(row);
    const Invoice &invoice = m_outcome.invoices.at(row);
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    Ui::StatementDialog ui;
    ui.setupUi(dialog);
    dialog->setWindowTitle(tr("Statement for %1").arg(invoice.name));
    ui.statementView->setHtml(statementHtml(invoice, m_outcome.instanceName));
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
    const Invoice &invoice = m_outcome.invoices.at(row);
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
