#include "productspage.h"

#include "core/money.h"
#include "core/timetext.h"
#include "frozencolumnview.h"
#include "productfiltermodel.h"
#include "producttablemodel.h"
#include "services/cataloguereader.h"
#include "services/productexport.h"
#include "services/productservice.h"
#include "services/savedfile.h"
#include "transientmessage.h"
#include "ui_productspage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <set>

namespace csp {

ProductsPage::ProductsPage(std::shared_ptr<Database> database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_service(std::make_unique<ProductService>(database))
    , m_model(new ProductTableModel(this))
    , m_filter(new ProductFilterModel(this))
{
    setObjectName(QStringLiteral("productsPage"));
    m_filter->setSourceModel(m_model);
    m_model->setEditor(
            [this](const ProductRow &row, ProductTableModel::Column column, const QString &text) {
                ProductTableModel::EditResult result;
                const auto outcome = column == ProductTableModel::Name
                        ? m_service->rename(row.product, text)
                        : m_service->setManualPrice(row.product, text, QLocale());
                if (!outcome.status) {
                    result.error = outcome.status.error().message;
                    result.stale = outcome.status.error().kind == ErrorKind::Conflict;
                    return result;
                }
                result.notice = outcome.notice;
                ProductFilter filter;
                filter.productId = row.product.id;
                filter.includeRetired = true;
                if (const auto saved = CatalogueReader(m_database).products(filter);
                    saved && !saved->isEmpty())
                    result.saved = saved->first();
                return result;
            });
    buildLayout();
}

ProductsPage::~ProductsPage()
{
    if (m_reading)
        m_reading->waitForFinished(); // the worker uses the database
    QSettings().setValue(headerSetting(), m_table->horizontalHeader()->saveState());
    // An editor still open commits while the children go, after this object's part is gone:
    // nothing the models say then may reach it.
    m_model->setEditor({});
    m_model->disconnect(this);
    m_filter->disconnect(this);
    m_table->selectionModel()->disconnect(this);
}

void ProductsPage::buildLayout()
{
    Ui::ProductsPage ui;
    ui.setupUi(this);
    m_instance = ui.instanceFilter;
    m_application = ui.applicationFilter;
    m_edition = ui.editionFilter;
    m_showRetired = ui.showRetiredCheck;
    m_search = ui.productSearch;
    m_count = ui.productCount;
    m_notice = ui.productNotice;
    m_stack = ui.productStack;
    m_table = ui.productTable;
    m_details = ui.productDetails;
    m_emptyText = ui.productsEmptyText;
    m_emptySync = ui.productsSyncButton;
    QPushButton *copyButton = ui.copyRowsButton;
    QPushButton *exportButton = ui.exportCsvButton;

    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 12);
    connect(m_notice, &QLabel::linkActivated, this, [this] {
        m_notice->hide();
        reload();
    });
    m_notice->hide();

    static_assert(ProductTableModel::Name == 0, "the form's table keeps its first column frozen");
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProductTableModel::Name, Qt::AscendingOrder);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->frozenView()->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_columnsSized = header->restoreState(QSettings().value(headerSetting()).toByteArray());
    if (!m_columnsSized) {
        for (int column = 0; column < ProductTableModel::ColumnCount; ++column)
            header->setSectionHidden(
                    column, !ProductTableModel::isShownAtFirst(ProductTableModel::Column(column)));
    }
    m_table->keepFrozenColumnFirst();
    header->setResizeContentsPrecision(200); // sizing columns looks at the first rows only
    for (QHeaderView *h : {header, m_table->frozenView()->horizontalHeader()})
        connect(h, &QHeaderView::customContextMenuRequested, this,
                [this, h](const QPoint &at) { showColumnMenu(h->mapToGlobal(at)); });
    m_details->setWordWrapMode(QTextOption::WordWrap); // never inside a word
    // Why an edit was refused, shown beside its cell, over the table.
    m_cellError = new QLabel(m_table);
    m_cellError->setObjectName(QStringLiteral("cellError"));
    m_cellError->setForegroundRole(QPalette::ToolTipText);
    m_cellError->setBackgroundRole(QPalette::ToolTipBase);
    m_cellError->setAutoFillBackground(true);
    m_cellError->setFrameShape(QFrame::Box);
    m_cellError->setMargin(4);
    m_cellError->setWordWrap(true);
    m_cellError->hide();
    ui.productSplitter->setStretchFactor(0, 3);
    ui.productSplitter->setStretchFactor(1, 1);

