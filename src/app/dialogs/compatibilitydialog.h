#pragma once

#include "core/instance.h"
#include "services/compatibilitycheck.h"

#include <QDialog>

#include <memory>

class QNetworkAccessManager;

namespace Ui {
class CompatibilityDialog;
}

namespace csp {

class SecretStore;

class Database;

// "Check Compatibility…": the read-only check of every endpoint this program depends on, for
// the first contact with a real gateway; each endpoint's result, what it affects, and the
// answers (personal data replaced) to save for support.
class CompatibilityDialog : public QDialog
{
    Q_OBJECT

public:
    CompatibilityDialog(std::shared_ptr<Database> database, SecretStore &secrets,
                        QNetworkAccessManager &network, Instance instance,
                        QWidget *parent = nullptr);
    ~CompatibilityDialog() override;

    void run();
    // Writes the captured answers into `folder`; an empty text, or what went wrong.
    QString saveAnswers(const QString &folder) const;

    static QString resultText(CheckResult result);

private:
    void show(const CompatibilityReport &report);
    void showDetail();
    void chooseFolderAndSave();

    std::unique_ptr<Ui::CompatibilityDialog> m_ui;
    CompatibilityCheck m_check;
    Instance m_instance;
    CompatibilityReport m_report;
};

} // namespace csp
