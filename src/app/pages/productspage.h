#pragma once

#include "core/result.h"
#include "producttablemodel.h"

#include <QFutureWatcher>

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace csp {

class Database;

class FrozenColumnView;
class ProductFilterModel;
class ProductService;

// The Products page: every product of every instance, filtered, sorted, exported; a detail pane
// with the selected product's fields and history; renames and manual prices in place.
class ProductsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProductsPage(std::shared_ptr<Database> database, QWidget *parent = nullptr);
    ~ProductsPage() override;

    // Reads the catalogue again (after a sync, or when instances change): on a worker thread,
    // once the page is shown; the first screen of rows at once when it has none yet. `loaded`
    // says when the whole catalogue is in the model.
    void reload();
    // Reads the rows again after another program changed the catalogue, keeping the current
    // product, the scroll position and an edit in progress.
    void refresh();
    bool isLoaded() const { return m_loaded; }
    // The rows the filters let through, in the command line's products CSV (every column, prices
    // exact); the selected rows as shown, as TSV for pasting.
    QString shownAsCsv() const;
    QString selectedAsTsv() const;
    bool exportCsv(const QString &path, QString *error) const;
    // Exports the shown rows to `path` and says so: done in the status bar for a while, a
    // failure in the page's notice until it is dealt with.
    void exportTo(const QString &path);

    ProductTableModel *model() const { return m_model; }
    ProductFilterModel *filterModel() const { return m_filter; }

signals:
    // The admin asked to run Get Services Definition for an instance without products.
    void syncRequested(const QString &instanceId);
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // What the admin looks at, by product: kept when the rows are read again.
    struct ViewState
    {
        QString currentProduct;
        int column = 0;
        QString topProduct;
    };
    ViewState viewState() const;
    void restoreViewState(const ViewState &view);
    void showRows(Result<ProductTableModel::Loaded> rows);
    void buildLayout();
    void fillFilterChoices();
    void fillEditionChoices();
    void showColumnMenu(const QPoint &globalPosition);
    void showCellError(const QString &message);
    void showNotice(const QString &message, bool error);
    static QString headerSetting();
    void updateCountAndEmptyState();
    void showDetails();
    void chooseExportFile();
    void copySelection();
    QList<int> shownColumns() const;

    std::shared_ptr<Database> m_database;
    std::unique_ptr<ProductService> m_service;
    ProductTableModel *m_model = nullptr;
    ProductFilterModel *m_filter = nullptr;
    bool m_columnsSized = false; // from the saved layout, or fitted to the first catalogue
    bool m_stale = true;         // to be read when next shown
    bool m_loaded = false;
    QFutureWatcher<Result<ProductTableModel::Loaded>> *m_reading = nullptr;
    bool m_readAgain = false; // reload() while a read was running
    bool m_refreshAfterEdit = false;
    QComboBox *m_instance = nullptr;
    QComboBox *m_application = nullptr;
    QComboBox *m_edition = nullptr;
    QCheckBox *m_showRetired = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QStackedWidget *m_stack = nullptr;
    FrozenColumnView *m_table = nullptr;
    QLabel *m_cellError = nullptr; // why the last edit was refused, beside its cell
    QTextBrowser *m_details = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptySync = nullptr;
    QLabel *m_notice = nullptr;
};

} // namespace csp
