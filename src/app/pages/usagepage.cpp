#include "usagepage.h"

#include "core/currency.h"
#include "core/money.h"
#include "core/moneycolumn.h"
#include "core/month.h"
#include "core/timetext.h"
#include "frozencolumnview.h"
#include "monthchoice.h"
#include "notinvoicednotice.h"
#include "prompts.h"
#include "services/cataloguereader.h"
#include "services/contractservice.h"
#include "services/savedfile.h"
#include "tablefooter.h"
#include "ui_usagepage.h"
#include "usagechart.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableWidget>

namespace csp {

namespace {

// The columns of the providers table, in the order shown: the commitment beside the sell total
// it is measured by, so both are in sight without scrolling.
enum ProviderColumn {
    NameColumn,
    SellColumn,
    CommitmentColumn,
    CostColumn,
    MarginColumn,
    MarginPercentColumn,
    UnpricedColumn,
    CustomerIdColumn,
    ProviderColumns
};

// On a provider's name: its place in the outcome, whichever way the table is sorted.
constexpr int OutcomeIndexRole = Qt::UserRole + 2;

// Sorts by the number in SortRole (Decimal units), not by the shown text.
class NumberItem : public QStandardItem
{
public:
    static constexpr int SortRole = Qt::UserRole + 1;

    NumberItem(const QString &text, qint64 value)
        : QStandardItem(text)
    {
        setData(value, SortRole);
        setTextAlignment(MoneyColumn::Alignment);
    }
    bool operator<(const QStandardItem &other) const override
    {
        return data(SortRole).toLongLong() < other.data(SortRole).toLongLong();
    }
};

// "312.40 of 500.00 EUR", sorted by the share of the commitment used.
QStandardItem *commitmentItem(const ContractStanding &standing, Decimal sell,
                              const QString &currency)
{
    const double share = standing.consumedShare(sell);
    return new NumberItem(standing.consumptionText(sell, currency, QLocale()),
                          static_cast<qint64>(share * 1'000'000));
}

QString amount(Decimal value, const QString &currency)
{
    return moneyWithCurrency(value, currency, QLocale());
}

// Every currency's figure, "1,234.50 EUR; 3.00 USD", never added together; the primary
// currency's zero when there is none.
QString amounts(const UsageTotals &totals, const QString &primaryCurrency,
                Decimal CurrencyTotal::*figure)
{
    QStringList parts;
    for (const CurrencyTotal &total : totals.byCurrency())
        parts.append(amount(total.*figure, total.currency));
    return parts.isEmpty() ? amount(Decimal(), primaryCurrency) : parts.join(QStringLiteral("; "));
}

QString margins(const UsageTotals &totals, const QString &primaryCurrency)
{
    QStringList parts;
    for (const CurrencyTotal &total : totals.byCurrency()) {
        const auto margin = total.margin();
        parts.append(
                figureOr(margin, [&](Decimal figure) { return amount(figure, total.currency); }));
    }
    return parts.isEmpty() ? amount(Decimal(), primaryCurrency) : parts.join(QStringLiteral("; "));
}

// In the user's locale, exactly: "1,000", "320.4346", "2.10" (a price in a currency with cents).
QString exact(Decimal value)
{
    return value.localeText(QLocale());
}

} // namespace

UsagePage::UsagePage(std::shared_ptr<Database> database, SecretStore &secrets,
                     QNetworkAccessManager &network, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    m_service = new UsageService(std::move(database), secrets, network, {}, this);
    connect(m_service, &UsageService::progress, this,
            [this](const QString &step) { m_statusLine->setText(step); });
    connect(m_service, &UsageService::finished, this, &UsagePage::showOutcome);
    buildLayout();
    reloadInstances();
}

UsagePage::~UsagePage() = default;

void UsagePage::buildLayout()
{
    Ui::UsagePage ui;
    ui.setupUi(this);
    m_instance = ui.usageInstance;
    m_source = ui.usageSource;
    m_month = ui.usageMonth;
    m_refresh = ui.readUsageButton;
    m_export = ui.exportUsageButton;
    m_banner = ui.usageBanner;
    m_providers = ui.usageProviders;
    m_lines = ui.usageLines;
    m_totals = ui.usageTotals;
    m_chartBy = ui.usageChartBy;
    m_chart = ui.usageChartPanel;
    m_statusLine = ui.usageStatusLine;
    m_notInvoiced = ui.usageNotInvoiced;
    m_source->addItem(tr("Current usage (estimates)"));
    m_source->addItem(tr("A closed month (usage report)"));
    fillClosedMonths(m_month);
    connect(m_source, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_month->setEnabled(index == 1); });
    // What is on screen belongs to the choice it was read for: another choice clears it.
    for (QComboBox *choice : {m_instance, m_source, m_month})
        connect(choice, &QComboBox::currentIndexChanged, this, &UsagePage::forgetOutcome);
    connect(m_refresh, &QPushButton::clicked, this, [this] { refresh(chosenMonth()); });
    connect(m_export, &QPushButton::clicked, this, &UsagePage::chooseExportFile);
    m_banner->hide();

