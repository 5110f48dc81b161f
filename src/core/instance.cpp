#include "instance.h"

#include <QDateTime>
#include <QStringList>
#include <QUuid>

#include <atomic>

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
    // RFC 9562's version 7: 48 bits of Unix time in milliseconds, then random bits. Ids made one
    // after the other sort one after the other, so that a sync's thousands of new rows go to the
    // end of each table's id index instead of a random page of it (which halved the write).
    // Within a millisecond a counter in the random part keeps them in order.
    static std::atomic<quint64> lastMs{0};
    static std::atomic<quint32> sequence{0};
    const auto now = quint64(QDateTime::currentMSecsSinceEpoch());
    const quint32 counter = lastMs.exchange(now) == now ? ++sequence : (sequence = 0);
    QByteArray bytes = QUuid::createUuid().toRfc4122(); // 122 random bits to draw on
    for (int i = 0; i < 6; ++i)
        bytes[i] = char((now >> (8 * (5 - i))) & 0xff);
    bytes[6] = char(0x70 | ((counter >> 8) & 0x0f)); // version 7, then 12 bits of the counter
    bytes[7] = char(counter & 0xff);
    bytes[8] = char(0x80 | (uchar(bytes[8]) & 0x3f)); // the RFC's variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

} // namespace csp
