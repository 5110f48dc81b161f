#pragma once

#include "secretstore.h"

#include <functional>

namespace csp {

// Secrets handed to a service by systemd (LoadCredential=, LoadCredentialEncrypted=): the
// secret of the instance NAME is the file `acronis-csp.NAME` in the credentials directory, NAME
// with every character outside A-Z a-z 0-9 . _ - written as _. Read, used and never kept or
// written: a key without such a file, and every write, goes to `fallback` (the keychain).
class CredentialsSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(CredentialsSecretStore)

public:
    // `nameOf` gives the instance name of a key (an instance id); empty when unknown.
    CredentialsSecretStore(QString directory, SecretStore &fallback,
                           std::function<QString(const QString &key)> nameOf);

    // "acronis-csp.EU_West" for "EU West".
    static QString fileNameFor(const QString &name);

    void read(const QString &key, QObject *context, SecretCallback done) override;
    void write(const QString &key, const QString &secret, QObject *context,
               SecretCallback done) override;
    void remove(const QString &key, QObject *context, SecretCallback done) override;
    void prepare(const QString &key, const QString &secret, QObject *context,
                 PreparedCallback done) override;

private:
    QString m_directory;
    SecretStore &m_fallback;
    std::function<QString(const QString &)> m_nameOf;
};

} // namespace csp
