#include "trustedcertificates.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QSslConfiguration>

namespace csp {

namespace {

QString settingsFile(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("network.ini"));
}

const QString caFileKey = QStringLiteral("tls/trustedCaFile");

QString nameOf(const QSslCertificate &certificate)
{
    const QStringList names = certificate.subjectInfo(QSslCertificate::CommonName);
    return names.isEmpty() ? certificate.subjectDisplayName() : names.first();
}

} // namespace

Result<QList<QSslCertificate>> TrustedCertificates::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorKind::InvalidInput,
                     tr("The certificate file %1 cannot be read: %2.")
                             .arg(QDir::toNativeSeparators(path), file.errorString())};
    const QList<QSslCertificate> certificates =
            QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty())
        return Error{ErrorKind::InvalidInput,
                     tr("The certificate file %1 holds no PEM certificate (\"-----BEGIN "
                        "CERTIFICATE-----\").")
                             .arg(QDir::toNativeSeparators(path))};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QSslCertificate &certificate : certificates) {
        if (certificate.isBlacklisted())
            return Error{ErrorKind::InvalidInput,
                         tr("The certificate \"%1\" in %2 is a known compromised one.")
                                 .arg(nameOf(certificate), QDir::toNativeSeparators(path))};
        if (certificate.expiryDate() < now)
            return Error{ErrorKind::InvalidInput,
                         tr("The certificate \"%1\" in %2 expired on %3.")
                                 .arg(nameOf(certificate), QDir::toNativeSeparators(path),
                                      certificate.expiryDate().toString(Qt::ISODate))};
        if (certificate.effectiveDate() > now)
            return Error{ErrorKind::InvalidInput,
                         tr("The certificate \"%1\" in %2 is valid only from %3.")
                                 .arg(nameOf(certificate), QDir::toNativeSeparators(path),
                                      certificate.effectiveDate().toString(Qt::ISODate))};
    }
    return certificates;
}

Status TrustedCertificates::trust(const QString &path)
{
    // The process's own default, kept from before the first change: on Linux it lists no
    // certificate and Qt looks each one a handshake needs up in the system's store. The system's
    // alone is that default again, without reading the whole store (288 certificates, 140 ms).
    static const QSslConfiguration systemDefault = QSslConfiguration::defaultConfiguration();
    QSslConfiguration configuration = systemDefault;
    if (!path.isEmpty()) {
        const auto extra = read(path);
        if (!extra)
            return extra.error();
        // Any certificate listed switches Qt's look-up off (added ones too, whatever the
        // configuration's list said before): the system's are listed with the file's.
        configuration.setCaCertificates(QSslConfiguration::systemCaCertificates() + *extra);
    }
    QSslConfiguration::setDefaultConfiguration(configuration);
    return success();
}

QString TrustedCertificates::chosen(const QString &option, const QString &dataDirectory)
{
    if (!option.isEmpty())
        return option;
    const QString fromEnvironment = qEnvironmentVariable("ACRONIS_CSP_CA_FILE");
    return fromEnvironment.isEmpty() ? saved(dataDirectory) : fromEnvironment;
}

QString TrustedCertificates::saved(const QString &dataDirectory)
{
    return QSettings(settingsFile(dataDirectory), QSettings::IniFormat).value(caFileKey).toString();
}

Status TrustedCertificates::save(const QString &dataDirectory, const QString &path)
{
    if (!path.isEmpty()) {
        if (const auto checked = read(path); !checked)
            return checked.error();
    }
    QSettings settings(settingsFile(dataDirectory), QSettings::IniFormat);
    if (path.isEmpty())
        settings.remove(caFileKey);
    else
        settings.setValue(caFileKey, QFileInfo(path).absoluteFilePath());
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return Error{ErrorKind::Failed,
                     tr("The setting could not be written to %1.")
                             .arg(QDir::toNativeSeparators(settingsFile(dataDirectory)))};
    return success();
}

QStringList TrustedCertificates::describe(const QList<QSslCertificate> &certificates)
{
    QStringList lines;
    for (const QSslCertificate &certificate : certificates)
        lines.append(tr("%1, valid until %2")
                             .arg(nameOf(certificate),
                                  QLocale().toString(certificate.expiryDate().date(),
                                                     QLocale::ShortFormat)));
    return lines;
}

} // namespace csp
