#include "databasedialog.h"

#include "core/appidentity.h"
#include "core/secretwipe.h"
#include "services/cataloguedatabase.h"
#include "ui_databasedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

namespace csp {

namespace {

constexpr auto sqlitePrefix = QLatin1String("sqlite:");

} // namespace

DatabaseDialog::DatabaseDialog(SecretStore &keychain, QString dataDirectory, const QString &current,
                               const QString &overriddenBy, QWidget *parent)
    : QDialog(parent)
    , m_keychain(keychain)
    , m_dataDirectory(std::move(dataDirectory))
{
    Ui::DatabaseDialog ui;
    ui.setupUi(this);
    m_local = ui.databaseLocalRadio;
    m_file = ui.databaseFileEdit;
    m_server = ui.databaseServerRadio;
    m_url = ui.databaseUrlEdit;
    m_password = ui.databasePasswordEdit;
    m_unencrypted = ui.databaseUnencryptedCheck;
    m_status = ui.databaseStatus;
    m_buttons = ui.databaseButtons;
    QPushButton *browse = ui.databaseBrowseButton;
    m_file->setPlaceholderText(catalogueDatabasePath(m_dataDirectory));
    // Room for a server's refusal, so that a message neither moves the rest nor is cut off.
    m_status->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    if (!overriddenBy.isEmpty())
        m_status->setText(tr("This window was started with %1, which comes before the choice "
                             "made here; the choice applies when it is started without.")
                                  .arg(overriddenBy));
    m_test = m_buttons->addButton(tr("T&est"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("databaseTestButton"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);

    if (current.startsWith(sqlitePrefix) || !current.contains(u"://")) {
        m_local->setChecked(true);
        const QString path =
                current.startsWith(sqlitePrefix) ? current.mid(sqlitePrefix.size()) : current;
        if (path != catalogueDatabasePath(m_dataDirectory))
            m_file->setText(path);
    } else {
        m_server->setChecked(true);
        m_url->setText(current);
    }
    connect(m_local, &QRadioButton::toggled, this, &DatabaseDialog::updateEnabled);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen =
                QFileDialog::getSaveFileName(this, tr("Catalogue File"), m_file->placeholderText(),
                                             tr("Catalogues (*.sqlite);;All files (*)"), nullptr,
                                             QFileDialog::DontConfirmOverwrite);
        if (!chosen.isEmpty())
            m_file->setText(QDir::toNativeSeparators(chosen));
    });
    connect(m_test, &QPushButton::clicked, this, &DatabaseDialog::test);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DatabaseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DatabaseDialog::reject);
    updateEnabled();
}

void DatabaseDialog::updateEnabled()
{
    const bool local = m_local->isChecked();
    m_file->setEnabled(local);
    m_url->setEnabled(!local);
    m_password->setEnabled(!local);
    m_unencrypted->setEnabled(!local);
}

QString DatabaseDialog::spec() const
{
    if (m_server->isChecked())
        return m_url->text().trimmed();
    const QString path = m_file->text().trimmed();
    return path.isEmpty() ? QString() : sqlitePrefix + QDir::fromNativeSeparators(path);
}

bool DatabaseDialog::allowUnencrypted() const
{
    return m_server->isChecked() && m_unencrypted->isChecked();
}

bool DatabaseDialog::test()
{
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Connecting\u2026"));
    m_status->repaint();
    const auto fail = [this](const QString &message) {
        m_status->setStyleSheet(QStringLiteral("color: palette(link)"));
        m_status->setText(tr("\u2716 %1").arg(message));
        return false;
    };
    if (m_server->isChecked() && m_url->text().trimmed().isEmpty())
        return fail(tr("Server URL: enter the server's postgresql:// URL."));
    const auto location = CatalogueDatabase::locate(spec(), m_dataDirectory, allowUnencrypted());
    if (!location)
        return fail(location.error().message);
    Result<std::shared_ptr<Database>> opened = Error{ErrorKind::Failed, {}};
    if (location->isPostgresql() && !m_password->text().isEmpty()) {
        opened = CatalogueDatabase::openWithPassword(*location, m_password->text());
    } else {
        opened = CatalogueDatabase::open(*location, m_keychain);
    }
    if (!opened && opened.error().kind == ErrorKind::AuthFailed)
        return fail(tr("The database server refused the login to %1. Check the user in the URL "
                       "and type its password above: OK keeps it in your OS keychain.")
                            .arg(location->display()));
    if (!opened)
        return fail(opened.error().message);
    const auto summary = CatalogueDatabase::summarize(**opened);
    if (!summary)
        return fail(summary.error().message);
    m_status->setText(tr("\u2714 Connected to %1: %2")
                              .arg(summary->location, CatalogueDatabase::describe(*summary)));
    return true;
}

void DatabaseDialog::accept()
{
    if (!test())
        return;
    if (const auto location =
                CatalogueDatabase::locate(spec(), m_dataDirectory, allowUnencrypted());
        location && location->isPostgresql() && !m_password->text().isEmpty()) {
        QString password = m_password->text();
        const Status kept = CatalogueDatabase::login(*location, password, m_keychain);
        wipe(password);
        m_password->clear();
        if (!kept) {
            m_status->setStyleSheet(QStringLiteral("color: palette(link)"));
            m_status->setText(tr("\u2716 %1").arg(kept.error().message));
            return;
        }
    }
    CatalogueDatabase::setWindowSetting(spec(), allowUnencrypted());
    QDialog::accept();
}

} // namespace csp
