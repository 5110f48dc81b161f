#include "credentialssecretstore.h"

#include "core/secretwipe.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTimer>

namespace csp {

CredentialsSecretStore::CredentialsSecretStore(QString directory, SecretStore &fallback,
                                               std::function<QString(const QString &)> nameOf)
    : m_directory(std::move(directory))
    , m_fallback(fallback)
    , m_nameOf(std::move(nameOf))
{ }

QString CredentialsSecretStore::fileNameFor(const QString &name)
{
    static const QRegularExpression other(QStringLiteral("[^A-Za-z0-9._-]"));
    return QStringLiteral("acronis-csp.") + QString(name).replace(other, QStringLiteral("_"));
}

void CredentialsSecretStore::read(const QString &key, QObject *context, SecretCallback done)
{
    const QString name = m_nameOf(key);
    const QString path = QDir(m_directory).filePath(fileNameFor(name));
    if (name.isEmpty() || !QFile::exists(path)) {
        // Not handed over by systemd: the keychain, and if it cannot be used, say where the
        // file was looked for.
        return m_fallback.read(key, context, [done, path](const SecretResult &result) {
            if (result.ok() || !result.keychainUnusable())
                return done(result);
            SecretResult missing = result;
            missing.message = tr("There is no credential %1, and %2").arg(path, result.message);
            done(missing);
        });
    }
    SecretResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.status = SecretResult::Status::Unavailable;
        result.message = tr("Cannot read the credential %1: %2.").arg(path, file.errorString());
    } else {
        QByteArray bytes = file.readAll();
        if (bytes.endsWith('\n'))
            bytes.chop(1);
        result.secret = QString::fromUtf8(bytes);
        wipe(bytes);
        if (result.secret.isEmpty()) {
            result.status = SecretResult::Status::NotFound;
            result.message = tr("The credential %1 is empty.").arg(path);
        }
    }
    // Answered from the event loop, as every store answers.
    QTimer::singleShot(0, context, [done, result]() mutable {
        done(result);
        wipe(result.secret);
    });
}

void CredentialsSecretStore::write(const QString &key, const QString &secret, QObject *context,
                                   SecretCallback done)
{
    m_fallback.write(key, secret, context, std::move(done));
}

void CredentialsSecretStore::remove(const QString &key, QObject *context, SecretCallback done)
{
    m_fallback.remove(key, context, std::move(done));
}

void CredentialsSecretStore::prepare(const QString &key, const QString &secret, QObject *context,
                                     PreparedCallback done)
{
    m_fallback.prepare(key, secret, context, std::move(done));
}

} // namespace csp
