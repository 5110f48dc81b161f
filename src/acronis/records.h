#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace csp::acronis {

// A bearer token from POST /api/2/idp/token.
struct Token
{
    QString accessToken;
    QDateTime expiresAt; // UTC
};

// GET /api/2/clients/{client_id}: the API client and the tenant it belongs to.
struct ClientInfo
{
    QString clientId;
    QString tenantId;
};

// GET /api/2/tenants/{id} (the fields this program uses).
struct Tenant
{
    QString id;
    qint64 version = 0;
    QString name;
    QString kind; // root, partner, folder, customer, unit
    QString parentId;
    bool enabled = true;
    QString customerId;
    QString pricingMode;
    QString language;
};

// Each parser names the endpoint and field of the first problem it meets. `now` anchors a token
// that gives `expires_in` (seconds from now) instead of `expires_on` (Unix time).
Result<Token> parseToken(const QJsonObject &object, const QString &endpoint, const QDateTime &now);
Result<ClientInfo> parseClientInfo(const QJsonObject &object, const QString &endpoint);
Result<Tenant> parseTenant(const QJsonObject &object, const QString &endpoint);

} // namespace csp::acronis
