#pragma once

#include "decimal.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace csp {

// What Get Services Definition does with the names of existing products.
enum class NamePolicy {
    Update, // "Continuously update names": rename on every run
    Keep,   // keep the names given at the first run
};

QString namePolicyKey(NamePolicy policy); // "update" / "keep"
std::optional<NamePolicy> namePolicyFromKey(QStringView key);

// One linked Acronis account: the Applications Setup form of the billing platform.
// The client secret is not here: it lives in the OS keychain, keyed by `id`.
struct Instance
{
    QString id; // UUID text without braces
    QString systemName;
    QString gateway; // normalised: https origin (+ optional path), no trailing slash
    QString clientId;
    Decimal discountPercent;
    QString primaryCurrency;
    NamePolicy namePolicy = NamePolicy::Update;
    bool hasSecret = false;
    QString distributorTenantId; // empty until a connection test or sync found it
    QDateTime createdAt;
    QDateTime updatedAt;
    // Counts the saves of the settings, so that a save based on an older one is refused.
    qint64 version = 0;
    QString updatedBy; // user@host of the last save

    // The product type this instance generates in the billing platform.
    QString productType() const;
};

// The product type name for a system name: "Acronis Cyber Cloud – EU".
QString productTypeFor(const QString &systemName);

// Lower-cased form used to keep system names unique regardless of case.
QString systemNameKey(const QString &systemName);

QString newUuid();

// Acronis data-centre URLs seen in Acronis material; any other valid https URL is accepted too.
QStringList knownGateways();

} // namespace csp
