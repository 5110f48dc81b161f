#include "keychain.h"

#include "core/appidentity.h"
#include "secrets/credentialssecretstore.h"
#include "secrets/secretstore.h"
#include "secrets/versionedsecretstore.h"

namespace csp {

struct Keychain::Stores
{
    KeychainSecretStore os;
    std::unique_ptr<VersionedSecretStore> versioned;
    std::unique_ptr<CredentialsSecretStore> credentials;
};

Keychain::Keychain()
    : m_stores(std::make_unique<Stores>())
{ }

Keychain::~Keychain() = default;

SecretStore &Keychain::osKeychain()
{
    return m_stores->os;
}

SecretStore &Keychain::clientSecrets(const QString &dataDirectory)
{
    if (!m_stores->versioned)
        m_stores->versioned = std::make_unique<VersionedSecretStore>(
                m_stores->os, secretNamesPath(dataDirectory));
    return *m_stores->versioned;
}

SecretStore &Keychain::clientSecrets(const QString &dataDirectory,
                                     const QString &credentialsDirectory,
                                     std::function<QString(const QString &instanceId)> nameOf)
{
    SecretStore &keychain = clientSecrets(dataDirectory);
    if (credentialsDirectory.isEmpty())
        return keychain;
    if (!m_stores->credentials)
        m_stores->credentials = std::make_unique<CredentialsSecretStore>(
                credentialsDirectory, keychain, std::move(nameOf));
    return *m_stores->credentials;
}

void Keychain::probe(SecretStore &store, QObject *context,
                     std::function<void(const QString &problem)> done)
{
    store.read(QStringLiteral("keychain-probe"), context,
               [done = std::move(done)](const SecretResult &result) {
                   done(result.keychainUnusable() ? result.message : QString());
               });
}

} // namespace csp
