#include "pricecheckdialog.h"

#include "core/money.h"
#include "core/moneycolumn.h"
#include "monthchoice.h"
#include "ui_pricecheckdialog.h"

#include <QHeaderView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <limits>

namespace csp {

namespace {

QString percent(const Decimal &value)
{
    return value.localeText(QLocale()) + QStringLiteral("\u00a0%");
}

QStandardItem *textCell(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setData(text.toLower(), PriceCheckDialog::SortRole);
    return item;
}

QStandardItem *numberCell(const QString &text, const std::optional<Decimal> &value)
{
    auto *item = new QStandardItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // No value sorts below every value.
    item->setData(value ? value->units() : std::numeric_limits<qint64>::min(),
                  PriceCheckDialog::SortRole);
    return item;
}

} // namespace

PriceCheckDialog::PriceCheckDialog(std::shared_ptr<Database> database, SecretStore &secrets,
                                   QNetworkAccessManager &network, Instance instance,
                                   QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PriceCheckDialog>())
    , m_check(std::move(database), secrets, network)
    , m_instance(std::move(instance))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Check against Acronis' price list – %1").arg(m_instance.systemName));
    fillRecentMonths(m_ui->monthCombo, 12);
    m_model = new QStandardItemModel(0, ColumnCount, this);
    // (Set here: uic's code for a table's column headers is what clang-tidy refuses.)
    m_model->setHorizontalHeaderLabels({tr("SKU"), tr("Name"), tr("List price"),
                                        tr("Effective price"), tr("Implied discount"),
                                        tr("This program's discount"), tr("Difference")});
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(SortRole);
    m_ui->pricesTable->setModel(m_sorted);
    m_ui->pricesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->pricesTable->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_ui->progressBar->hide();
    connect(&m_check, &PriceCheck::progress, m_ui->statusLabel, &QLabel::setText);
    connect(&m_check, &PriceCheck::finished, this, &PriceCheckDialog::show);
    connect(m_ui->checkButton, &QPushButton::clicked, this, &PriceCheckDialog::run);
    connect(this, &QDialog::rejected, &m_check, &PriceCheck::cancel);
}

PriceCheckDialog::~PriceCheckDialog() = default;

QAbstractItemModel *PriceCheckDialog::table() const
{
    return m_sorted;
}

void PriceCheckDialog::run()
{
    if (m_check.isRunning())
        return;
    m_model->removeRows(0, m_model->rowCount());
    m_ui->listLabel->clear();
    m_ui->progressBar->show();
    m_ui->checkButton->setEnabled(false);
    m_ui->statusLabel->setText(
            tr("Reading Acronis' price list for %1…").arg(m_ui->monthCombo->currentText()));
    m_check.start(m_instance, m_ui->monthCombo->currentData().toDate());
}

void PriceCheckDialog::show(const PriceCheckReport &report)
{
    m_ui->progressBar->hide();
    m_ui->checkButton->setEnabled(true);
    emit checked();
    if (report.error)
        return m_ui->statusLabel->setText(report.error->message);
    const QString month = m_ui->monthCombo->currentText();
    if (!report.listed)
        return m_ui->statusLabel->setText(
                tr("Acronis lists no price list for %1: there is nothing to check.").arg(month));
    const MonthPriceList &list = report.list;
    m_ui->listLabel->setText(tr("Price list %1 in %2. Commitment %3: the distributor's own "
                                "commitment to Acronis, not a service provider's.")
                                     .arg(list.pricelistCode, list.currency, list.commitment));
    MoneyColumn listPrices;
    MoneyColumn effectivePrices;
    for (const PriceCheckRow &row : report.rows) {
        listPrices.include(row.price.listPrice, row.currency);
        effectivePrices.include(row.price.effectivePrice, row.currency);
    }
    for (const PriceCheckRow &row : report.rows) {
        const ListedPrice &price = row.price;
        QString difference = row.difference ? percent(*row.difference) : QString();
        if (row.otherCurrency)
            difference = tr("priced in %1").arg(row.currency);
        QList<QStandardItem *> cells{
                textCell(price.sku),
                textCell(price.friendlyName.isEmpty() ? price.name : price.friendlyName),
                numberCell(listPrices.text(price.listPrice), price.listPrice),
                numberCell(effectivePrices.text(price.effectivePrice), price.effectivePrice),
                numberCell(row.impliedPercent ? percent(*row.impliedPercent) : tr("none"),
                           row.impliedPercent),
                numberCell(percent(row.discountPercent), row.discountPercent),
                numberCell(difference, row.difference)};
        for (QStandardItem *cell : cells) {
            cell->setEditable(false);
            if (row.differs) {
                QFont font = cell->font();
                font.setBold(true);
                cell->setFont(font);
                cell->setToolTip(tr("Differs from the discount this program applies."));
            }
        }
        m_model->appendRow(cells);
    }
    const int differing = report.differing();
    m_ui->statusLabel->setText(
            differing == 0
                    ? tr("All %n SKU(s) of %1 agree with the discount this program applies.",
                         nullptr, int(report.rows.size()))
                              .arg(month)
                    : tr("%n SKU(s) of %1 differ from the discount this program applies (bold): "
                         "check the Distributor Discount and the discounts per product.",
                         nullptr, differing)
                              .arg(month));
}

} // namespace csp
