#pragma once

#include "services/providerservice.h"

#include <QWizard>

#include <memory>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QTextBrowser;

namespace csp {

class Database;
class SecretStore;

class ProductChoiceTree;

// New Service Provider: details → products and tier → admin → review (the pre-check and its
// plan) → run, with progress. Running it for a customer id that stopped half way continues.
class ProviderWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { DetailsPage, ItemsPage, AdminPage, ReviewPage, RunPage };

    ProviderWizard(std::shared_ptr<Database> database, SecretStore &secrets,
                   QNetworkAccessManager &network, const QString &instanceId,
                   QWidget *parent = nullptr);
    ~ProviderWizard() override;

    ProviderRequest request() const;
    Instance instance() const;
    // What the admin should know on `page` that is not a problem (e.g. a run that continues).
    QString noteOn(int page) const;
    bool precheckPassed() const { return m_precheck && m_precheck->ok(); }
    bool runFinished() const { return m_run.has_value(); }
    QString planText() const;
    QString logText() const;

signals:
    void precheckFinished(const csp::ProviderOutcome &outcome);
    void runCompleted(const csp::ProviderOutcome &outcome);
    void providerChanged(const QString &providerId);

private:
    class Page;
    struct PageProblem
    {
        std::optional<ProviderField> field; // none: shown at once
        QString text;
    };
    QList<PageProblem> problemsFor(int page) const;
    std::optional<Provider> knownProvider() const;
    static QString reviewHtml(const ProviderOutcome &outcome);
    static QString itemsHtml(const QList<ItemOnStorage> &items);
    QWizardPage *buildDetails();
    QWizardPage *buildItems();
    QWizardPage *buildAdmin();
    QWizardPage *buildReview();
    QWizardPage *buildRun();
    void fillItems();
    void fillTiers();
    void startPrecheck();
    void startRun();
    void onFinished(const ProviderOutcome &outcome);

    std::shared_ptr<Database> m_database;
    ProviderService *m_service = nullptr;
    QComboBox *m_instance = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_customerId = nullptr;
    QComboBox *m_language = nullptr;
    QRadioButton *m_defaultItems = nullptr;
    QRadioButton *m_allItems = nullptr;
    QRadioButton *m_chosenItems = nullptr;
    ProductChoiceTree *m_items = nullptr;
    QList<Provider> m_knownProviders; // of the chosen instance
    QString m_readError;              // what kept the catalogue from being read
    QComboBox *m_tier = nullptr;
    QSpinBox *m_rampUp = nullptr;
    QLineEdit *m_adminLogin = nullptr;
    QLineEdit *m_adminEmail = nullptr;
    QTextBrowser *m_plan = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QLabel *m_runResult = nullptr;
    std::optional<ProviderOutcome> m_precheck;
    std::optional<ProviderOutcome> m_run;
    bool m_running = false;
};

} // namespace csp
