#include "commandparser.h"

#include "terminal.h"

#include "core/month.h"

#include "core/secretwipe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include <cstdio>

namespace csp::cli {

CommandParser::CommandParser(QString commandPath, const QString &description)
    : m_commandPath(std::move(commandPath))
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(
            {QStringLiteral("help"), QCoreApplication::translate("cli", "Show this help.")});
    m_parser.addOption({QStringLiteral("data-dir"),
                        QCoreApplication::translate(
                                "cli", "Use the catalogue in DIR (also $ACRONIS_CSP_DATA_DIR)."),
                        QStringLiteral("DIR")});
    m_parser.addOption({QStringLiteral("database"),
                        QCoreApplication::translate("cli",
                                                    "Use the catalogue at URL: sqlite:PATH or "
                                                    "postgresql://[USER@]HOST[:PORT]/DBNAME (also "
                                                    "$ACRONIS_CSP_DATABASE)."),
                        QStringLiteral("URL")});
    m_parser.addOption({QStringLiteral("allow-unencrypted-database"),
                        QCoreApplication::translate("cli",
                                                    "Allow sslmode=disable, allow or prefer to a "
                                                    "database server on another machine.")});
}

void CommandParser::addOutputOption()
{
    m_hasOutputOption = true;
    m_parser.addOption(
            {QStringLiteral("output"),
             QCoreApplication::translate("cli",
                                         "Write to FILE (whole or not at all) instead of standard "
                                         "output."),
             QStringLiteral("FILE")});
}

void CommandParser::applyOutputOption(Console &console) const
{
    if (m_hasOutputOption && m_parser.isSet(QStringLiteral("output")))
        console.redirectTo(m_parser.value(QStringLiteral("output")));
}

void CommandParser::addPositional(const QString &name, const QString &description,
                                  const QString &syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
}

std::optional<QString> CommandParser::optionalValue(const QString &name) const
{
    if (!m_parser.isSet(name))
        return std::nullopt;
    return m_parser.value(name);
}

void CommandParser::addClosedMonthOptions(const QString &csvRows)
{
    addOption({QStringLiteral("month"),
               QCoreApplication::translate("cli",
                                           "The closed month, e.g. 2026-10, or \"last\" for "
                                           "the previous one (UTC)."),
               QStringLiteral("YYYY-MM|last")});
    addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON.")});
    addOption({QStringLiteral("csv"), csvRows});
    m_hasCsvOption = true;
    addOutputOption();
}

std::optional<QDate> CommandParser::closedMonth(Console &console, int *exitCode) const
{
    const auto refuse = [&](const QString &message) {
        *exitCode = badUsage(console, message);
        return std::nullopt;
    };
    if (m_hasCsvOption && isSet(QStringLiteral("json")) && isSet(QStringLiteral("csv")))
        return refuse(QCoreApplication::translate("cli", "--json and --csv exclude each other."));
    if (!isSet(QStringLiteral("month")))
        return refuse(QCoreApplication::translate("cli", "missing --month."));
    const auto month = parseMonth(value(QStringLiteral("month")), Session::now().date());
    if (!month)
        return refuse(QCoreApplication::translate(
                              "cli", "--month: \"%1\" is not a month like 2026-10 or \"last\".")
                              .arg(value(QStringLiteral("month"))));
    return month;
}

int CommandParser::badUsage(Console &console, const QString &message) const
{
    console.error(m_commandPath + QStringLiteral(": ") + message);
    console.error(
            QCoreApplication::translate("cli", "Try 'acronis-csp %1 --help'.").arg(m_commandPath));
    return ExitBadInput;
}

std::optional<int> CommandParser::parse(const QStringList &arguments, Session &session,
                                        int positionalCount, int optionalPositionalCount)
{
    Console &console = session.console();
    if (!m_parser.parse(QStringList{QStringLiteral("acronis-csp")} + arguments))
        return badUsage(console, m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        // QCommandLineParser names the binary's full path; show the command as it is typed.
        QString help = m_parser.helpText();
        const qsizetype options = help.indexOf(QStringLiteral(" [options]"));
        if (help.startsWith(QStringLiteral("Usage: ")) && options > 0)
            help.replace(0, options, QStringLiteral("Usage: acronis-csp ") + m_commandPath);
        console.out(help);
        return ExitOk;
    }
    session.setDataDirectoryOption(m_parser.value(QStringLiteral("data-dir")));
    session.setDatabaseOption(m_parser.value(QStringLiteral("database")),
                              m_parser.isSet(QStringLiteral("allow-unencrypted-database")));
    const qsizetype count = m_parser.positionalArguments().size();
    if (count < positionalCount)
        return badUsage(console, QCoreApplication::translate("cli", "missing argument."));
    if (count > positionalCount + optionalPositionalCount)
        return badUsage(console,
                        QCoreApplication::translate("cli", "unexpected argument \"%1\".")
                                .arg(m_parser.positionalArguments().at(positionalCount +
                                                                       optionalPositionalCount)));
    return std::nullopt;
}

namespace {

// The secret as text, without the final line break; the bytes it came in are wiped.
QString secretFrom(QByteArray &bytes)
{
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    QString secret = QString::fromUtf8(bytes);
    wipe(bytes);
    return secret;
}

QString readLineWithoutEcho(Console &console, const QString &prompt)
{
    console.warning(prompt.isEmpty()
                            ? QCoreApplication::translate("cli",
                                                          "reading the client secret from the "
                                                          "terminal (input hidden); end with Enter")
                            : prompt);
    QByteArray line;
    {
        const HiddenTyping hidden;
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly))
            line = in.readLine();
    }
    std::fputc('\n', stderr);
    return secretFrom(line);
}

} // namespace

std::optional<QString> readSecretFromStdin(Console &console, const QString &prompt)
{
    if (isTerminal(stdin))
        return readLineWithoutEcho(console, prompt);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        console.error(
                QCoreApplication::translate("cli", "cannot read the secret from standard input."));
        return std::nullopt;
    }
    QByteArray bytes = in.readAll();
    return secretFrom(bytes);
}

} // namespace csp::cli
