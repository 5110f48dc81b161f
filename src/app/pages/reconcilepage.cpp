#include "reconcilepage.h"

#include "core/money.h"
#include "core/moneycolumn.h"
#include "core/month.h"
#include "core/reconciliation.h"
#include "core/timetext.h"
#include "frozencolumnview.h"
#include "monthchoice.h"
#include "notinvoicednotice.h"
#include "prompts.h"
#include "services/cataloguereader.h"
#include "services/savedfile.h"
#include "ui_reconcilepage.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableWidget>

namespace csp {

namespace {

// A quantity, exactly as reported, right-aligned.
QStandardItem *number(const std::optional<Decimal> &value)
{
    auto *item = new QStandardItem(
            figureOr(value, [](Decimal figure) { return figure.localeText(QLocale()); }));
    item->setTextAlignment(MoneyColumn::Alignment);
    return item;
}

void setHeaders(QTableWidget *table, const QStringList &headers)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->resizeColumnsToContents();
}

} // namespace

ReconcilePage::ReconcilePage(std::shared_ptr<Database> database, SecretStore &secrets,
                             QNetworkAccessManager &network, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_service(new ReconcileService(std::move(database), secrets, network, {}, this))
{
    setObjectName(QStringLiteral("reconcilePage"));
    buildLayout();
    connect(m_service, &ReconcileService::progress, this,
            [this](const QString &step) { m_statusLine->setText(step); });
    connect(m_service, &ReconcileService::finished, this, &ReconcilePage::showOutcome);
    reloadInstances();
}

ReconcilePage::~ReconcilePage() = default;

void ReconcilePage::buildLayout()
{
    Ui::ReconcilePage ui;
    ui.setupUi(this);
    m_instance = ui.reconcileInstance;
    m_month = ui.reconcileMonth;
    m_jump = ui.reconcileJump;
    m_jump->setMaximum(MaxJumpPercent); // the one range and default, also the command line's
    m_jump->setValue(DefaultJumpPercent);
    m_run = ui.reconcileRun;
    m_export = ui.reconcileExport;
    m_banner = ui.reconcileBanner;
    m_findings = ui.reconcileFindings;
    m_rows = ui.reconcileRows;
    m_statusLine = ui.reconcileStatusLine;
    m_notInvoiced = ui.reconcileNotInvoiced;
    fillClosedMonths(m_month);
    m_banner->hide();
    setHeaders(m_findings,
               {tr("Flag"), tr("Service provider or tenant"), tr("Customer id"),
                tr("What was found")});
    m_rowModel = new QStandardItemModel(this);
    m_rowModel->setHorizontalHeaderLabels({tr("Service provider"), tr("Product"), tr("Location"),
                                           tr("Estimate"), tr("Report"), tr("Difference"),
                                           tr("Month before"), tr("Report amount"), tr("Flags")});
    m_rows->setModel(m_rowModel); // the provider's name stays in sight when scrolled sideways
    m_rows->resizeColumnsToContents();
    ui.reconcileSplitter->setStretchFactor(1, 3);
    ui.reconcileSplitter->setSizes({140, 460}); // the flags are few; the rows many
    connect(m_run, &QPushButton::clicked, this,
            [this] { reconcile(m_month->currentData().toDate()); });
    connect(m_instance, &QComboBox::currentIndexChanged, this, &ReconcilePage::showHint);
    connect(m_month, &QComboBox::currentIndexChanged, this, &ReconcilePage::showHint);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
                this, tr("Export the Reconciliation"),
                QStringLiteral("reconcile-%1-%2.csv")
                        .arg(m_instance->currentText(), monthKey(m_outcome.reconciliation.month)),
                tr("CSV files (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportCsv(path, &error))
            Prompts::warn(this, tr("Not exported"), error);
    });
}

void ReconcilePage::reloadInstances()
{
    const QString current = m_instance->currentData().toString();
    m_instance->clear();
    const auto instances = CatalogueReader(m_database).instances();
    if (!instances)
        m_statusLine->setText(instances.error().message);
    for (const Instance &instance : instances.valueOr({}))
        m_instance->addItem(instance.systemName, instance.id);
    m_instance->setCurrentIndex(qMax(0, m_instance->findData(current)));
    m_run->setEnabled(m_instance->count() > 0 && !m_running);
    showHint();
}

