#include "secretstore.h"

#include "core/secretwipe.h"
#include "core/waitfor.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>
#include <utility>

namespace csp {

namespace {

SecretResult resultOf(const QKeychain::Job &job)
{
    using S = SecretResult::Status;
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        return {S::Ok, {}, {}};
    case QKeychain::EntryNotFound:
        return {S::NotFound,
                {},
                KeychainSecretStore::tr(
                        "No client secret is stored in the OS keychain for this instance.")};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {S::Locked,
                {},
                KeychainSecretStore::tr("The OS keychain is locked or refused access (%1). Unlock "
                                        "it, for example by logging in to the desktop session, and "
                                        "try again.")
                        .arg(detail)};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // QtKeychain 0.13 reports every set-up problem (no D-Bus session, no Secret Service,
        // no login keyring) as OtherError.
        return {S::Unavailable,
                {},
                KeychainSecretStore::tr("The OS keychain is not available (%1). Start and unlock "
                                        "a Secret Service such as GNOME Keyring or KWallet, then "
                                        "try again.")
                        .arg(detail)};
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return {S::Failed,
            {},
            KeychainSecretStore::tr("The OS keychain could not complete the request (%1).")
                    .arg(detail)};
}

} // namespace

void SecretStore::prepare(const QString &key, const QString &secret, QObject *context,
                          PreparedCallback done)
{
    read(key, context, [this, key, secret, context, done](const SecretResult &before) {
        if (!before.ok() && before.status != SecretResult::Status::NotFound)
            return done(before, {});
        const std::optional<QString> old =
                before.ok() ? std::optional<QString>(keptCopy(before.secret)) : std::nullopt;
        write(key, secret, context, [this, key, old, context, done](const SecretResult &written) {
            if (!written.ok())
                return done(written, {});
            done(written, [this, key, old, context](bool keep, std::function<void()> settled) {
                const auto finish = [settled](const SecretResult &) {
                    if (settled)
                        settled();
                };
                if (keep)
                    return finish({});
                if (old)
                    write(key, *old, context, finish);
                else
                    remove(key, context, finish);
            });
        });
    });
}

KeychainSecretStore::KeychainSecretStore(QString service, std::chrono::milliseconds watchdog)
    : m_service(std::move(service))
    , m_watchdog(watchdog)
{ }

std::chrono::milliseconds KeychainSecretStore::defaultWatchdog()
{
    bool ok = false;
    const int fromEnvironment =
            qEnvironmentVariableIntValue("ACRONIS_CSP_KEYCHAIN_TIMEOUT_MS", &ok);
    return ok && fromEnvironment > 0 ? std::chrono::milliseconds(fromEnvironment)
                                     : std::chrono::seconds(10);
}

void KeychainSecretStore::read(const QString &key, QObject *context, SecretCallback done)
{
    run(Operation::Read, key, {}, context, std::move(done));
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context,
                                SecretCallback done)
{
    run(Operation::Write, key, secret, context, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, SecretCallback done)
{
    run(Operation::Remove, key, {}, context, std::move(done));
}

void KeychainSecretStore::run(Operation operation, const QString &key, const QString &secret,
                              QObject *context, SecretCallback done)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_service);
        writeJob->setTextData(secret);
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);

    // Whichever comes first, the job's answer or the watchdog, settles the call; the other is
    // ignored. A job that never answers is left to QtKeychain (it may hold its queue). The
    // watchdog belongs to the job and stops with its answer: a timer left pending per call
    // would pile up over a long run of quick calls (the soak run found it).
    auto settled = std::make_shared<bool>(false);
    auto callback = std::make_shared<SecretCallback>(std::move(done));
    auto *watchdog = new QTimer(job);
    watchdog->setSingleShot(true);
    QObject::connect(
            job, &QKeychain::Job::finished, context,
            [settled, callback, operation, watchdog](QKeychain::Job *finished) {
                watchdog->stop();
                if (*settled)
                    return;
                *settled = true;
                SecretResult result = resultOf(*finished);
                // The job's buffer and ours are wiped once the caller has what it needs; one
                // that keeps the secret keeps a copy of its own.
                QByteArray stored;
                if (result.ok() && operation == Operation::Read) {
                    stored = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
                    result.secret = QString::fromUtf8(stored);
                }
                const SecretCallback call = std::exchange(*callback, nullptr);
                call(result);
                wipe(stored);
                wipe(result.secret);
            });
    const auto watchdogSeconds =
            std::chrono::duration_cast<std::chrono::seconds>(m_watchdog).count();
    QObject::connect(watchdog, &QTimer::timeout, context, [settled, callback, watchdogSeconds] {
        if (*settled)
            return;
        *settled = true;
        const SecretCallback call = std::exchange(*callback, nullptr);
        call({SecretResult::Status::TimedOut,
              {},
              tr("The OS keychain did not answer within %n second(s). Check that its "
                 "service is running and unlocked.",
                 nullptr, int(qMax<qint64>(1, watchdogSeconds)))});
    });
    watchdog->start(m_watchdog);
    job->start();
}

SecretResult waitForSecret(const std::function<void(QObject *, SecretCallback)> &call)
{
    QObject context;
    return waitFor<SecretResult>([&](SecretCallback done) {
        call(&context, [done](const SecretResult &result) {
            SecretResult kept = result;
            kept.secret = keptCopy(result.secret);
            done(kept);
        });
    });
}

} // namespace csp