    m_providerRows = new QStandardItemModel(0, ProviderColumns, this);
    m_providerRows->setHorizontalHeaderLabels({tr("Service provider"), tr("Sell"), tr("Commitment"),
                                               tr("Cost"), tr("Margin"), tr("Margin %"),
                                               tr("Unpriced lines"), tr("Customer id")});
    m_providers->setModel(m_providerRows);
    m_lines->setColumnCount(7);
    m_lines->setHorizontalHeaderLabels({tr("Product"), tr("Quantity"), tr("Unit"), tr("Sell price"),
                                        tr("Sell"), tr("Cost"), tr("Note")});
    m_providers->resizeColumnsToContents(); // empty, the headers set the widths: none is clipped
    m_lines->resizeColumnsToContents();
    connect(m_providers->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsagePage::showLines);
    m_totalRow = new QStandardItemModel(1, ProviderColumns, this);
    m_totals->setModel(m_totalRow);
    m_totals->fitHeight();
    m_totals->follow(m_providers); // under its columns, however sized, moved or scrolled
    m_totals->hide();              // until there is something to add up

    m_chartBy->addItem(tr("Sell and cost per service provider"));
    m_chartBy->addItem(tr("Sell and cost per application"));
    connect(m_chartBy, &QComboBox::currentIndexChanged, this, &UsagePage::showChart);
}

void UsagePage::reloadInstances()
{
    const QString current = m_instance->currentData().toString();
    m_instance->clear();
    int withProviders = -1; // by default, the first instance that has service providers
    QSet<QString> provided;
    const CatalogueReader reader(m_database);
    const auto providers = reader.providers();
    const auto instances = reader.instances();
    for (const auto *error :
         {providers ? nullptr : &providers.error(), instances ? nullptr : &instances.error()}) {
        if (error)
            m_statusLine->setText(error->message); // not an empty list in its place
    }
    for (const Provider &provider : providers.valueOr({}))
        provided.insert(provider.instanceId);
    for (const Instance &instance : instances.valueOr({})) {
        m_instance->addItem(instance.systemName, instance.id);
        if (withProviders < 0 && provided.contains(instance.id))
            withProviders = m_instance->count() - 1;
    }
    const int kept = m_instance->findData(current);
    m_instance->setCurrentIndex(kept >= 0 ? kept : std::max(0, withProviders));
    m_refresh->setEnabled(m_instance->count() > 0 && !isBusy());
}

void UsagePage::refresh(std::optional<QDate> month)
{
    if (isBusy() || m_instance->currentIndex() < 0)
        return;
    const auto instance =
            CatalogueReader(m_database).instance(m_instance->currentData().toString());
    if (!instance)
        return m_statusLine->setText(instance.error().message);
    UsageRequest request;
    request.month = month;
    m_everRead = true;
    m_refresh->setEnabled(false);
    m_service->start(*instance, request);
}

void UsagePage::readIfNeverRead()
{
    if (!m_everRead && m_instance->count() > 0)
        refresh();
}

bool UsagePage::isBusy() const
{
    return m_service->isRunning();
}

QString UsagePage::statusText() const
{
    return m_statusLine->text();
}

QChart *UsagePage::chart() const
{
    return m_chart->chart();
}