void ReconcilePage::showHint()
{
    if (m_running)
        return;
    m_statusLine->setText(closedMonthHint(m_instance, m_month,
                                          tr("Reconcile compares the usage report of %1 with "
                                             "the estimates of %2 recorded during the month.")));
}

void ReconcilePage::reconcile(QDate month)
{
    if (m_running || m_instance->currentIndex() < 0)
        return;
    const auto instance =
            CatalogueReader(m_database).instance(m_instance->currentData().toString());
    if (!instance)
        return m_statusLine->setText(instance.error().message);
    m_running = true;
    m_run->setEnabled(false);
    m_rowModel->setRowCount(0);
    m_findings->setRowCount(0);
    m_banner->hide();
    m_notInvoiced->hide();
    m_service->start(*instance, month, Decimal::fromInteger(m_jump->value()));
}

void ReconcilePage::showOutcome(const ReconcileOutcome &outcome)
{
    m_running = false;
    m_run->setEnabled(true);
    m_outcome = outcome;
    m_export->setEnabled(outcome.ok());
    if (!outcome.ok()) {
        m_statusLine->setText(outcome.error->message);
        emit reconciled(outcome);
        return;
    }
    const Reconciliation &result = outcome.reconciliation;
    QStringList notes;
    if (!outcome.priceListWarning.isEmpty())
        notes << outcome.priceListWarning;
    else if (outcome.priceList)
        notes << tr("Priced with the prices in effect when %1 ended (Get Services Definition "
                    "of %2).")
                         .arg(monthKey(result.month), timeText(outcome.priceList->finishedAt));
    notes << outcome.warnings;
    m_banner->setText(notes.join(u' '));
    m_banner->setVisible(!notes.isEmpty());
    showNotInvoiced(m_notInvoiced, outcome.notInvoiced, result.month);
    fillFindings(result);
    fillRows(result);
    m_statusLine->setText(
            result.findings.isEmpty()
                    ? tr("%1: %n line(s), nothing flagged.", nullptr, int(result.rows.size()))
                              .arg(monthKey(result.month))
                    : tr("%1: %n flag(s) to look at before invoicing.", nullptr,
                         int(result.findings.size()))
                              .arg(monthKey(result.month)));
    emit reconciled(outcome);
}

void ReconcilePage::fillFindings(const Reconciliation &result)
{
    m_findings->setRowCount(int(result.findings.size()));
    for (int row = 0; row < result.findings.size(); ++row) {
        const ReconcileFinding &finding = result.findings.at(row);
        m_findings->setItem(row, 0, new QTableWidgetItem(reconcileFlagLabel(finding.flag)));
        m_findings->setItem(
                row, 1,
                new QTableWidgetItem(finding.name.isEmpty() ? finding.tenantId : finding.name));
        m_findings->setItem(row, 2, new QTableWidgetItem(finding.customerId));
        m_findings->setItem(row, 3, new QTableWidgetItem(finding.detail));
    }
    m_findings->resizeColumnsToContents();
}

void ReconcilePage::fillRows(const Reconciliation &result)
{
    MoneyColumn amounts;
    for (const ReconcileRow &line : result.rows)
        amounts.include(line.reportedAmount, line.currency);
    m_rowModel->setRowCount(0);
    for (const ReconcileRow &line : result.rows) {
        QStringList flags;
        for (const ReconcileFlag flag : line.flags)
            flags.append(reconcileFlagLabel(flag));
        auto *amount = new QStandardItem(figureOr(line.reportedAmount, [&](Decimal figure) {
            return amounts.withCurrency(figure, line.currency);
        }));
        amount->setTextAlignment(MoneyColumn::Alignment);
        const QList<QStandardItem *> cells{new QStandardItem(line.name),
                                           new QStandardItem(line.productName),
                                           new QStandardItem(line.location),
                                           number(line.estimated),
                                           number(line.reported),
                                           number(line.difference),
                                           number(line.previous),
                                           amount,
                                           new QStandardItem(flags.join(QStringLiteral(", ")))};
        cells.first()->setToolTip(line.name);
        for (QStandardItem *cell : cells) {
            QFont font = cell->font();
            font.setBold(!flags.isEmpty());
            cell->setFont(font);
        }
        m_rowModel->appendRow(cells);
    }
    m_rows->resizeColumnsToContents();
}

bool ReconcilePage::exportCsv(const QString &path, QString *error) const
{
    return saveFileWhole(path, reconcileCsv(m_outcome.reconciliation.rows).toUtf8(), error);
}

} // namespace csp
