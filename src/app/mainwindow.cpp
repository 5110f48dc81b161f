#include "mainwindow.h"

#include "storage/instancerepository.h"

#include <QLabel>
#include <QListWidget>
#include <QSplitter>

namespace csp {

MainWindow::MainWindow(std::shared_ptr<Database> database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
{
    setWindowTitle(tr("Applications Setup"));
    auto *splitter = new QSplitter(this);
    m_instances = new QListWidget(splitter);
    m_instances->setObjectName(QStringLiteral("instanceList"));
    m_details = new QLabel(splitter);
    m_details->setObjectName(QStringLiteral("instanceDetails"));
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setMargin(12);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    connect(m_instances, &QListWidget::currentRowChanged, this, &MainWindow::showSelected);
    reload();
    resize(800, 480);
}

void MainWindow::reload()
{
    m_instances->clear();
    const auto instances = InstanceRepository(m_database).list();
    if (!instances) {
        m_details->setText(instances.error().message);
        return;
    }
    for (const Instance &instance : *instances) {
        auto *item = new QListWidgetItem(instance.systemName, m_instances);
        item->setData(Qt::UserRole, instance.id);
    }
    if (instances->isEmpty())
        m_details->setText(tr("No Acronis instance is linked yet. Add one with\n"
                              "acronis-csp instance add --help"));
    else
        m_instances->setCurrentRow(0);
}

void MainWindow::showSelected()
{
    const auto *item = m_instances->currentItem();
    if (!item)
        return;
    const auto instance =
            InstanceRepository(m_database).findById(item->data(Qt::UserRole).toString());
    if (!instance) {
        m_details->setText(instance.error().message);
        return;
    }
    m_details->setText(
            tr("Product type: %1\nGateway: %2\nClient Id: %3\nDiscount: %4 %\n"
               "Primary Currency: %5\nClient Secret: %6")
                    .arg(instance->productType(), instance->gateway, instance->clientId,
                         instance->discountPercent.toLocaleString(QLocale(), 2),
                         instance->primaryCurrency,
                         instance->hasSecret ? tr("stored in the OS keychain") : tr("not stored")));
}

} // namespace csp
