#pragma once

#include "secretstore.h"

#include <QString>
#include <QStringList>

namespace csp {

// A SecretStore over another (the OS keychain) in which each secret is written under a new entry
// name, and a small file of this machine's (entry names only, never a value) says which entry is
// the current one for each key. So a replacement becomes current only when its caller keeps it,
// and a write that timed out and lands later lands in an entry that nothing reads; such entries
// are removed the next time the key is replaced or removed. Keys written before this scheme are
// their own entry names.
class VersionedSecretStore final : public SecretStore
{
public:
    VersionedSecretStore(SecretStore &backend, QString namesFile);

    void read(const QString &key, QObject *context, SecretCallback done) override;
    void write(const QString &key, const QString &secret, QObject *context,
               SecretCallback done) override;
    void remove(const QString &key, QObject *context, SecretCallback done) override;
    void prepare(const QString &key, const QString &secret, QObject *context,
                 PreparedCallback done) override;

    // The entry the key is read from now.
    QString currentEntry(const QString &key) const;
    // Entries that may still be in the keychain, not current: being written, or whose write
    // timed out (it may land yet).
    QStringList strayEntries(const QString &key) const;

private:
    enum class List { Pending, Late };
    QStringList entries(List list, const QString &key) const;
    void setEntries(List list, const QString &key, const QStringList &entries);
    void setCurrent(const QString &key, const QString &entry);
    // Removes every stray entry of `key` from the backend, one after the other; those confirmed
    // gone are forgotten. Then calls `done`.
    void sweep(const QString &key, QObject *context, std::function<void()> done);
    void sweepNext(const QString &key, QStringList todo, QStringList late, QObject *context,
                   std::function<void()> done);

    SecretStore &m_backend;
    QString m_namesFile;
};

} // namespace csp
