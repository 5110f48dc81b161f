#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <functional>

namespace csp {

struct SecretResult
{
    enum class Status {
        Ok,
        NotFound,    // no entry under that key
        Unavailable, // no usable Secret Service / keychain
        Locked,      // the keychain is locked or access was refused
        TimedOut,    // the keychain did not answer within the watchdog
        Failed,      // anything else
    };

    Status status = Status::Ok;
    QString secret;  // only for a successful read
    QString message; // for people; never contains the secret

    bool ok() const { return status == Status::Ok; }
    // True when the keychain itself cannot be used (CLI exit 5).
    bool keychainUnusable() const
    {
        return status == Status::Unavailable || status == Status::Locked ||
                status == Status::TimedOut;
    }
    // The failure as an Error: KeychainUnavailable when the keychain cannot be used.
    Error error() const
    {
        return {keychainUnusable() ? ErrorKind::KeychainUnavailable : ErrorKind::Failed, message};
    }
};

using SecretCallback = std::function<void(const SecretResult &)>;
// Ends a prepared replacement: `keep` makes the new secret the one read for its key (and drops
// the one before), otherwise the one before stays. Called once; `done` (optional) hears the end.
using SettleSecret = std::function<void(bool keep, std::function<void()> done)>;
using PreparedCallback = std::function<void(const SecretResult &, SettleSecret)>;

// Where client secrets live, keyed by instance id. Asynchronous: `done` is called exactly once,
// on the thread of `context`, unless `context` is destroyed first.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    virtual void read(const QString &key, QObject *context, SecretCallback done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context,
                       SecretCallback done) = 0;
    virtual void remove(const QString &key, QObject *context, SecretCallback done) = 0;

    // Writes a replacement for the secret of `key` that a caller can still take back, so that a
    // secret and the database row it belongs to are saved together or not at all. On success
    // `done` gets the settle function. This one reads the secret before, writes the new one and
    // writes the old one back when it is not kept; VersionedSecretStore does better.
    virtual void prepare(const QString &key, const QString &secret, QObject *context,
                         PreparedCallback done);
};

// The OS keychain through QtKeychain (Secret Service on Linux), with no plaintext fallback and a
// watchdog on every job.
class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    static constexpr auto DefaultService = "org.acroniscsp.Setup";

    explicit KeychainSecretStore(QString service = QString::fromLatin1(DefaultService),
                                 std::chrono::milliseconds watchdog = defaultWatchdog());

    // 10 s, or $ACRONIS_CSP_KEYCHAIN_TIMEOUT_MS (for tests that make the keychain hang).
    static std::chrono::milliseconds defaultWatchdog();

    void read(const QString &key, QObject *context, SecretCallback done) override;
    void write(const QString &key, const QString &secret, QObject *context,
               SecretCallback done) override;
    void remove(const QString &key, QObject *context, SecretCallback done) override;

private:
    enum class Operation { Read, Write, Remove };
    void run(Operation operation, const QString &key, const QString &secret, QObject *context,
             SecretCallback done);

    QString m_service;
    std::chrono::milliseconds m_watchdog;
};

// Runs one SecretStore call to completion with a local event loop. For the CLI and tests only:
// the window never blocks on the keychain.
SecretResult waitForSecret(const std::function<void(QObject *, SecretCallback)> &call);

} // namespace csp
