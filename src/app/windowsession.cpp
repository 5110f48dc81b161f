#include "windowsession.h"

#include "databasedialog.h"
#include "mainwindow.h"
#include "prompts.h"
#include "services/cataloguedatabase.h"

namespace csp {

WindowSession::WindowSession(SecretStore &keychain, SecretStore &secrets, Start start,
                             QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_secrets(secrets)
    , m_start(std::move(start))
{ }

WindowSession::~WindowSession() = default;

QString WindowSession::overriddenBy() const
{
    if (!m_start.databaseOption.isEmpty())
        return QStringLiteral("--database");
    if (!qEnvironmentVariableIsEmpty("ACRONIS_CSP_DATABASE"))
        return QStringLiteral("$ACRONIS_CSP_DATABASE");
    return {};
}

Status WindowSession::open()
{
    const bool fromSetting = overriddenBy().isEmpty();
    return openWindow(CatalogueDatabase::chosenSpec(m_start.databaseOption,
                                                    CatalogueDatabase::windowSetting()),
                      m_start.allowUnencrypted ||
                              (fromSetting && CatalogueDatabase::windowAllowsUnencrypted()));
}

Status WindowSession::openWindow(const QString &spec, bool allowUnencrypted)
{
    const auto location = CatalogueDatabase::locate(spec, m_start.dataDirectory, allowUnencrypted);
    if (!location)
        return location.error();
    auto database = CatalogueDatabase::open(*location, m_keychain);
    if (!database)
        return database.error();
    auto window = std::make_unique<MainWindow>(*database, m_secrets);
    window->setDataDirectory(m_start.dataDirectory);
    connect(window.get(), &MainWindow::catalogueDatabaseRequested, this,
            &WindowSession::chooseDatabase);
    m_spec = location->isPostgresql() ? location->display()
                                      : QStringLiteral("sqlite:") + location->sqlitePath();
    m_window = std::move(window);
    return success();
}

void WindowSession::chooseDatabase()
{
    QString spec;
    bool allowUnencrypted = false;
    { // gone before the window it belongs to
        DatabaseDialog dialog(m_keychain, m_start.dataDirectory, m_spec, overriddenBy(),
                              m_window.get());
        if (Prompts::exec(dialog) != QDialog::Accepted)
            return;
        spec = dialog.spec();
        allowUnencrypted = dialog.allowUnencrypted();
    }
    std::unique_ptr<MainWindow> previous = std::move(m_window);
    const QString previousSpec = m_spec;
    if (const Status opened = openWindow(spec, allowUnencrypted); !opened) {
        m_window = std::move(previous);
        m_spec = previousSpec;
        Prompts::warn(m_window.get(), tr("Catalogue Database"), opened.error().message);
        return;
    }
    m_window->setGeometry(previous->geometry());
    m_window->show();
    previous->close();
    previous.reset();
    emit windowReplaced(m_window.get());
}

} // namespace csp
