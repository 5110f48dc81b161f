#include "compatibilitydialog.h"

#include "prompts.h"
#include "services/savedfile.h"
#include "ui_compatibilitydialog.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QPushButton>

namespace csp {

CompatibilityDialog::CompatibilityDialog(std::shared_ptr<Database> database, SecretStore &secrets,
                                         QNetworkAccessManager &network, Instance instance,
                                         QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CompatibilityDialog>())
    , m_check(std::move(database), secrets, network)
    , m_instance(std::move(instance))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Compatibility with Acronis – %1").arg(m_instance.systemName));
    // (Set here: uic's code for a table's column headers is what clang-tidy refuses.)
    m_ui->checksTable->setHorizontalHeaderLabels(
            {tr("Result"), tr("Endpoint"), tr("What it affects")});
    m_ui->checksTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->checksTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_ui->checksTable->setColumnWidth(1, 380);
    connect(&m_check, &CompatibilityCheck::progress, m_ui->statusLabel, &QLabel::setText);
    connect(&m_check, &CompatibilityCheck::finished, this, &CompatibilityDialog::show);
    connect(m_ui->checksTable, &QTableWidget::itemSelectionChanged, this,
            &CompatibilityDialog::showDetail);
    connect(m_ui->checkAgainButton, &QPushButton::clicked, this, &CompatibilityDialog::run);
    connect(m_ui->saveAnswersButton, &QPushButton::clicked, this,
            &CompatibilityDialog::chooseFolderAndSave);
    connect(this, &QDialog::rejected, &m_check, &CompatibilityCheck::cancel);
}

CompatibilityDialog::~CompatibilityDialog() = default;

QString CompatibilityDialog::resultText(CheckResult result)
{
    switch (result) {
    case CheckResult::Works:
        return tr("Works");
    case CheckResult::Differs:
        return tr("Answers differently");
    case CheckResult::Refused:
        return tr("Refused");
    case CheckResult::NotOffered:
        return tr("Not offered");
    case CheckResult::Failed:
        break;
    }
    return tr("Failed");
}

void CompatibilityDialog::run()
{
    m_ui->checksTable->setRowCount(0);
    m_ui->detailLabel->clear();
    m_ui->progressBar->show();
    m_ui->checkAgainButton->setEnabled(false);
    m_ui->saveAnswersButton->setEnabled(false);
    m_ui->statusLabel->setText(
            tr("Checking %1 at %2…").arg(m_instance.systemName, m_instance.gateway));
    m_check.start(m_instance);
}

void CompatibilityDialog::show(const CompatibilityReport &report)
{
    m_report = report;
    m_ui->progressBar->hide();
    m_ui->checkAgainButton->setEnabled(true);
    m_ui->saveAnswersButton->setEnabled(!report.captured.isEmpty());
    QTableWidget *table = m_ui->checksTable;
    const auto addRow = [table](const QString &result, const QString &endpoint,
                                const QString &affects, const QString &detail, bool works) {
        const int row = table->rowCount();
        table->insertRow(row);
        const QStringList cells{result, endpoint, affects};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(detail.isEmpty() ? cells.at(column) : detail);
            item->setData(Qt::UserRole, detail);
            if (!works && column == 0) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            table->setItem(row, column, item);
        }
    };
    int failing = 0;
    for (const EndpointCheck &check : report.checks) {
        failing += check.result == CheckResult::Works ? 0 : 1;
        addRow(resultText(check.result), check.method + u' ' + check.path, check.affects,
               check.detail, check.result == CheckResult::Works);
    }
    for (const UncheckedEndpoint &endpoint : report.unchecked)
        addRow(tr("Not checked"), endpoint.operationId, endpoint.reason, endpoint.reason, true);
    table->resizeRowsToContents();
    if (report.error)
        m_ui->statusLabel->setText(report.error->message);
    else if (failing == 0)
        m_ui->statusLabel->setText(
                tr("Every endpoint checked works as this program needs (%n endpoint(s)).", nullptr,
                   int(report.checks.size())));
    else
        m_ui->statusLabel->setText(tr("%n endpoint(s) do not work as this program needs; select "
                                      "one to read why.",
                                      nullptr, failing));
}

void CompatibilityDialog::showDetail()
{
    const auto rows = m_ui->checksTable->selectionModel()->selectedRows();
    m_ui->detailLabel->setText(rows.isEmpty() ? QString()
                                              : m_ui->checksTable->item(rows.first().row(), 0)
                                                        ->data(Qt::UserRole)
                                                        .toString());
}

QString CompatibilityDialog::saveAnswers(const QString &folder) const
{
    if (!QDir().mkpath(folder))
        return tr("The folder %1 cannot be made.").arg(QDir::toNativeSeparators(folder));
    for (const CapturedAnswer &answer : m_report.captured) {
        if (const Status saved = saveFileWhole(QDir(folder).filePath(answer.fileName), answer.body);
            !saved)
            return saved.error().message;
    }
    return {};
}

void CompatibilityDialog::chooseFolderAndSave()
{
    const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Save the answers in"), QDir::homePath());
    if (folder.isEmpty())
        return;
    if (const QString problem = saveAnswers(folder); !problem.isEmpty())
        return Prompts::warn(this, tr("Answers not saved"), problem);
    m_ui->statusLabel->setText(tr("Saved %n answer(s) in %1, personal data replaced.", nullptr,
                                  int(m_report.captured.size()))
                                       .arg(QDir::toNativeSeparators(folder)));
}

} // namespace csp
