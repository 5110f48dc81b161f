#include "tiersdialog.h"

#include "core/money.h"
#include "services/contractservice.h"
#include "services/pricecheck.h"
#include "ui_tiersdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QTableWidget>

namespace csp {

namespace {

// Each cell keeps the value it was shown with, to tell an edit from a look.
constexpr int OriginalRole = Qt::UserRole;
constexpr int NewRowRole = Qt::UserRole + 1;

QTableWidgetItem *cell(const QVariant &value, bool editable = true)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::EditRole, value);
    item->setData(OriginalRole, value);
    if (!editable)
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

// Acronis' "150" as money, "150.00"; what is no number as Acronis wrote it.
QString commitmentText(const QString &acronis, const QString &currency)
{
    const auto value = Decimal::parse(acronis.trimmed());
    return value ? moneyText(*value, currency, QLocale()) : acronis;
}

bool edited(const QTableWidgetItem *item)
{
    return item->data(Qt::EditRole) != item->data(OriginalRole);
}

// The tier Acronis keeps (tier_level_value) by the name people know it by, chosen from the
// values Acronis knows.
class LevelDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant &value, const QLocale &) const override
    {
        return ContractRules::levelName(value.toInt());
    }
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *levels = new QComboBox(parent);
        for (int level = ContractRules::MinLevelValue; level <= ContractRules::MaxLevelValue;
             ++level)
            levels->addItem(ContractRules::levelName(level), level);
        return levels;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *levels = qobject_cast<QComboBox *>(editor))
            levels->setCurrentIndex(levels->findData(index.data(Qt::EditRole).toInt()));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        if (auto *levels = qobject_cast<QComboBox *>(editor))
            model->setData(index, levels->currentData(), Qt::EditRole);
    }
};

} // namespace

TiersDialog::TiersDialog(std::shared_ptr<Database> database, const Instance &instance,
                         QWidget *parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_instance(instance)
{
    Ui::TiersDialog ui;
    ui.setupUi(this);
    setWindowTitle(tr("Contract Tiers \u2013 %1").arg(instance.systemName));
    ui.tiersIntro->setText(tr("The commitment tiers of the CSP contracts of %1. Enter each "
                              "minimum monthly commitment from the distributor's agreement, "
                              "in %2; a changed commitment invoices the months that end after "
                              "the change.")
                                   .arg(instance.systemName, instance.primaryCurrency));
    m_table = ui.tiersTable;
    m_table->setColumnCount(5);
    showAcronisCommitment(ui.acronisCommitmentLabel);
    m_table->setItemDelegateForColumn(LevelColumn, new LevelDelegate(m_table));
    m_table->setHorizontalHeaderLabels({tr("Tier"), tr("Name"), tr("At Acronis"),
                                        tr("Minimum commitment (%1)").arg(instance.primaryCurrency),
                                        tr("Promo")});
    m_table->horizontalHeaderItem(LevelColumn)
            ->setToolTip(tr("The commitment tier a service provider of this tier is set to at "
                            "Acronis"));
    m_error = ui.tiersError;
    m_error->hide();
    QDialogButtonBox *buttons = ui.tiersButtons;
    QPushButton *add = buttons->addButton(tr("&Add Tier"), QDialogButtonBox::ActionRole);
    connect(add, &QPushButton::clicked, this, &TiersDialog::addTierRow);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemChanged, this, &TiersDialog::writeCommitmentAsMoney);
    const auto tiers = ContractService(m_database).tiers(instance.id);
    if (tiers) {
        showTiers(*tiers);
    } else {
        m_error->setText(tiers.error().message);
        m_error->show();
    }
    resize(720, 420);
}

// A commitment typed "150" is shown as the money it is, "150.00"; text that is no number stays
// as typed, for save() to name the problem.
void TiersDialog::writeCommitmentAsMoney(QTableWidgetItem *item)
{
    if (item->column() != CommitmentColumn)
        return;
    const auto value = Decimal::parse(item->text().trimmed(), QLocale());
    if (!value)
        return;
    const QString money = moneyText(*value, m_instance.primaryCurrency, QLocale());
    if (money != item->text()) {
        const QSignalBlocker blocker(m_table);
        item->setText(money);
    }
}

