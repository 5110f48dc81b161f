#include "instance.h"

#include <QStringList>
#include <QUuid>

namespace csp {

QString namePolicyKey(NamePolicy policy)
{
    return policy == NamePolicy::Keep ? QStringLiteral("keep") : QStringLiteral("update");
}

std::optional<NamePolicy> namePolicyFromKey(QStringView key)
{
    if (key == u"update")
        return NamePolicy::Update;
    if (key == u"keep")
        return NamePolicy::Keep;
    return std::nullopt;
}

QString Instance::productType() const
{
    return productTypeFor(systemName);
}

QString productTypeFor(const QString &systemName)
{
    return QStringLiteral("Acronis Cyber Cloud \u2013 ") + systemName;
}

QString systemNameKey(const QString &systemName)
{
    return systemName.toCaseFolded();
}

QStringList knownGateways()
{
    QStringList gateways;
    for (const char *host :
         {"eu2-cloud", "eu8-cloud", "eu-cloud", "eu4-cloud", "eu5-cloud", "us-cloud", "us3-cloud",
          "us4-cloud", "us5-cloud", "au1-cloud", "jp-cloud", "sg-cloud", "in01-cloud"})
        gateways.append(QStringLiteral("https://") + QLatin1String(host) +
                        QStringLiteral(".acronis.com"));
    return gateways;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace csp