std::optional<QDate> UsagePage::chosenMonth() const
{
    if (m_source->currentIndex() != 1)
        return std::nullopt;
    return m_month->currentData().toDate();
}

void UsagePage::forgetOutcome()
{
    if (isBusy() || !m_export->isEnabled())
        return;
    m_outcome = {};
    m_providerRows->setRowCount(0);
    m_lines->setRowCount(0);
    m_totalRow->removeRows(0, 1);
    m_totalRow->setRowCount(1);
    m_totals->hide();
    m_banner->hide();
    m_notInvoiced->hide();
    m_export->setEnabled(false);
    m_chart->clear(tr("Read Usage to see this choice."));
    m_statusLine->setText(
            chosenMonth()
                    ? tr("Read Usage to see the usage report of %1.").arg(m_month->currentText())
                    : tr("Read Usage to see the current usage counters."));
}

// Each provider's contract in the outcome's month (the current one for the counters).
QHash<QString, ContractStanding> UsagePage::standingsOf(const UsageOutcome &outcome) const
{
    if (outcome.providers.isEmpty())
        return {};
    QList<Provider> providers;
    for (const ProviderUsage &usage : outcome.providers)
        providers.append(usage.provider);
    const QDate month = outcome.estimate ? QDateTime::currentDateTimeUtc().date() : outcome.month;
    auto standings =
            ContractService(m_database).standingsIn(providers.first().instanceId, month, providers);
    if (!standings) {
        m_banner->setText(m_banner->text() + u' ' + standings.error().message);
        return {};
    }
    return *standings;
}

void UsagePage::showOutcome(const UsageOutcome &outcome)
{
    m_refresh->setEnabled(true);
    if (!outcome.ok()) {
        m_statusLine->setText(outcome.error->message);
        // Nothing to read is said in the status line; a failure to read also in a dialog.
        const bool nothingToRead = outcome.error->kind == ErrorKind::InvalidInput ||
                outcome.error->kind == ErrorKind::NotFound;
        if (!nothingToRead)
            Prompts::warn(this, tr("Usage"), outcome.error->message);
        emit usageRead(outcome);
        return;
    }
    m_outcome = outcome;
    QString banner = outcome.estimate
            ? tr("These are Acronis' current usage counters: estimates, refreshed every few "
                 "hours, priced with today's prices. Invoice from the monthly usage report "
                 "(choose a closed month).")
            : tr("Usage in %1 from Acronis' usage report, priced with the prices and discount in "
                 "effect when the month ended.")
                      .arg(monthKey(outcome.month));
    if (outcome.priceList)
        banner += u' ' +
                tr("Price list: Get Services Definition of %1.")
                        .arg(timeText(outcome.priceList->finishedAt));
    if (!outcome.priceListWarning.isEmpty())
        banner += u' ' + outcome.priceListWarning;
    for (const QString &warning : outcome.warnings)
        banner += u' ' + warning;
    if (outcome.totals.byCurrency().size() > 1)
        banner += u' ' +
                tr("Some prices are in another currency than %1; their amounts are totalled "
                   "apart, never added.")
                        .arg(outcome.currency);
    m_banner->setText(banner);
    m_banner->show();
    showNotInvoiced(m_notInvoiced, outcome.notInvoiced, outcome.month);
    const QString &currency = outcome.currency;
    const QHash<QString, ContractStanding> standings = standingsOf(outcome);
    const QString kept = selectedProviderId(); // before the rows go
    const QSignalBlocker blocker(m_providers->selectionModel());
    m_providerRows->setRowCount(0);
    for (int index = 0; index < outcome.providers.size(); ++index)
        m_providerRows->appendRow(
                providerRow(outcome.providers[index], index, currency,
                            standings.value(outcome.providers[index].provider.id)));
    m_providers->sortByColumn(SellColumn, Qt::DescendingOrder);
    showTotals(outcome);
    m_providers->resizeColumnsToContents();
    m_totals->resizeColumnsToContents();
    // A column is as wide as its widest figure, the total included (which is never cut short).
    // The totals' widths are read first: each width set on the table is copied to the totals row.
    QList<int> totalWidths;
    for (int column = 0; column < ProviderColumns; ++column)
        totalWidths.append(m_totals->columnWidth(column));
    for (int column = 0; column < ProviderColumns; ++column)
        m_providers->setColumnWidth(
                column, std::max(m_providers->columnWidth(column), totalWidths.at(column)));
    m_export->setEnabled(true);
    m_statusLine->setText(tr("%1 service provider(s): sell %2, cost %3, margin %4; %5 line(s) "
                             "without a product or price are listed but not counted.")
                                  .arg(outcome.providers.size())
                                  .arg(amounts(outcome.totals, currency, &CurrencyTotal::sell),
                                       amounts(outcome.totals, currency, &CurrencyTotal::cost),
                                       margins(outcome.totals, currency))
                                  .arg(outcome.totals.unpricedLines()));
    selectProvider(kept);
    showLines();
    showChart();
    emit usageRead(outcome);
}