void TiersDialog::showAcronisCommitment(QLabel *label)
{
    // What Acronis' price list said at its last check: the distributor's own commitment, which
    // none of the tiers below is.
    const auto last = PriceCheck::last(m_database, m_instance.id);
    if (!last || !*last || (*last)->commitment.isEmpty())
        return;
    const PriceCheckSummary &check = **last;
    label->setText(tr("Acronis lists a commitment of %1 %2 for %3 (price list %4): the "
                      "distributor's own commitment to Acronis, not a service "
                      "provider's. It is read by 'Check against Acronis' price "
                      "list…' and the nightly run.")
                           .arg(commitmentText(check.commitment, check.currency), check.currency,
                                check.month, check.pricelistCode));
    label->show();
}

void TiersDialog::showTiers(const QList<ContractTier> &tiers)
{
    m_table->setRowCount(0);
    for (const ContractTier &tier : tiers)
        appendRow(tier);
    m_table->resizeColumnsToContents();
}

void TiersDialog::appendRow(const std::optional<ContractTier> &tier)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    QTableWidgetItem *key = cell(tier ? tier->key : QString(), !tier);
    key->setData(NewRowRole, !tier);
    m_table->setItem(row, KeyColumn, key);
    m_table->setItem(row, NameColumn, cell(tier ? ContractRules::displayName(*tier) : QString()));
    m_table->setItem(row, LevelColumn, cell(tier ? tier->levelValue : 0));
    const QString commitment = tier
            ? moneyText(tier->minimumCommitment, m_instance.primaryCurrency, QLocale())
            : QString();
    QTableWidgetItem *amount = cell(commitment);
    amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, CommitmentColumn, amount);
    QTableWidgetItem *promo = cell({});
    promo->setFlags((promo->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
    const Qt::CheckState checked = tier && tier->promo ? Qt::Checked : Qt::Unchecked;
    promo->setCheckState(checked);
    promo->setData(OriginalRole, int(checked));
    m_table->setItem(row, PromoColumn, promo);
}

void TiersDialog::addTierRow()
{
    appendRow(std::nullopt);
    m_table->setCurrentCell(m_table->rowCount() - 1, KeyColumn);
    m_table->editItem(m_table->item(m_table->rowCount() - 1, KeyColumn));
}

bool TiersDialog::save()
{
    QList<TierChange> changes;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto item = [&](Column column) {
            return m_table->item(row, column);
        };
        const bool isNew = item(KeyColumn)->data(NewRowRole).toBool();
        TierChange change;
        change.key = item(KeyColumn)->text().trimmed();
        change.locale = QLocale();
        if (isNew && change.key.isEmpty())
            continue; // an added row left empty
        if (isNew || edited(item(NameColumn)))
            change.name = item(NameColumn)->text();
        if (isNew || edited(item(LevelColumn)))
            change.levelValue = item(LevelColumn)->data(Qt::EditRole).toInt();
        if (isNew || edited(item(CommitmentColumn)))
            change.commitment = item(CommitmentColumn)->text().trimmed();
        const int promo = item(PromoColumn)->checkState();
        if (isNew || promo != item(PromoColumn)->data(OriginalRole).toInt())
            change.promo = promo == Qt::Checked;
        if (!isNew && !change.name && !change.levelValue && change.commitment.isEmpty() &&
            !change.promo)
            continue;
        changes.append(change);
    }
    m_savedChanges = 0;
    if (changes.isEmpty())
        return true;
    const auto saved = ContractService(m_database).setTiers(m_instance, changes);
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return false;
    }
    m_error->hide();
    m_savedChanges = int(changes.size());
    return true;
}

QString TiersDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString TiersDialog::savedText() const
{
    if (m_savedChanges == 0)
        return tr("The contract tiers of \u201c%1\u201d are unchanged.").arg(m_instance.systemName);
    return tr("Saved %n changed contract tier(s) of \u201c%1\u201d.", nullptr, m_savedChanges)
            .arg(m_instance.systemName);
}

} // namespace csp
