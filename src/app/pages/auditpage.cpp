#include "auditpage.h"

#include "core/timetext.h"
#include "services/cataloguereader.h"
#include "ui_auditpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

namespace csp {

namespace {

constexpr int MaxEntriesShown = 5000;
constexpr int SentenceColumn = 4;

} // namespace

AuditPage::AuditPage(std::shared_ptr<Database> database, QWidget *parent)
    : QWidget(parent)
    , m_database(std::move(database))
{
    setObjectName(QStringLiteral("auditPage"));
    buildLayout();
    reloadInstances();
}

void AuditPage::buildLayout()
{
    Ui::AuditPage ui;
    ui.setupUi(this);
    m_instance = ui.auditInstance;
    m_action = ui.auditAction;
    m_sinceEnabled = ui.auditSinceEnabled;
    m_since = ui.auditSince;
    m_search = ui.auditSearch;
    m_table = ui.auditTable;
    m_statusLine = ui.auditStatusLine;
    m_action->addItem(tr("All changes"), QString());
    for (const QString &action : auditActionKeys())
        m_action->addItem(auditActionLabel(action), action);
    m_since->setDate(QDate::currentDate().addMonths(-1));
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy")); // never a 2-digit year
    m_since->setDisplayFormat(format);
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
            {tr("When"), tr("Who"), tr("Change"), tr("Instance"), tr("What happened")});
    m_table->resizeColumnsToContents();
    connect(m_instance, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    connect(m_sinceEnabled, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_sinceEnabled, &QCheckBox::toggled, this, &AuditPage::reload);
    connect(m_since, &QDateEdit::dateChanged, this, &AuditPage::reload);
    connect(m_search, &QLineEdit::textChanged, this, &AuditPage::applySearch);
}

void AuditPage::reloadInstances()
{
    const QString current = m_instance->currentData().toString();
    const QSignalBlocker quiet(m_instance);
    m_instance->clear();
    m_instance->addItem(tr("All instances"), QString());
    const auto instances = CatalogueReader(m_database).instances();
    if (!instances)
        m_statusLine->setText(instances.error().message);
    for (const Instance &instance : instances.valueOr({}))
        m_instance->addItem(instance.systemName, instance.systemName);
    m_instance->setCurrentIndex(qMax(0, m_instance->findData(current)));
    reload();
}

void AuditPage::reload()
{
    AuditFilter filter;
    filter.instanceName = m_instance->currentData().toString();
    filter.action = m_action->currentData().toString();
    if (m_sinceEnabled->isChecked()) // the day from its start in this time zone
        filter.since = QDateTime(m_since->date(), QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
    filter.limit = MaxEntriesShown;
    const auto entries = CatalogueReader(m_database).audit(filter);
    if (!entries) {
        m_table->setRowCount(0);
        m_statusLine->setText(entries.error().message);
        return;
    }
    m_table->setRowCount(int(entries->size()));
    for (int row = 0; row < entries->size(); ++row) {
        const AuditEntry &entry = entries->at(row);
        const QStringList cells{timeText(entry.at), entry.user, auditActionLabel(entry.action),
                                entry.instanceName, auditSentence(entry)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            m_table->setItem(row, column, item);
        }
        // The sentence's tooltip adds what is stored, exactly, for whoever compares it with
        // the command line's audit or a script's.
        m_table->item(row, SentenceColumn)
                ->setToolTip(tr("%1\n\nRecorded: %2 | %3 \u2192 %4")
                                     .arg(cells.last(), entry.subject, entry.before, entry.after));
    }
    m_table->resizeColumnsToContents();
    // Long values (an instance's settings) keep to a readable width; the tooltip has them whole.
    constexpr int MaxColumnWidth = 320;
    for (int column = 0; column + 1 < m_table->columnCount(); ++column)
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), MaxColumnWidth));
    applySearch();
}

void AuditPage::applySearch()
{
    const QString text = m_search->text().trimmed();
    int shown = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        bool match = text.isEmpty();
        for (int column = 0; !match && column < m_table->columnCount(); ++column)
            match = m_table->item(row, column)->toolTip().contains(text, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !match);
        shown += match ? 1 : 0;
    }
    m_statusLine->setText(m_table->rowCount() == MaxEntriesShown
                                  ? tr("The newest %n change(s) shown; narrow the filters to see "
                                       "older ones.",
                                       nullptr, shown)
                                  : tr("%n change(s).", nullptr, shown));
}

int AuditPage::shownEntries() const
{
    int shown = 0;
    for (int row = 0; row < m_table->rowCount(); ++row)
        shown += m_table->isRowHidden(row) ? 0 : 1;
    return shown;
}

} // namespace csp
