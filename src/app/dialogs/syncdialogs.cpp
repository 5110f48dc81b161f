#include "syncdialogs.h"

#include "core/money.h"
#include "core/timetext.h"
#include "services/syncjob.h"
#include "ui_synchistorydialog.h"
#include "ui_syncresultdialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace csp {

namespace {

QString kindLabel(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return SyncResultDialog::tr("Added");
    case ChangeKind::Renamed:
        return SyncResultDialog::tr("Renamed");
    case ChangeKind::Updated:
        return SyncResultDialog::tr("Updated");
    case ChangeKind::Retired:
        return SyncResultDialog::tr("Retired");
    case ChangeKind::Unchanged:
        break;
    }
    return SyncResultDialog::tr("Unchanged");
}

QString priceText(const std::optional<Decimal> &price, const QString &currency)
{
    if (!price)
        return SyncResultDialog::tr("no price");
    return currency.isEmpty() ? price->localeText(QLocale())
                              : moneyWithCurrency(*price, currency, QLocale());
}

// "unit, price" as the admin reads it.
QString fieldLabels(const QStringList &fields)
{
    static const QHash<QString, const char *> labels{
            {QStringLiteral("application"), QT_TRANSLATE_NOOP("SyncResultDialog", "application")},
            {QStringLiteral("usage_name"), QT_TRANSLATE_NOOP("SyncResultDialog", "usage name")},
            {QStringLiteral("type"), QT_TRANSLATE_NOOP("SyncResultDialog", "type")},
            {QStringLiteral("measurement_unit"), QT_TRANSLATE_NOOP("SyncResultDialog", "unit")},
            {QStringLiteral("storage"), QT_TRANSLATE_NOOP("SyncResultDialog", "storage")},
            {QStringLiteral("acronis_name"), QT_TRANSLATE_NOOP("SyncResultDialog", "Acronis name")},
            {QStringLiteral("price"), QT_TRANSLATE_NOOP("SyncResultDialog", "price")},
            {QStringLiteral("currency"), QT_TRANSLATE_NOOP("SyncResultDialog", "currency")},
            {QStringLiteral("price_source"), QT_TRANSLATE_NOOP("SyncResultDialog", "price source")},
            {QStringLiteral("status"), QT_TRANSLATE_NOOP("SyncResultDialog", "status")}};
    QStringList words;
    for (const QString &field : fields) {
        const auto label = labels.constFind(field);
        words << (label == labels.cend() ? field
                                         : QCoreApplication::translate("SyncResultDialog", *label));
    }
    return words.join(QStringLiteral(", "));
}

} // namespace

QString runStatusLabel(SyncStatus status)
{
    switch (status) {
    case SyncStatus::Succeeded:
        return SyncHistoryDialog::tr("succeeded");
    case SyncStatus::Failed:
        return SyncHistoryDialog::tr("failed");
    case SyncStatus::Cancelled:
        return SyncHistoryDialog::tr("cancelled");
    case SyncStatus::Running:
        break;
    }
    return SyncHistoryDialog::tr("running");
}

