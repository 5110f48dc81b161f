#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QSslCertificate>

namespace csp {

// Certificate authorities trusted besides the system's, for gateways behind a TLS-inspecting
// proxy: a PEM file the admin chooses (`--ca-file`, $ACRONIS_CSP_CA_FILE, or the window's
// File > Trusted Certificate Authorities, which keeps it for the data directory). They are added
// to the system's for every connection of the process and checked the same way: the chain, the
// host name and the dates; nothing is switched off.
class TrustedCertificates
{
    Q_DECLARE_TR_FUNCTIONS(TrustedCertificates)

public:
    // The certificates of a PEM file: readable, at least one, none expired or not yet valid.
    static Result<QList<QSslCertificate>> read(const QString &path);
    // Trusts the file's certificates besides the system's (an empty path: the system's alone).
    static Status trust(const QString &path);

    // The file both programs use: `option` (--ca-file), else $ACRONIS_CSP_CA_FILE, else the one
    // kept for the data directory; "" for the system's alone.
    static QString chosen(const QString &option, const QString &dataDirectory);

    // The file kept for a data directory ("" for none), and keeping one (checked first).
    static QString saved(const QString &dataDirectory);
    static Status save(const QString &dataDirectory, const QString &path);

    // "CN=Proxy CA, valid until 2030-01-01" per certificate, for the window.
    static QStringList describe(const QList<QSslCertificate> &certificates);
};

} // namespace csp
