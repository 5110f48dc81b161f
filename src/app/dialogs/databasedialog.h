#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace csp {

class SecretStore;

// File > Catalogue Database: where the window's catalogue lives, this computer's SQLite file or
// a PostgreSQL server the team shares (the same choice as --database). Test logs in and says
// what the catalogue holds; OK keeps a typed password in the OS keychain, never anywhere else,
// and the choice for the next start, and `spec` says what to open now.
class DatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    // `current` is what the window has open (sqlite:PATH or a URL); `overriddenBy` names
    // --database or $ACRONIS_CSP_DATABASE when one of them chose it instead of the setting.
    DatabaseDialog(SecretStore &keychain, QString dataDirectory, const QString &current,
                   const QString &overriddenBy, QWidget *parent = nullptr);

    // The chosen catalogue: "sqlite:PATH", or the server URL.
    QString spec() const;
    bool allowUnencrypted() const;
    // Logs in and shows what the catalogue holds (or why it cannot); true when it could.
    bool test();
    void accept() override;

    QLabel *status() const { return m_status; }

private:
    void updateEnabled();

    SecretStore &m_keychain;
    QString m_dataDirectory;
    QRadioButton *m_local = nullptr;
    QRadioButton *m_server = nullptr;
    QLineEdit *m_file = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_unencrypted = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_test = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace csp
