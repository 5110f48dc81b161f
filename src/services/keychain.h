#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace csp {

class SecretStore;

// The program's keychain: the OS keychain (QtKeychain; the Secret Service on Linux) for the
// database passwords, and over it the instances' client secrets, each written under a new entry
// whose name a small file in the data directory keeps (never a value), so that a secret and the
// instance it belongs to are saved together or not at all. Under systemd, the credentials it
// hands a service ($CREDENTIALS_DIRECTORY) come first.
class Keychain
{
public:
    Keychain();
    ~Keychain();
    Keychain(const Keychain &) = delete;
    Keychain &operator=(const Keychain &) = delete;

    // The OS keychain itself, for what is not an instance's secret (the database passwords).
    SecretStore &osKeychain();
    // The instances' client secrets, the names of their entries kept in `dataDirectory`. Made on
    // the first call; later calls return the same store.
    SecretStore &clientSecrets(const QString &dataDirectory);
    // The same, with the files of systemd's credentials directory first; `nameOf` gives the
    // system name of an instance id (empty when unknown), which names its file.
    SecretStore &clientSecrets(const QString &dataDirectory, const QString &credentialsDirectory,
                               std::function<QString(const QString &instanceId)> nameOf);

    // Asks `store` for an entry that is never written: `done` hears what keeps the keychain
    // from being used (locked, no Secret Service, no answer), or an empty text when it can be.
    static void probe(SecretStore &store, QObject *context,
                      std::function<void(const QString &problem)> done);

private:
    struct Stores;
    std::unique_ptr<Stores> m_stores;
};

} // namespace csp