// One row of the providers table: `index` is the provider's place in the outcome.
QList<QStandardItem *> UsagePage::providerRow(const ProviderUsage &usage, int index,
                                              const QString &currency,
                                              const ContractStanding &standing) const
{
    auto *name = new QStandardItem(usage.provider.name);
    name->setData(index, OutcomeIndexRole);
    name->setData(usage.provider.id, ProviderIdRole);
    name->setToolTip(usage.provider.name);
    const UsageTotals &totals = usage.totals;
    // Sorted and charted by the primary currency; other currencies are shown beside it.
    const CurrencyTotal primary = totals.in(currency);
    const auto margin = primary.margin();
    const auto percent = marginPercent(primary.sell, primary.cost);
    QList<QStandardItem *> cells(ProviderColumns);
    cells[NameColumn] = name;
    cells[SellColumn] =
            new NumberItem(amounts(totals, currency, &CurrencyTotal::sell), primary.sell.units());
    cells[CommitmentColumn] = commitmentItem(standing, primary.sell, currency);
    cells[CostColumn] =
            new NumberItem(amounts(totals, currency, &CurrencyTotal::cost), primary.cost.units());
    cells[MarginColumn] = new NumberItem(margins(totals, currency), margin ? margin->units() : 0);
    cells[MarginPercentColumn] = new NumberItem(
            figureOr(percent, [](Decimal figure) { return percentText(figure, QLocale()); }),
            percent ? percent->units() : 0);
    cells[UnpricedColumn] =
            new NumberItem(QLocale().toString(totals.unpricedLines()), totals.unpricedLines());
    cells[CustomerIdColumn] = new QStandardItem(usage.provider.customerId);
    return cells;
}

QString UsagePage::selectedProviderId() const
{
    const QModelIndex current = m_providers->currentIndex();
    return current.isValid() ? current.siblingAtColumn(NameColumn).data(ProviderIdRole).toString()
                             : QString();
}

// The provider the admin was looking at stays chosen across a new read, wherever the sort puts
// it; the first row when it is not there (any more).
void UsagePage::selectProvider(const QString &providerId)
{
    int row = 0;
    for (int each = 0; each < m_providerRows->rowCount() && !providerId.isEmpty(); ++each) {
        if (m_providerRows->index(each, NameColumn).data(ProviderIdRole).toString() == providerId)
            row = each;
    }
    if (m_providerRows->rowCount() > 0)
        m_providers->setCurrentIndex(m_providerRows->index(row, NameColumn));
}

void UsagePage::showTotals(const UsageOutcome &outcome)
{
    const QString &currency = outcome.currency;
    const CurrencyTotal primary = outcome.totals.in(currency);
    const auto percent = marginPercent(primary.sell, primary.cost);
    QHash<int, QString> cells{
            {NameColumn,
             tr("Total (%n service provider(s))", nullptr, int(outcome.providers.size()))},
            {SellColumn, amounts(outcome.totals, currency, &CurrencyTotal::sell)},
            {CostColumn, amounts(outcome.totals, currency, &CurrencyTotal::cost)},
            {MarginColumn, margins(outcome.totals, currency)},
            {MarginPercentColumn,
             figureOr(percent, [](Decimal figure) { return percentText(figure, QLocale()); })},
            {UnpricedColumn, QLocale().toString(outcome.totals.unpricedLines())}};
    m_totals->show();
    QFont bold = m_totals->font();
    bold.setBold(true);
    for (int column = 0; column < ProviderColumns; ++column) {
        auto *item = new QStandardItem(cells.value(column));
        item->setFont(bold);
        if (column != NameColumn)
            item->setTextAlignment(MoneyColumn::Alignment);
        m_totalRow->setItem(0, column, item);
    }
}

