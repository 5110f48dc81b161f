#include "mainwindow.h"
#include "windowsession.h"
#include "windowtitles.h"

#include "core/appidentity.h"
#include "core/processguard.h"
#include "core/translations.h"
#include "services/cataloguedatabase.h"
#include "services/keychain.h"
#include "services/trustedcertificates.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    csp::protectProcessMemory(); // before any secret is read
    QApplication app(argc, argv);
    csp::setApplicationIdentity();
    csp::installTranslations(app);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Acronis CSP Setup"));
    csp::usePlainWindowTitles(app);
    QApplication::setDesktopFileName(QStringLiteral("org.acroniscsp.Setup"));
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/org.acroniscsp.Setup.png").arg(size));
    QApplication::setWindowIcon(icon);

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QApplication::translate("main", "Applications Setup for Acronis Cyber Cloud"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
            QStringLiteral("data-dir"),
            QApplication::translate("main",
                                    "Use the catalogue in DIR (also $ACRONIS_CSP_DATA_DIR)."),
            QStringLiteral("DIR"));
    parser.addOption(dataDir);
    const QCommandLineOption databaseOption(
            QStringLiteral("database"),
            QApplication::translate("main",
                                    "Use the catalogue at URL: sqlite:PATH or "
                                    "postgresql://[USER@]HOST[:PORT]/DBNAME (also "
                                    "$ACRONIS_CSP_DATABASE)."),
            QStringLiteral("URL"));
    parser.addOption(databaseOption);
    const QCommandLineOption allowUnencrypted(
            QStringLiteral("allow-unencrypted-database"),
            QApplication::translate("main",
                                    "Allow sslmode=disable, allow or prefer to a database server "
                                    "on another machine."));
    parser.addOption(allowUnencrypted);
    const QCommandLineOption page(
            QStringLiteral("page"),
            QApplication::translate("main",
                                    "Open on PAGE: setup, products, providers, usage or invoices."),
            QStringLiteral("PAGE"));
    parser.addOption(page);
    parser.process(app);

    const QString directory = csp::resolveDataDirectory(parser.value(dataDir));
    const QString caFile = csp::TrustedCertificates::chosen({}, directory);
    if (!caFile.isEmpty()) {
        if (const csp::Status trusted = csp::TrustedCertificates::trust(caFile); !trusted)
            QMessageBox::warning(
                    nullptr, QApplication::translate("main", "Trusted Certificate Authorities"),
                    QApplication::translate("main",
                                            "%1\n\nOnly the system's certificate authorities "
                                            "are trusted until this is corrected (File > Trusted "
                                            "Certificate Authorities).")
                            .arg(trusted.error().message));
    }
    csp::Keychain keychain;
    csp::WindowSession session(
            keychain.osKeychain(), keychain.clientSecrets(directory),
            {directory, parser.value(databaseOption), parser.isSet(allowUnencrypted)});
    if (const csp::Status opened = session.open(); !opened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the catalogue"),
                              opened.error().message);
        return 1;
    }
    csp::MainWindow &window = *session.window();
    if (parser.isSet(page) && !window.showPage(parser.value(page))) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Unknown page"),
                              QApplication::translate("main", "--page: \"%1\" is not one of %2.")
                                      .arg(parser.value(page),
                                           csp::MainWindow::pageKeys().join(QStringLiteral(", "))));
        return 2;
    }
    window.show();
    return QApplication::exec();
}
