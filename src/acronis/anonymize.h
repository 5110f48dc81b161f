#pragma once

#include <QHash>
#include <QJsonValue>
#include <QString>

namespace csp::acronis {

// Replaces the personal data in an answer of the Account Management API, so that it can be sent
// to support or become a test fixture: names of tenants and users, e-mail addresses, logins,
// phone numbers, postal addresses and the like. Ids, prices, units, times and the structure stay.
// The same value always becomes the same stand-in ("Tenant 3", "person-3@example.invalid"), so
// that what refers to what is kept across the answers of one run.
class PersonalDataScrubber
{
public:
    QJsonValue scrub(const QJsonValue &value);

private:
    QJsonValue scrubObject(const QJsonObject &object);
    QString standIn(const QString &key, const QString &original, bool tenantOrUser);

    QHash<QString, QString> m_standIns; // "key|original" → its stand-in
};

} // namespace csp::acronis
