#include "trustdialog.h"

#include "prompts.h"
#include "services/trustedcertificates.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace csp {

TrustDialog::TrustDialog(QString dataDirectory, QWidget *parent)
    : QDialog(parent)
    , m_dataDirectory(std::move(dataDirectory))
{
    setWindowTitle(tr("Trusted Certificate Authorities"));
    auto *intro = new QLabel(
            tr("Where a TLS-inspecting proxy stands between this computer and the gateway, trust "
               "its certificate authority here. The certificates in the file are trusted besides "
               "the system's, with the same checks; leave the field empty to trust the system's "
               "alone. The command line and the nightly runs use the same file."),
            this);
    intro->setWordWrap(true);

    m_file = new QLineEdit(TrustedCertificates::saved(m_dataDirectory), this);
    m_file->setClearButtonEnabled(true);
    m_file->setPlaceholderText(tr("The system's certificate authorities only"));
    m_file->setAccessibleName(tr("Certificate file (PEM)"));
    auto *browse = new QPushButton(tr("&Browse\u2026"), this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_file, 1);
    row->addWidget(browse);
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("Certificate &file (PEM):"), this);
    label->setBuddy(m_file);
    form->addRow(label, row);

    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(fontMetrics().lineSpacing() * 3); // messages do not move the rest
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_details);
    layout->addWidget(m_buttons);

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