    auto *copy = new QAction(this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(copy);
    connect(copy, &QAction::triggered, this, &ProductsPage::copySelection);
    connect(copyButton, &QPushButton::clicked, this, &ProductsPage::copySelection);
    connect(exportButton, &QPushButton::clicked, this, &ProductsPage::chooseExportFile);
    connect(m_emptySync, &QPushButton::clicked, this,
            [this] { emit syncRequested(m_instance->currentData().toString()); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &ProductFilterModel::setSearchText);
    connect(m_showRetired, &QCheckBox::toggled, m_filter, &ProductFilterModel::setShowRetired);
    connect(m_instance, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setInstanceId(m_instance->currentData().toString());
        fillEditionChoices();
    });
    connect(m_application, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setApplication(m_application->currentData().toString());
        fillEditionChoices();
    });
    connect(m_edition, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setEdition(m_edition->currentData().toString()); });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &ProductsPage::updateCountAndEmptyState);
    connect(m_filter, &QAbstractItemModel::modelReset, this,
            &ProductsPage::updateCountAndEmptyState);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this,
            &ProductsPage::updateCountAndEmptyState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProductsPage::showDetails);
    // A product the filters took away leaves the detail pane with it.
    for (const auto signal : {&QAbstractItemModel::rowsRemoved, &QAbstractItemModel::rowsInserted})
        connect(m_filter, signal, this, &ProductsPage::showDetails, Qt::QueuedConnection);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ProductsPage::showDetails,
            Qt::QueuedConnection);
    connect(m_table->itemDelegate(), &QAbstractItemDelegate::closeEditor, this, [this] {
        if (std::exchange(m_refreshAfterEdit, false))
            QTimer::singleShot(0, this, &ProductsPage::refresh);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ProductsPage::showDetails);
    connect(m_model, &ProductTableModel::editFailed, this, &ProductsPage::showCellError);
    connect(m_model, &ProductTableModel::editConflict, this, [this](const QString &m) {
        showNotice(m.toHtmlEscaped() + QStringLiteral(" <a href=\"reload\">") + tr("Reload") +
                           QStringLiteral("</a>"),
                   true);
        m_notice->setTextFormat(Qt::RichText);
    });
    connect(m_model, &ProductTableModel::editNotice, this,
            [this](const QString &m) { showNotice(m, false); });
    connect(m_model, &QAbstractItemModel::dataChanged, m_cellError, &QWidget::hide);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, m_cellError,
            &QWidget::hide);

    auto *find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut); // only while the page is shown
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);
}

void ProductsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void ProductsPage::reload()
{
    if (!isVisible()) {
        m_stale = true; // nothing is read for a page nobody looks at
        return;
    }
    m_stale = false;
    if (m_reading) {
        m_readAgain = true; // what is being read may be from before the change
        return;
    }
    if (m_model->rowCount() == 0) {
        // The first screen at once; the whole catalogue follows from the worker.
        ProductFilter first;
        first.includeRetired = true;
        first.firstRows = 200;
        auto rows = CatalogueReader(m_database).products(first);
        if (!rows)
            return showRows(rows.error());
        showRows(ProductTableModel::prepare(std::move(rows).value()));
    }
    m_reading = new QFutureWatcher<Result<ProductTableModel::Loaded>>(this);
    connect(m_reading, &QFutureWatcherBase::finished, this, [this] {
        auto future = m_reading->future();
        auto rows = future.takeResult(); // moved out, not copied: 100,000 rows
        m_reading->deleteLater();
        m_reading = nullptr;
        if (std::exchange(m_readAgain, false))
            return reload();
        showRows(std::move(rows));
        m_loaded = true;
        emit loaded();
    });
    m_reading->setFuture(QtConcurrent::run([database = m_database]() {
        ProductFilter all;
        all.includeRetired = true;
        all.ordered = false;
        const CatalogueReader reader(database);
        auto rows = reader.products(all);
        reader.releaseThisThreadsConnection();
        if (!rows)
            return Result<ProductTableModel::Loaded>(rows.error());
        return Result<ProductTableModel::Loaded>(
                ProductTableModel::prepare(std::move(rows).value()));
    }));
}

