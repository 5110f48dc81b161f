#include "connectioncommands.h"

#include "interrupts.h"
#include "services/cataloguereader.h"
#include "services/compatibilitycheck.h"
#include "services/connectiontest.h"
#include "services/savedfile.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace csp::cli {

int ConnectionCommands::testConnection(Session &session, const QStringList &arguments)
{
    CommandParser command(QStringLiteral("test-connection"),
                          tr("Obtain a token and find the distributor tenant of an instance's API "
                             "client."));
    command.addPositional(QStringLiteral("NAME"), tr("The instance's system name."));
    command.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (auto done = command.parse(arguments, session, 1))
        return *done;
    Console &console = session.console();
    const bool json = command.isSet(QStringLiteral("json"));
    const auto instance = session.instanceNamed(command.positional().first());
    if (!instance)
        return console.fail(instance.error());
    QNetworkAccessManager network;
    ConnectionTest test(network, session.secrets(), *session.database(), session.apiOptions());
    std::optional<Result<ConnectionInfo>> outcome;
    QEventLoop loop;
    QObject::connect(&test, &ConnectionTest::finished, &loop,
                     [&](const Result<ConnectionInfo> &result) {
                         outcome = result;
                         loop.quit();
                     });
    const Interrupts::CancelGuard cancelOnInterrupt([&test] { test.cancel(); });
    test.start(*instance);
    if (!outcome)
        loop.exec();

    if (!*outcome) {
        if (json)
            console.json(QJsonDocument(
                    QJsonObject{{QStringLiteral("ok"), false},
                                {QStringLiteral("error"), outcome->error().message}}));
        return console.fail(outcome->error());
    }
    const ConnectionInfo &info = outcome->value();
    if (json) {
        console.json(QJsonDocument(QJsonObject{{QStringLiteral("ok"), true},
                                               {QStringLiteral("tenant_id"), info.tenantId},
                                               {QStringLiteral("tenant_name"), info.tenantName},
                                               {QStringLiteral("tenant_kind"), info.tenantKind}}));
    } else {
        console.line(
                tr("Connected to %1: tenant \"%2\" (%3, id %4).")
                        .arg(instance->gateway, info.tenantName, info.tenantKind, info.tenantId));
    }
    return ExitOk;
}

namespace {

QJsonObject reportJson(const CompatibilityReport &report)
{
    QJsonArray checks;
    for (const EndpointCheck &check : report.checks)
        checks.append(QJsonObject{{QStringLiteral("operation"), check.operationId},
                                  {QStringLiteral("method"), check.method},
                                  {QStringLiteral("path"), check.path},
                                  {QStringLiteral("result"), checkResultKey(check.result)},
                                  {QStringLiteral("http_status"),
                                   check.httpStatus ? QJsonValue(check.httpStatus) : QJsonValue()},
                                  {QStringLiteral("detail"), textOrNull(check.detail)},
                                  {QStringLiteral("affects"), check.affects}});
    QJsonArray unchecked;
    for (const UncheckedEndpoint &endpoint : report.unchecked)
        unchecked.append(QJsonObject{{QStringLiteral("operation"), endpoint.operationId},
                                     {QStringLiteral("reason"), endpoint.reason}});
    return {{QStringLiteral("instance"), report.instanceName},
            {QStringLiteral("gateway"), report.gateway},
            {QStringLiteral("ok"), report.ok()},
            {QStringLiteral("checks"), checks},
            {QStringLiteral("not_checked"), unchecked}};
}

} // namespace

int ConnectionCommands::checkApi(Session &session, const QStringList &arguments)
{
    CommandParser command(QStringLiteral("check-api"),
                          tr("Check, read-only, that an instance's gateway offers every endpoint "
                             "this program depends on, in the shape it needs."));
    command.addPositional(QStringLiteral("NAME"), tr("The instance's system name."));
    command.addOption({QStringLiteral("json"), tr("Print JSON.")});
    command.addOption({QStringLiteral("capture"),
                       tr("Save each answer in DIR, with names, e-mail addresses, logins, phone "
                          "numbers and addresses replaced (ids, prices and structure kept)."),
                       QStringLiteral("DIR")});
    if (auto done = command.parse(arguments, session, 1))
        return *done;
    Console &console = session.console();
    const bool json = command.isSet(QStringLiteral("json"));
    const auto instance = session.instanceNamed(command.positional().first());
    if (!instance)
        return console.fail(instance.error());
    const auto database = session.database();
    if (!database)
        return console.fail(database.error());

    QNetworkAccessManager network;
    CompatibilityCheck check(*database, session.secrets(), network, session.apiOptions());
    const CompatibilityReport report = runToTheEnd<CompatibilityReport>(
            check, &CompatibilityCheck::finished, [&] { check.start(*instance); });
    if (report.error)
        return console.fail(*report.error);
    if (command.isSet(QStringLiteral("capture"))) {
        const QString folder = command.value(QStringLiteral("capture"));
        if (!QDir().mkpath(folder))
            return console.fail(
                    Error{ErrorKind::InvalidInput,
                          tr("--capture: the folder \"%1\" cannot be made.").arg(folder)});
        for (const CapturedAnswer &answer : report.captured) {
            if (const Status written =
                        saveFileWhole(QDir(folder).filePath(answer.fileName), answer.body);
                !written)
                return console.fail(written.error());
        }
        console.error(tr("Saved %n answer(s) in %1, personal data replaced.", nullptr,
                         int(report.captured.size()))
                              .arg(QDir::toNativeSeparators(folder)));
    }
    if (json) {
        console.json(QJsonDocument(reportJson(report)));
        return report.ok() ? ExitOk : ExitFailed;
    }
    console.line(tr("%1 at %2:").arg(report.instanceName, report.gateway));
    int failing = 0;
    for (const EndpointCheck &endpoint : report.checks) {
        console.line(QStringLiteral("  %1  %2 %3 (%4)")
                             .arg(checkResultKey(endpoint.result).leftJustified(11),
                                  endpoint.method, endpoint.path, endpoint.operationId));
        if (endpoint.result == CheckResult::Works)
            continue;
        ++failing;
        console.line(QStringLiteral("               ") + endpoint.detail);
        console.line(QStringLiteral("               ") + tr("Affects: %1").arg(endpoint.affects));
    }
    for (const UncheckedEndpoint &endpoint : report.unchecked)
        console.line(tr("  not checked  %1: %2").arg(endpoint.operationId, endpoint.reason));
    if (failing == 0)
        console.line(tr("Every endpoint checked works as this program needs."));
    else
        console.line(tr("%n of %1 endpoints do not work as this program needs.", nullptr, failing)
                             .arg(report.checks.size()));
    return report.ok() ? ExitOk : ExitFailed;
}

} // namespace csp::cli
