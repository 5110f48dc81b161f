#pragma once

#include "core/result.h"

#include <QObject>

#include <memory>

namespace csp {

class SecretStore;

class MainWindow;

// Opens the catalogue the admin chose (--database, $ACRONIS_CSP_DATABASE, the window's
// setting, else this computer's file) and shows the window on it; File > Catalogue Database
// opens another in a new window, which replaces this one only once the new catalogue is open.
class WindowSession : public QObject
{
    Q_OBJECT

public:
    struct Start
    {
        QString dataDirectory;
        QString databaseOption; // --database
        bool allowUnencrypted = false;
    };

    // `keychain` holds the database passwords; `secrets` the instances' client secrets.
    WindowSession(SecretStore &keychain, SecretStore &secrets, Start start,
                  QObject *parent = nullptr);
    ~WindowSession() override;

    // Opens the chosen catalogue in a window (not yet shown).
    Status open();
    MainWindow *window() const { return m_window.get(); }
    // What chose the catalogue over the setting, for the dialog: empty when nothing did.
    QString overriddenBy() const;
    // Shows the Catalogue Database dialog; on OK, the window on the chosen catalogue.
    void chooseDatabase();

signals:
    // A new window took over (after chooseDatabase).
    void windowReplaced(csp::MainWindow *window);

private:
    Status openWindow(const QString &spec, bool allowUnencrypted);

    SecretStore &m_keychain;
    SecretStore &m_secrets;
    Start m_start;
    QString m_spec; // what the window has open
    std::unique_ptr<MainWindow> m_window;
};

} // namespace csp
