#include "instance.h"

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

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace csp