void ProductsPage::refresh()
{
    // An open editor keeps what the admin is typing: the rows are read again once it closes.
    const QList<QWidget *> editors =
            m_table->viewport()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    if (std::any_of(editors.begin(), editors.end(), [](QWidget *w) { return w->isVisible(); })) {
        m_refreshAfterEdit = true;
        return;
    }
    reload();
}

ProductsPage::ViewState ProductsPage::viewState() const
{
    const auto productAt = [this](const QModelIndex &index) {
        return index.isValid() ? m_model->row(m_filter->mapToSource(index).row()).product.id
                               : QString();
    };
    return {productAt(m_table->currentIndex()), m_table->currentIndex().column(),
            productAt(m_table->indexAt(QPoint(0, 0)))};
}

void ProductsPage::restoreViewState(const ViewState &view)
{
    if (view.currentProduct.isEmpty() && view.topProduct.isEmpty())
        return;
    QModelIndex current, top;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString &id = m_model->row(row).product.id;
        if (id == view.currentProduct)
            current = m_filter->mapFromSource(m_model->index(row, std::max(0, view.column)));
        if (id == view.topProduct)
            top = m_filter->mapFromSource(m_model->index(row, 0));
    }
    if (current.isValid())
        m_table->setCurrentIndex(current);
    if (top.isValid())
        m_table->scrollTo(top, QAbstractItemView::PositionAtTop);
}

void ProductsPage::showRows(Result<ProductTableModel::Loaded> rows)
{
    if (!rows) {
        showNotice(rows.error().message, true);
        return;
    }
    const ViewState view = viewState();
    m_model->setLoaded(std::move(rows).value());
    restoreViewState(view);
    fillFilterChoices();
    updateCountAndEmptyState();
    if (!m_columnsSized && m_filter->rowCount() > 0) {
        m_table->resizeColumnsToContents();
        QHeaderView *header = m_table->horizontalHeader();
        const int widest = header->fontMetrics().averageCharWidth() * 60;
        for (int column = 0; column < header->count(); ++column)
            header->resizeSection(column, std::min(header->sectionSize(column), widest));
        m_columnsSized = true;
    }
    if (!m_table->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, 0));
}

namespace {

using Choices = std::set<std::pair<QString, QString>>; // label, value

void refill(QComboBox *combo, const QString &all, const Choices &choices)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(all, QString());
    for (const auto &[label, value] : choices)
        combo->addItem(label, value);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

} // namespace

void ProductsPage::fillFilterChoices()
{
    Choices applications;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const Product &product = m_model->row(i).product;
        applications.insert({product.applicationName, product.applicationName});
    }
    Choices instances;
    const auto list = CatalogueReader(m_database).instances();
    if (!list)
        showNotice(list.error().message, true);
    for (const Instance &instance : list.valueOr({}))
        instances.insert({instance.productType(), instance.id});
    refill(m_instance, tr("All product types"), instances);
    refill(m_application, tr("All applications"), applications);
    m_filter->setInstanceId(m_instance->currentData().toString());
    m_filter->setApplication(m_application->currentData().toString());
    fillEditionChoices();
}

