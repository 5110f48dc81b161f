#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace csp {

// File > Trusted Certificate Authorities: the PEM file whose certificate authorities are
// trusted besides the system's, for gateways behind a TLS-inspecting proxy. Checked as it is
// typed; kept for the data directory, so that the command line and the nightly runs use it too.
class TrustDialog : public QDialog
{
    Q_OBJECT

public:
    TrustDialog(QString dataDirectory, QWidget *parent = nullptr);

    QLineEdit *fileEdit() const { return m_file; }
    QLabel *details() const { return m_details; }
    void accept() override;

private:
    void check();

    QString m_dataDirectory;
    QLineEdit *m_file = nullptr;
    QLabel *m_details = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace csp
