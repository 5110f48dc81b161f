#include "discountsdialog.h"

#include "core/timetext.h"
#include "services/cataloguereader.h"
#include "ui_discountsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QTableWidget>

namespace csp {

DiscountsDialog::DiscountsDialog(std::shared_ptr<Database> database, const Instance &instance,
                                 QWidget *parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_instance(instance)
{
    setObjectName(QStringLiteral("discountsDialog"));
    setWindowTitle(tr("Discounts of \u201c%1\u201d").arg(instance.systemName));
    buildLayout();
    fillTargets();
    reload();
    resize(820, 440);
}

void DiscountsDialog::buildLayout()
{
    Ui::DiscountsDialog ui;
    ui.setupUi(this);
    m_table = ui.discountTable;
    m_scope = ui.discountScope;
    m_target = ui.discountTarget;
    m_percent = ui.discountPercent;
    m_set = ui.discountSet;
    m_clear = ui.discountClear;
    m_error = ui.discountError;
    QDialogButtonBox *buttons = ui.discountButtons;
    ui.discountsIntro->setText(
            tr("The Distributor Discount (%1 %) prices every product, except where its "
               "application or the product itself has a discount of its own: the most specific "
               "one applies. A change takes effect now; closed months keep the discounts of their "
               "month.")
                    .arg(m_instance.discountPercent.localeText(QLocale())));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Applies to"), tr("Kind"), tr("Discount"), tr("Since")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_scope->addItem(tr("An application's products"), discountScopeKey(DiscountScope::Application));
    m_scope->addItem(tr("One product (every edition and location)"),
                     discountScopeKey(DiscountScope::OfferingItem));
    m_percent->setPlaceholderText(
            tr("e.g. %1").arg(Decimal::parse(u"22.5")->localeText(QLocale())));
    m_error->hide();
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &DiscountsDialog::fillTargets);
    connect(m_set, &QPushButton::clicked, this, &DiscountsDialog::setChosen);
    connect(m_percent, &QLineEdit::returnPressed, this, &DiscountsDialog::setChosen);
    connect(m_clear, &QPushButton::clicked, this, &DiscountsDialog::clearSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_clear->setEnabled(!m_table->selectedItems().isEmpty()); });
}

void DiscountsDialog::fillTargets()
{
    m_target->clear();
    ProductFilter filter;
    filter.instanceId = m_instance.id;
    filter.ordered = false;
    const auto rows = CatalogueReader(m_database).products(filter);
    if (!rows)
        return fail(rows.error().message);
    const bool byApplication =
            m_scope->currentData().toString() == discountScopeKey(DiscountScope::Application);
    QMap<QString, QString> byName; // name → key, sorted by name
    for (const ProductRow &row : *rows) {
        const Product &product = row.product;
        if (byApplication)
            byName.insert(product.applicationName, product.key.applicationId);
        else
            byName.insert(product.name + QStringLiteral(" (") + product.key.offeringItem + u')',
                          product.key.offeringItem);
    }
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        m_target->addItem(it.key(), it.value());
    m_set->setEnabled(m_target->count() > 0);
    if (m_target->count() == 0)
        fail(tr("\u201c%1\u201d has no products yet: run Get Services Definition first.")
                     .arg(m_instance.systemName));
}

void DiscountsDialog::reload()
{
    const auto overrides = DiscountService(m_database).list(m_instance);
    if (!overrides)
        return fail(overrides.error().message);
    m_overrides = *overrides;
    m_table->setRowCount(int(m_overrides.size()));
    for (int row = 0; row < m_overrides.size(); ++row) {
        const DiscountOverride &item = m_overrides.at(row);
        auto *percent =
                new QTableWidgetItem(item.percent.localeText(QLocale()) + QStringLiteral(" %"));
        percent->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 0, new QTableWidgetItem(item.label));
        m_table->setItem(row, 1,
                         new QTableWidgetItem(
                                 item.scope == DiscountScope::Application
                                         ? tr("Application (%n product(s))", nullptr, item.products)
                                         : tr("Product (%n edition(s) or "
                                              "location(s))",
                                              nullptr, item.products)));
        m_table->setItem(row, 2, percent);
        m_table->setItem(row, 3, new QTableWidgetItem(timeText(item.since)));
    }
    m_clear->setEnabled(false);
}

bool DiscountsDialog::setChosen()
{
    if (m_target->currentIndex() < 0)
        return false;
    const DiscountScope scope =
            m_scope->currentData().toString() == discountScopeKey(DiscountScope::Application)
            ? DiscountScope::Application
            : DiscountScope::OfferingItem;
    const auto saved = DiscountService(m_database)
                               .set(m_instance, m_percent->text(), scope,
                                    m_target->currentData().toString(), QLocale());
    if (!saved) {
        fail(saved.error().message);
        return false;
    }
    m_error->hide();
    m_percent->clear();
    reload();
    emit discountsChanged();
    return true;
}

bool DiscountsDialog::clearSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return false;
    const DiscountOverride item = m_overrides.value(selected.first()->row());
    const Status cleared = DiscountService(m_database).clear(m_instance, item.scope, item.key);
    if (!cleared) {
        fail(cleared.error().message);
        return false;
    }
    m_error->hide();
    reload();
    emit discountsChanged();
    return true;
}

QString DiscountsDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void DiscountsDialog::fail(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace csp