// Only the editions of the chosen product type and application are offered.
void ProductsPage::fillEditionChoices()
{
    const QString instanceId = m_instance->currentData().toString();
    const QString application = m_application->currentData().toString();
    Choices editions;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const Product &product = m_model->row(i).product;
        if (product.key.edition.isEmpty() ||
            (!instanceId.isEmpty() && product.instanceId != instanceId) ||
            (!application.isEmpty() && product.applicationName != application))
            continue;
        editions.insert({editionLabel(product.key.edition) + QStringLiteral(" (") +
                                 product.key.edition + u')',
                         product.key.edition});
    }
    refill(m_edition, tr("All editions"), editions);
    m_filter->setEdition(m_edition->currentData().toString());
}

void ProductsPage::showColumnMenu(const QPoint &globalPosition)
{
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu;
    for (int column = 0; column < ProductTableModel::ColumnCount; ++column) {
        if (column == m_table->frozenColumn())
            continue; // the name is always shown
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.exec(globalPosition);
}

void ProductsPage::showNotice(const QString &message, bool error)
{
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setText(message);
    m_notice->setStyleSheet(error ? QStringLiteral("color: palette(link)") : QString());
    m_notice->setVisible(!message.isEmpty());
}

void ProductsPage::showCellError(const QString &message)
{
    const QModelIndex cell = m_table->currentIndex();
    QTableView *view = cell.column() == m_table->frozenColumn() ? m_table->frozenView() : m_table;
    const QRect rect = view->visualRect(cell);
    m_cellError->setText(message);
    m_cellError->setMaximumWidth(std::max(rect.width(), m_table->width() / 2));
    m_cellError->adjustSize();
    QPoint at = view->viewport()->mapTo(m_table, rect.bottomLeft() + QPoint(0, 2));
    if (at.y() + m_cellError->height() > m_table->height())
        at.setY(view->viewport()->mapTo(m_table, rect.topLeft()).y() - m_cellError->height() - 2);
    at.setX(std::clamp(at.x(), 0, std::max(0, m_table->width() - m_cellError->width())));
    m_cellError->move(at);
    m_cellError->show();
    m_cellError->raise();
    m_cellError->setAccessibleDescription(message);
}

QString ProductsPage::headerSetting()
{
    // Named anew when the columns' order changed: an older layout would hide the money.
    return QStringLiteral("products/columns-v2");
}

void ProductsPage::updateCountAndEmptyState()
{
    m_count->setText(tr("%1 of %2 products")
                             .arg(QLocale().toString(m_filter->rowCount()),
                                  QLocale().toString(m_model->rowCount())));
    const QString instanceId = m_instance->currentData().toString();
    bool instanceHasProducts = false;
    for (int i = 0; i < m_model->rowCount() && !instanceHasProducts; ++i)
        instanceHasProducts =
                instanceId.isEmpty() || m_model->row(i).product.instanceId == instanceId;
    const bool empty = m_model->rowCount() == 0 || !instanceHasProducts;
    m_stack->setCurrentIndex(empty ? 1 : 0);
    m_emptySync->setEnabled(!instanceId.isEmpty());
    m_emptyText->setText(
            instanceId.isEmpty()
                    ? tr("No products yet. Choose a product type above and run Get Services "
                         "Definition, or run it on the Applications Setup page.")
                    : tr("\"%1\" has no products yet. Get Services Definition reads what the "
                         "distributor may sell and creates them.")
                              .arg(m_instance->currentText()));
}

QList<int> ProductsPage::shownColumns() const
{
    QList<int> columns;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

QString ProductsPage::shownAsCsv() const
{
    QList<ProductRow> rows;
    rows.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row)
        rows.append(m_model->row(m_filter->mapToSource(m_filter->index(row, 0)).row()));
    sortForExport(rows);
    return productsCsv(rows);
}

QString ProductsPage::selectedAsTsv() const
{
    const QList<int> columns = shownColumns();
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QString tsv;
    for (int row : rows) {
        const int source = m_filter->mapToSource(m_filter->index(row, 0)).row();
        QStringList fields;
        for (int column : columns) {
            QString text = m_model->displayText(source, ProductTableModel::Column(column));
            text.replace(u'\t', u' ').replace(u'\n', u' ');
            fields.append(text);
        }
        tsv += fields.join(u'\t') + u'\n';
    }
    return tsv;
}

bool ProductsPage::exportCsv(const QString &path, QString *error) const
{
    return saveFileWhole(path, shownAsCsv().toUtf8(), error);
}

void ProductsPage::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export products"),
                                                      tr("products.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void ProductsPage::exportTo(const QString &path)
{
    QString error;
    if (!exportCsv(path, &error))
        return showNotice(tr("Could not write %1: %2").arg(path, error), true);
    const QString done =
            tr("Exported %n product(s) to %1.", nullptr, m_filter->rowCount()).arg(path);
    if (!showTransientMessage(this, done))
        showNotice(done, false);
}

void ProductsPage::copySelection()
{
    const QString tsv = selectedAsTsv();
    if (!tsv.isEmpty())
        QApplication::clipboard()->setText(tsv);
}

void ProductsPage::showDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const int source = m_filter->mapToSource(current).row();
    QString html =
            QStringLiteral("<h3>%1</h3>")
                    .arg(m_model->displayText(source, ProductTableModel::Name).toHtmlEscaped());
    for (int column = 0; column < ProductTableModel::ColumnCount; ++column) {
        const QModelIndex cell = m_model->index(source, column);
        QString value = cell.data().toString();
        if (const QString note = cell.data(Qt::AccessibleDescriptionRole).toString();
            !note.isEmpty())
            value += QStringLiteral(" (%1)").arg(note);
        // Each field's name above its value: a narrow pane wraps values between words only.
        html += QStringLiteral("<p style=\"margin: 0 0 4px 0\"><b>%1</b><br>%2</p>")
                        .arg(m_model->headerData(column, Qt::Horizontal).toString().toHtmlEscaped(),
                             value.toHtmlEscaped());
    }
    html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("History").toHtmlEscaped());
    const Product &product = m_model->row(source).product;
    const QString currency = m_model->displayText(source, ProductTableModel::Currency);
    const auto priceText = [&currency](const std::optional<Decimal> &price) {
        return price ? moneyWithCurrency(*price, currency, QLocale()) : tr("no price");
    };
    const auto history = CatalogueReader(m_database).productHistory(product.id);
    if (!history)
        html += QStringLiteral("<li>%1</li>").arg(history.error().message.toHtmlEscaped());
    else {
        // The first name is the one before the first rename, if there was one.
        QString firstName = product.name;
        for (const ProductHistoryEntry &entry : *history) {
            if (!entry.oldName.isEmpty()) {
                firstName = entry.oldName;
                break;
            }
        }
        const QString added = timeText(product.firstSeenAt);
        html += QStringLiteral("<li>%1: %2</li>")
                        .arg(added.toHtmlEscaped(),
                             tr("added as \"%1\"").arg(firstName).toHtmlEscaped());
        for (const ProductHistoryEntry &entry : *history) {
            const QString when = timeText(entry.changedAt);
            QString what;
            if (entry.kind == u"renamed")
                what = tr("renamed by Get Services Definition from \"%1\" to \"%2\"")
                               .arg(entry.oldName, entry.newName);
            else if (entry.kind == u"manual_rename")
                what = tr("renamed by hand from \"%1\" to \"%2\"")
                               .arg(entry.oldName, entry.newName);
            else if (entry.kind == u"retired")
                what = tr("retired: Acronis no longer serves it");
            else if (entry.kind == u"manual_price")
                what = tr("sell price set by hand from %1 to %2")
                               .arg(priceText(entry.oldPrice), priceText(entry.newPrice));
            else if (entry.fields.split(u',').contains(u"price"))
                what = tr("updated (%1), sell price from %2 to %3")
                               .arg(entry.fields, priceText(entry.oldPrice),
                                    priceText(entry.newPrice));
            else
                what = tr("updated (%1)").arg(entry.fields);
            html += QStringLiteral("<li>%1: %2</li>")
                            .arg(when.toHtmlEscaped(), what.toHtmlEscaped());
        }
    }
    html += QStringLiteral("</ul>");
    m_details->setHtml(html);
}

} // namespace csp
