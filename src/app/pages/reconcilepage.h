#pragma once

#include "services/reconcileservice.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QNetworkAccessManager;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableWidget;

namespace csp {

class Database;
class FrozenColumnView;
class SecretStore;

// The Month End page: a closed month's usage report beside the last estimate recorded in the
// month, per provider and product (storage per location), and what needs a look before the
// invoices go out.
class ReconcilePage : public QWidget
{
    Q_OBJECT

public:
    ReconcilePage(std::shared_ptr<Database> database, SecretStore &secrets,
                  QNetworkAccessManager &network, QWidget *parent = nullptr);
    ~ReconcilePage() override;

    void reloadInstances();
    void reconcile(QDate month);
    const ReconcileOutcome &outcome() const { return m_outcome; }
    bool exportCsv(const QString &path, QString *error) const;

signals:
    void reconciled(const csp::ReconcileOutcome &outcome);

private:
    void buildLayout();
    void showOutcome(const ReconcileOutcome &outcome);
    void showHint();
    void fillRows(const Reconciliation &result);
    void fillFindings(const Reconciliation &result);

    std::shared_ptr<Database> m_database;
    ReconcileService *m_service = nullptr;
    ReconcileOutcome m_outcome;
    bool m_running = false;
    QComboBox *m_instance = nullptr;
    QComboBox *m_month = nullptr;
    QSpinBox *m_jump = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_banner = nullptr;
    FrozenColumnView *m_rows = nullptr;
    QStandardItemModel *m_rowModel = nullptr;
    QTableWidget *m_findings = nullptr;
    QLabel *m_notInvoiced = nullptr;
    QLabel *m_statusLine = nullptr;
};

} // namespace csp
