#include "cli.h"

#include "cataloguecommands.h"
#include "commandparser.h"
#include "connectioncommands.h"
#include "contractcommands.h"
#include "databasecommands.h"
#include "instancecommands.h"
#include "interrupts.h"
#include "invoicecommands.h"
#include "monthendcommands.h"
#include "pricecommands.h"
#include "providercommands.h"
#include "usagecommands.h"

#include <QCommandLineParser>

namespace csp::cli {

QString Cli::usage()
{
    return tr(
            "Usage: acronis-csp [--data-dir DIR] [--database URL] [--ca-file FILE] COMMAND ...\n\n"
            "Links a cloud distributor's billing system to Acronis Cyber Cloud: the same\n"
            "catalogue and settings as the acronis-csp-setup window, without a window.\n\n"
            "Commands:\n"
            "  instance          Add, edit, list, show and remove linked Acronis accounts\n"
            "  test-connection   Check an instance's gateway, client id and secret\n"
            "  check-api         Check, read-only, every endpoint this program depends on\n"
            "  sync              Get Services Definition: update an instance's products\n"
            "  products          List the products (also as JSON or CSV)\n"
            "  history           List the sync runs\n"
            "  price set         Set a sell price by hand where the gateway serves none\n"
            "  prices            Check the discount against Acronis' effective price list\n"
            "  provider          Provision, list, suspend, resume and cancel service providers\n"
            "  usage             Service providers' usage, priced at sell and cost\n"
            "  tier              List and set the CSP contract tiers and their commitments\n"
            "  invoice           Each service provider's invoice for a closed month\n"
            "  reconcile         A closed month's report beside its estimates, with flags\n"
            "  discount          Discounts of applications and products\n"
            "  audit             Who changed what, and when\n"
            "  database          Where the catalogue lives: status, copy, login, logout\n\n"
            "Global options:\n"
            "  --ca-file FILE   Trust the certificate authorities in FILE (PEM) besides the\n"
            "                   system's, for a TLS-inspecting proxy (also $ACRONIS_CSP_CA_FILE)\n"
            "  --data-dir DIR   Use the catalogue in DIR (also $ACRONIS_CSP_DATA_DIR)\n"
            "  --database URL   Use the catalogue at URL: sqlite:PATH or\n"
            "                   postgresql://[USER@]HOST[:PORT]/DBNAME (also\n"
            "                   $ACRONIS_CSP_DATABASE); never a password in it\n"
            "  --allow-unencrypted-database\n"
            "                   Allow an unencrypted connection to a database server on\n"
            "                   another machine\n"
            "  --help           Show this help; 'acronis-csp COMMAND --help' for a command\n"
            "  --verbose        Each request to Acronis on stderr: method, path, status, ms\n"
            "  --version        Show the version\n\n"
            "Exit codes: 0 done, 1 failed, 2 bad arguments or input, 3 authentication failed,\n"
            "4 gateway or database server unreachable, 5 OS keychain unavailable, 6 conflict,\n"
            "130/143 stopped by Ctrl+C or SIGTERM (the run is rolled back and recorded as\n"
            "cancelled).\n");
}

int Cli::run(const QStringList &arguments)
{
    Interrupts::instance().install();
    const int exitCode = dispatch(arguments);
    // Work cancelled by Ctrl+C or SIGTERM ends as the shell expects: 130, 143.
    if (const int signal = Interrupts::instance().received())
        return Interrupts::exitCodeFor(signal);
    return exitCode;
}

int Cli::dispatch(const QStringList &arguments)
{
    Console console;
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), {}, QStringLiteral("DIR"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringLiteral("version"));
    const QCommandLineOption verbose(QStringLiteral("verbose"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), {}, QStringLiteral("FILE"));
    const QCommandLineOption database(QStringLiteral("database"), {}, QStringLiteral("URL"));
    const QCommandLineOption allowUnencrypted(QStringLiteral("allow-unencrypted-database"));
    parser.addOptions({dataDir, help, version, verbose, caFile, database, allowUnencrypted});
    if (!parser.parse(QStringList{QStringLiteral("acronis-csp")} + arguments)) {
        console.error(parser.errorText() + u' ' + tr("Try 'acronis-csp --help'."));
        return ExitBadInput;
    }
    if (parser.isSet(version)) {
        console.line(QStringLiteral("acronis-csp ") + QCoreApplication::applicationVersion());
        return ExitOk;
    }
    const QStringList rest = parser.positionalArguments();
    if (parser.isSet(help) || rest.isEmpty()) {
        console.out(usage());
        return rest.isEmpty() && !parser.isSet(help) ? ExitBadInput : ExitOk;
    }
    Session session(console, parser.value(dataDir));
    session.setVerbose(parser.isSet(verbose));
    session.setDatabaseOption(parser.value(database), parser.isSet(allowUnencrypted));
    if (const Status trusted = session.trustCertificates(parser.value(caFile)); !trusted)
        return console.fail(trusted.error());
    const int exitCode = runCommand(session, rest.first(), rest.mid(1));
    if (exitCode != ExitOk)
        return exitCode;
    if (const Status written = console.commitOutput(); !written)
        return console.fail(written.error());
    return ExitOk;
}

int Cli::runCommand(Session &session, const QString &command, const QStringList &rest)
{
    if (command == u"instance")
        return InstanceCommands::run(session, rest);
    if (command == u"test-connection")
        return ConnectionCommands::testConnection(session, rest);
    if (command == u"check-api")
        return ConnectionCommands::checkApi(session, rest);
    if (command == u"sync")
        return CatalogueCommands::sync(session, rest);
    if (command == u"products")
        return CatalogueCommands::products(session, rest);
    if (command == u"history")
        return CatalogueCommands::history(session, rest);
    if (command == u"provider")
        return ProviderCommands::run(session, rest);
    if (command == u"usage")
        return UsageCommands::usage(session, rest);
    if (command == u"prices")
        return PriceCommands::run(session, rest);
    if (command == u"price")
        return CatalogueCommands::price(session, rest);
    if (command == u"tier")
        return ContractCommands::tier(session, rest);
    if (command == u"invoice")
        return InvoiceCommands::invoice(session, rest);
    if (command == u"database")
        return DatabaseCommands::run(session, rest);
    if (command == u"discount")
        return MonthEndCommands::discount(session, rest);
    if (command == u"audit")
        return MonthEndCommands::audit(session, rest);
    if (command == u"reconcile")
        return MonthEndCommands::reconcile(session, rest);
    session.console().error(tr("unknown command \"%1\". Try 'acronis-csp --help'.").arg(command));
    return ExitBadInput;
}

} // namespace csp::cli
