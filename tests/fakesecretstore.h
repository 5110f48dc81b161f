#pragma once

#include "secrets/secretstore.h"

#include <QHash>
#include <QTimer>

#include <functional>

namespace csp::test {

// An in-memory SecretStore that answers asynchronously, like the real one, and can be told to
// fail. For tests of what sits above the keychain; the keychain itself is tested for real.
class FakeSecretStore final : public SecretStore
{
public:
    QHash<QString, QString> entries;
    SecretResult::Status failWith = SecretResult::Status::Ok;
    // Writes answer "timed out" at once, and land anyway a little later, as a stuck keychain's
    // do once it wakes up.
    bool writesTimeOutThenLand = false;
    int delayMs = 0; // how late every answer comes
    int calls = 0;
    // Run from the event loop once a write has come in, before it is answered (`delayMs` later):
    // what happens while the keychain takes a secret.
    std::function<void()> whileWriting;

    void read(const QString &key, QObject *context, SecretCallback done) override
    {
        answer(context, std::move(done), [this, key] {
            if (!entries.contains(key))
                return SecretResult{
                        SecretResult::Status::NotFound, {}, QStringLiteral("not found")};
            return SecretResult{SecretResult::Status::Ok, entries.value(key), {}};
        });
    }
    void write(const QString &key, const QString &secret, QObject *context,
               SecretCallback done) override
    {
        if (writesTimeOutThenLand) {
            ++calls;
            QTimer::singleShot(100, context, [this, key, secret] { entries.insert(key, secret); });
            return QTimer::singleShot(0, context, [done] {
                done({SecretResult::Status::TimedOut, {}, QStringLiteral("timed out (test)")});
            });
        }
        if (whileWriting)
            QTimer::singleShot(0, context, whileWriting);
        answer(context, std::move(done), [this, key, secret] {
            entries.insert(key, secret);
            return SecretResult{};
        });
    }
    void remove(const QString &key, QObject *context, SecretCallback done) override
    {
        answer(context, std::move(done), [this, key] {
            return entries.remove(key)
                    ? SecretResult{}
                    : SecretResult{SecretResult::Status::NotFound, {}, QStringLiteral("not found")};
        });
    }

private:
    template<typename Work>
    void answer(QObject *context, SecretCallback done, Work work)
    {
        ++calls;
        QTimer::singleShot(delayMs, context, [this, done = std::move(done), work] {
            if (failWith != SecretResult::Status::Ok)
                return done(
                        {failWith, {}, QStringLiteral("The OS keychain is not available (test).")});
            done(work());
        });
    }
};

} // namespace csp::test
