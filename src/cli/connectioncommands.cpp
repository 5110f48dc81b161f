#include "connectioncommands.h"

#include "interrupts.h"
#include "services/connectiontest.h"
#include "storage/instancerepository.h"

#include <QEventLoop>
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
    InstanceRepository instances(*session.database());

    QNetworkAccessManager network;
    ConnectionTest test(network, session.secrets(), &instances, session.apiOptions());
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

} // namespace csp::cli
