#pragma once

#include "services/issuedinvoiceservice.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDialog;
class QLabel;
class QNetworkAccessManager;
class QPushButton;
class QTableWidget;

namespace csp {

class Database;
class SecretStore;

class TiersDialog;

// The Invoices page: each service provider's invoice for a closed month (its usage, tier,
// minimum commitment and shortfall), the CSV for the billing import, and a printable statement
// per provider (PDF) in the user's language.
class InvoicesPage : public QWidget
{
    Q_OBJECT

public:
    InvoicesPage(std::shared_ptr<Database> database, SecretStore &secrets,
                 QNetworkAccessManager &network, QWidget *parent = nullptr);

    void reloadInstances();
    void read(QDate month);
    bool isBusy() const { return m_service->isRunning(); }
    // The statement of the invoice in `row`, in a window of its own with Save as PDF (what a
    // double click on the invoice opens); null for a row without an invoice.
    QDialog *openStatement(int row);
    const InvoiceOutcome &outcome() const { return m_outcome; }
    // What the table shows: the issued documents of an issued month, else the computed ones.
    const QList<IssuedInvoice> &documents() const { return m_documents; }
    bool monthIsIssued() const { return m_issued; }
    // Numbers and freezes the month just read (open, read without error); false with `error`.
    bool issueMonth(QString *error);
    // Recomputes the issued month just read and, where figures differ, credits and replaces
    // those invoices, recorded with `reason`; the result shows when the recomputation ends.
    void correctMonth(const QString &reason);
    // The clock that says whether a month's report is final (tests set their own).
    void setClock(IssuedInvoiceService::Clock clock) { m_clock = std::move(clock); }
    bool exportCsv(const QString &path, QString *error) const;
    // The statement of the invoice in row `row` of the table, as a PDF.
    bool writeStatement(int row, const QString &path, QString *error) const;
    // The statement as HTML, in the user's language and number format.
    static QString statementHtml(const IssuedInvoice &document, const QString &instanceName);

    // A dialog on the chosen instance's contract tiers; null without an instance.
    TiersDialog *editTiers();

signals:
    void invoicesRead(const csp::InvoiceOutcome &outcome);
    void tiersChanged();

private:
    void buildLayout();
    void showOutcome(const InvoiceOutcome &outcome);
    void showHint();
    void showDocuments(QDate month, const QList<IssuedInvoice> &documents, bool issued);
    void confirmIssue();
    void askCorrection();
    void finishCorrection(const InvoiceOutcome &recomputed);
    void showMonthStatuses();
    void chooseExportFile();
    void chooseStatementFile();

    std::shared_ptr<Database> m_database;
    InvoiceService *m_service = nullptr;
    InvoiceOutcome m_outcome;
    QList<IssuedInvoice> m_documents;
    bool m_issued = false;
    IssuedInvoiceService::Clock m_clock;
    QPushButton *m_issue = nullptr;
    QPushButton *m_correct = nullptr;
    QString m_correctionReason; // set while a correction's recomputation runs
    QLabel *m_notInvoiced = nullptr;
    QLabel *m_monthStatus = nullptr;
    QComboBox *m_instance = nullptr;
    QComboBox *m_month = nullptr;
    QPushButton *m_read = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_statement = nullptr;
    QPushButton *m_tiers = nullptr;
    QLabel *m_banner = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_statusLine = nullptr;
};

} // namespace csp
