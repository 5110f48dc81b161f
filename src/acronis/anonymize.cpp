#include "anonymize.h"

#include <QJsonArray>
#include <QJsonObject>

namespace csp::acronis {

namespace {

// Fields that hold a person's or a company's data wherever they appear (tenant contacts, users).
bool isPersonalField(const QString &key)
{
    static const QStringList fields = {
            QStringLiteral("email"),    QStringLiteral("login"),     QStringLiteral("phone"),
            QStringLiteral("fax"),      QStringLiteral("firstname"), QStringLiteral("lastname"),
            QStringLiteral("address1"), QStringLiteral("address2"),  QStringLiteral("city"),
            QStringLiteral("zipcode"),  QStringLiteral("state"),     QStringLiteral("title"),
            QStringLiteral("website"),  QStringLiteral("aan"),       QStringLiteral("internal_tag"),
            QStringLiteral("username")};
    return fields.contains(key);
}

// A tenant (it has a kind or a parent) or a user (it has a login): its "name" is a person's or
// a customer's, unlike the name of an offering item, an application or a storage.
bool namesSomeone(const QJsonObject &object)
{
    return object.contains(u"parent_id") || object.contains(u"kind") || object.contains(u"login");
}

} // namespace

QString PersonalDataScrubber::standIn(const QString &key, const QString &original,
                                      bool tenantOrUser)
{
    if (original.isEmpty())
        return original;
    const QString mapKey = key + u'|' + original;
    if (const auto known = m_standIns.constFind(mapKey); known != m_standIns.constEnd())
        return *known;
    const int serial = int(m_standIns.size()) + 1;
    QString replaced;
    if (key == u"email")
        replaced = QStringLiteral("person-%1@example.invalid").arg(serial);
    else if (key == u"login" || key == u"username")
        replaced = QStringLiteral("login-%1").arg(serial);
    else if (key == u"phone" || key == u"fax")
        replaced = QStringLiteral("+00 000 %1").arg(serial, 4, 10, QLatin1Char('0'));
    else if (key == u"website")
        replaced = QStringLiteral("https://example.invalid/%1").arg(serial);
    else if (key == u"name")
        replaced = (tenantOrUser ? QStringLiteral("Tenant %1") : QStringLiteral("Name %1"))
                           .arg(serial);
    else
        replaced = QStringLiteral("%1 %2").arg(key).arg(serial);
    m_standIns.insert(mapKey, replaced);
    return replaced;
}

QJsonValue PersonalDataScrubber::scrubObject(const QJsonObject &object)
{
    const bool someone = namesSomeone(object);
    QJsonObject scrubbed;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &key = it.key();
        const bool personal = isPersonalField(key) || (someone && key == u"name");
        if (personal && it.value().isString())
            scrubbed.insert(key, standIn(key, it.value().toString(), someone));
        else
            scrubbed.insert(key, scrub(it.value()));
    }
    return scrubbed;
}

QJsonValue PersonalDataScrubber::scrub(const QJsonValue &value)
{
    if (value.isObject())
        return scrubObject(value.toObject());
    if (value.isArray()) {
        QJsonArray scrubbed;
        for (const QJsonValueRef &item : value.toArray())
            scrubbed.append(scrub(item));
        return scrubbed;
    }
    return value;
}

} // namespace csp::acronis