SyncResultDialog::SyncResultDialog(const SyncOutcome &outcome, bool askToApply, QWidget *parent)
    : QDialog(parent)
{
    Ui::SyncResultDialog ui;
    ui.setupUi(this);
    setWindowTitle(askToApply ? tr("Preview of Get Services Definition")
                              : tr("Get Services Definition"));
    const CatalogueDiff &diff = outcome.diff;
    ui.syncSummaryLabel->setText(
            (askToApply ? tr("If applied, \"%1\" gets %2 new, %3 renamed, %4 updated and %5 "
                             "retired product(s); %6 stay as they are.")
                        : tr("\"%1\": %2 added, %3 renamed, %4 updated, %5 retired, %6 unchanged."))
                    .arg(outcome.instanceName)
                    .arg(diff.count(ChangeKind::Added))
                    .arg(diff.count(ChangeKind::Renamed))
                    .arg(diff.count(ChangeKind::Updated))
                    .arg(diff.count(ChangeKind::Retired))
                    .arg(diff.count(ChangeKind::Unchanged)));
    int below = 1; // the warnings, under the summary
    for (const QString &warning : diff.warnings) {
        auto *label = new QLabel(QStringLiteral("\u26a0 ") + warning, this);
        label->setWordWrap(true);
        ui.layout->insertWidget(below++, label);
    }
    QTreeWidget *changes = ui.syncChangesTree;
    changes->setHeaderLabels({tr("Change"), tr("Product"), tr("Sell price"), tr("Price before"),
                              tr("What changed")});
    // In the order the service gives them (kind of change, then name), prices on both sides
    // alike: a price, or "no price"; nothing before a product that is new.
    for (const ProductChange *reviewed : diff.changesToReview()) {
        const ProductChange &change = *reviewed;
        const Product &product = change.product;
        const std::optional<Decimal> &priceBefore =
                change.fields.contains(u"price") ? change.oldPrice : product.sellPrice;
        const QString before = change.kind == ChangeKind::Added
                ? QString()
                : priceText(priceBefore, product.priceCurrency);
        const QString what = change.kind == ChangeKind::Renamed
                ? tr("name, was \"%1\"").arg(change.oldName)
                : change.kind == ChangeKind::Updated ? fieldLabels(change.fields)
                                                     : QString();
        auto *item = new QTreeWidgetItem(changes,
                                         {kindLabel(change.kind), product.name,
                                          priceText(product.sellPrice, product.priceCurrency),
                                          before, what});
        for (int column : {2, 3})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    changes->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    changes->header()->setStretchLastSection(true);
    changes->setVisible(diff.hasChanges());
    QDialogButtonBox *buttons = ui.syncResultButtons;
    if (askToApply) {
        QPushButton *apply = buttons->addButton(tr("&Apply Changes"), QDialogButtonBox::AcceptRole);
        apply->setObjectName(QStringLiteral("applyChangesButton"));
        apply->setEnabled(diff.hasChanges());
        buttons->addButton(QDialogButtonBox::Cancel);
    } else {
        buttons->addButton(QDialogButtonBox::Close);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fitToChanges(changes);
}

// Wide enough for every column at its contents' width (within the screen), high enough for a
// screenful of changes.
void SyncResultDialog::fitToChanges(QTreeWidget *changes)
{
    const QSize available = screen()->availableGeometry().size() * 0.9;
    const QMargins margins = layout()->contentsMargins();
    int columns = 0;
    for (int column = 0; column < changes->columnCount(); ++column) {
        changes->resizeColumnToContents(column);
        columns += changes->columnWidth(column);
    }
    const int width = columns + 2 * changes->frameWidth() +
            changes->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + margins.left() +
            margins.right();
    resize(qBound(720, width, qMax(720, available.width())), qMin(480, available.height()));
}

SyncHistoryDialog::SyncHistoryDialog(const QList<SyncRun> &runs, ChangesOfRun changesOf,
                                     QWidget *parent)
    : QDialog(parent)
    , m_runs(runs)
    , m_changesOf(std::move(changesOf))
{
    Ui::SyncHistoryDialog ui;
    ui.setupUi(this);
    QTableWidget *table = ui.syncHistoryTable;
    table->setRowCount(int(runs.size()));
    table->setColumnCount(10);
    table->setHorizontalHeaderLabels({tr("Started"), tr("Finished"), tr("Started from"),
                                      tr("Result"), tr("Added"), tr("Renamed"), tr("Updated"),
                                      tr("Retired"), tr("Unchanged"), tr("Error or warnings")});
    for (int row = 0; row < runs.size(); ++row) {
        const SyncRun &run = runs.at(row);
        const QString result = runStatusLabel(run.status);
        const QStringList cells = {timeText(run.startedAt),
                                   timeText(run.finishedAt),
                                   syncStartedFromText(run.startedBy),
                                   result,
                                   QLocale().toString(run.added),
                                   QLocale().toString(run.renamed),
                                   QLocale().toString(run.updated),
                                   QLocale().toString(run.retired),
                                   QLocale().toString(run.unchanged),
                                   run.error.isEmpty() ? run.warnings.join(u' ') : run.error};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            table->setItem(row, column, item);
        }
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    m_changes = ui.syncRunChanges;
    m_changes->setHeaderLabels({tr("Change"), tr("Product"), tr("Before"), tr("After")});
    connect(table, &QTableWidget::currentCellChanged, this,
            [this](int row) { showChangesOf(row); });
    connect(ui.syncHistoryButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!runs.isEmpty())
        table->setCurrentCell(0, 0);
    resize(900, 560);
}

void SyncHistoryDialog::showChangesOf(int row)
{
    m_changes->clear();
    if (row < 0 || row >= m_runs.size() || !m_changesOf)
        return;
    const auto changes = m_changesOf(m_runs.at(row));
    if (!changes) {
        new QTreeWidgetItem(m_changes, {QString(), changes.error().message});
        return;
    }
    for (const ProductHistoryEntry &entry : *changes) {
        const ChangeKind kind = changeKindFromKey(entry.kind);
        const bool price = entry.fields.split(u',').contains(u"price");
        QString before = kind == ChangeKind::Renamed ? entry.oldName
                : price                              ? priceText(entry.oldPrice, QString())
                                                     : QString();
        QString after = kind == ChangeKind::Renamed ? entry.newName
                : price                             ? priceText(entry.newPrice, QString())
                        : fieldLabels(entry.fields.split(u',', Qt::SkipEmptyParts));
        new QTreeWidgetItem(m_changes, {kindLabel(kind), entry.newName, before, after});
    }
    m_changes->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

int SyncHistoryDialog::shownChanges() const
{
    return m_changes->topLevelItemCount();
}

} // namespace csp