// The detail table's columns that hold figures: right-aligned, prices with aligned points.
enum LineColumn {
    ProductColumn,
    QuantityColumn,
    UnitColumn,
    PriceColumn,
    LineSellColumn,
    LineCostColumn,
    NoteColumn
};

void UsagePage::showLines()
{
    m_lines->setRowCount(0);
    const QModelIndex current = m_providers->currentIndex();
    if (!current.isValid())
        return;
    const int index = current.siblingAtColumn(NameColumn).data(OutcomeIndexRole).toInt();
    const ProviderUsage &usage = m_outcome.providers.at(index);
    MoneyColumn prices;
    MoneyColumn sells;
    MoneyColumn costs;
    for (const UsageLine &line : usage.lines) {
        prices.include(line.sellPrice, line.currency);
        sells.include(line.sellAmount, line.currency);
        costs.include(line.costAmount, line.currency);
    }
    for (const UsageLine &line : usage.lines) {
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        const auto money = [&](const MoneyColumn &column,
                               const std::optional<Decimal> &value) -> QString {
            return figureOr(value, [&](Decimal figure) {
                return column.withCurrency(figure, line.currency);
            });
        };
        const QStringList cells{
                line.productName.isEmpty() ? line.key.offeringItem : line.productName,
                figureOr(line.quantity, [](Decimal quantity) { return exact(quantity); }),
                soldUnitLabel(line.measurementUnit),
                figureOr(line.sellPrice, [&](Decimal price) { return prices.text(price); }),
                money(sells, line.sellAmount),
                money(costs, line.costAmount),
                lineNote(line)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column == QuantityColumn || (column >= PriceColumn && column <= LineCostColumn))
                item->setTextAlignment(MoneyColumn::Alignment);
            m_lines->setItem(row, column, item);
        }
    }
    m_lines->resizeColumnsToContents();
}

QString UsagePage::lineNote(const UsageLine &line) const
{
    if (line.status == UsageLineStatus::Priced)
        return line.currency == m_outcome.currency
                ? QString()
                : tr("priced in %1, not %2").arg(line.currency, m_outcome.currency);
    return line.status == UsageLineStatus::NoProduct  ? tr("no product of this instance matches")
            : line.status == UsageLineStatus::NoPrice ? tr("the product has no sell price")
                                                      : tr("too large to price exactly");
}

void UsagePage::setChartBy(ChartBy by)
{
    m_chartBy->setCurrentIndex(by == ChartBy::Provider ? 0 : 1);
}

void UsagePage::showChart()
{
    m_chart->show(m_outcome,
                  m_chartBy->currentIndex() == 0 ? UsageChart::By::Provider
                                                 : UsageChart::By::Application);
}

bool UsagePage::exportCsv(const QString &path, QString *error) const
{
    return saveFileWhole(path, usageCsv(m_outcome.allLines()).toUtf8(), error);
}

// "usage-Acronis EU-2026-11.csv" for a month's report, "usage-Acronis EU-estimate-2026-12-06.csv"
// for the counters: files of different months never take each other's name.
QString UsagePage::exportFileName() const
{
    QString instance = m_instance->currentText();
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|])"));
    instance.replace(unsafe, QStringLiteral("-"));
    const QString when = m_outcome.estimate
            ? QStringLiteral("estimate-") + QDate::currentDate().toString(Qt::ISODate)
            : monthKey(m_outcome.month);
    return QStringLiteral("usage-%1-%2.csv").arg(instance, when);
}

void UsagePage::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Usage"), exportFileName(),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        return Prompts::warn(this, tr("Export Usage"), error);
    m_statusLine->setText(
            tr("Exported %1 line(s) to %2.").arg(m_outcome.allLines().size()).arg(path));
}

} // namespace csp
