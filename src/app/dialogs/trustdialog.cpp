#include "trustdialog.h"

#include "prompts.h"
#include "services/trustedcertificates.h"
#include "ui_trustdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace csp {

TrustDialog::TrustDialog(QString dataDirectory, QWidget *parent)
    : QDialog(parent)
    , m_dataDirectory(std::move(dataDirectory))
{
    Ui::TrustDialog ui;
    ui.setupUi(this);
    m_file = ui.trustFileEdit;
    m_details = ui.trustDetails;
    m_buttons = ui.trustButtons;
    QPushButton *browse = ui.trustBrowseButton;
    m_file->setText(TrustedCertificates::saved(m_dataDirectory));
    m_details->setMinimumHeight(fontMetrics().lineSpacing() * 3); // messages do not move the rest

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen =
                QFileDialog::getOpenFileName(this, tr("Certificate File"), QDir::homePath(),
                                             tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!chosen.isEmpty())
            m_file->setText(chosen);
    });
    connect(m_file, &QLineEdit::textChanged, this, &TrustDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TrustDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TrustDialog::reject);
    check();
}

void TrustDialog::check()
{
    const QString path = m_file->text().trimmed();
    bool usable = true;
    if (path.isEmpty()) {
        m_details->setText(tr("Only the system's certificate authorities are trusted."));
    } else if (const auto certificates = TrustedCertificates::read(path); !certificates) {
        m_details->setText(certificates.error().message);
        usable = false;
    } else {
        m_details->setText(tr("Trusted besides the system's:") + u'\n' +
                           TrustedCertificates::describe(*certificates).join(u'\n'));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(usable);
}

void TrustDialog::accept()
{
    const QString path = m_file->text().trimmed();
    Status done = TrustedCertificates::save(m_dataDirectory, path);
    if (done)
        done = TrustedCertificates::trust(path);
    if (!done) {
        m_details->setText(done.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace csp
