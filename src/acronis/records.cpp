#include "records.h"

#include "jsonreader.h"

namespace csp::acronis {

QDateTime parseAcronisTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    if (time.timeSpec() == Qt::LocalTime) // no offset given: UTC, as the document means it
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}

Result<Token> parseToken(const QJsonObject &object, const QString &endpoint, const QDateTime &now)
{
    JsonReader json(object, endpoint);
    Token token;
    token.accessToken = json.string(QStringLiteral("access_token"));
    if (json.ok() && token.accessToken.isEmpty())
        json.fail(QStringLiteral("access_token"), JsonReader::tr("is empty"));
    if (const auto type = json.optionalString(QStringLiteral("token_type"));
        type && type->compare(u"bearer", Qt::CaseInsensitive) != 0)
        json.fail(QStringLiteral("token_type"), JsonReader::tr("is not \"bearer\""));
    if (object.contains(u"expires_on")) {
        token.expiresAt =
                QDateTime::fromSecsSinceEpoch(json.integer(QStringLiteral("expires_on")), Qt::UTC);
    } else if (object.contains(u"expires_in")) {
        token.expiresAt = now.toUTC().addSecs(json.integer(QStringLiteral("expires_in")));
    } else {
        json.fail(QStringLiteral("expires_on"),
                  JsonReader::tr("is missing (and so is \"expires_in\")"));
    }
    if (!json.ok())
        return json.error();
    return token;
}

Result<ClientInfo> parseClientInfo(const QJsonObject &object, const QString &endpoint)
{
    JsonReader json(object, endpoint);
    ClientInfo info;
    info.clientId = json.optionalString(QStringLiteral("client_id")).value_or(QString());
    info.tenantId = json.string(QStringLiteral("tenant_id"));
    if (json.ok() && info.tenantId.isEmpty())
        json.fail(QStringLiteral("tenant_id"), JsonReader::tr("is empty"));
    if (!json.ok())
        return json.error();
    return info;
}

Result<Tenant> parseTenant(const QJsonObject &object, const QString &endpoint)
{
    return parseTenantInList(object, endpoint, {});
}

Result<User> parseUser(const QJsonObject &object, const QString &endpoint)
{
    JsonReader json(object, endpoint);
    User user{json.string(QStringLiteral("id")), json.string(QStringLiteral("login")),
              json.string(QStringLiteral("tenant_id")), json.integer(QStringLiteral("version"))};
    if (!json.ok())
        return json.error();
    return user;
}

Result<Tenant> parseTenantInList(const QJsonObject &object, const QString &endpoint,
                                 const QString &path)
{
    JsonReader json(object, endpoint, path);
    Tenant tenant;
    tenant.id = json.string(QStringLiteral("id"));
    tenant.version = json.integer(QStringLiteral("version"));
    tenant.name = json.string(QStringLiteral("name"));
    tenant.kind = json.string(QStringLiteral("kind"));
    tenant.parentId = json.optionalString(QStringLiteral("parent_id")).value_or(QString());
    tenant.enabled = json.optionalBoolean(QStringLiteral("enabled")).value_or(true);
    tenant.customerId = json.optionalString(QStringLiteral("customer_id")).value_or(QString());
    tenant.pricingMode = json.optionalString(QStringLiteral("pricing_mode")).value_or(QString());
    tenant.language = json.optionalString(QStringLiteral("language")).value_or(QString());
    if (const auto created = json.optionalString(QStringLiteral("created_at"))) {
        tenant.createdAt = parseAcronisTime(*created);
        if (!tenant.createdAt.isValid())
            json.fail(QStringLiteral("created_at"), JsonReader::tr("is not a date and time"));
    }
    if (!json.ok())
        return json.error();
    return tenant;
}

Result<Application> parseApplication(const QJsonObject &object, const QString &endpoint,
                                     const QString &path)
{
    JsonReader json(object, endpoint, path);
    Application application{json.string(QStringLiteral("id")), json.string(QStringLiteral("name")),
                            json.optionalString(QStringLiteral("type")).value_or(QString())};
    if (!json.ok())
        return json.error();
    return application;
}

Result<OfferingItem> parseOfferingItem(const QJsonObject &object, const QString &endpoint,
                                       const QString &path)
{
    JsonReader json(object, endpoint, path);
    OfferingItem item;
    item.applicationId = json.string(QStringLiteral("application_id"));
    item.name = json.string(QStringLiteral("name"));
    item.edition = json.optionalString(QStringLiteral("edition")).value_or(QString());
    item.usageName = json.optionalString(QStringLiteral("usage_name")).value_or(item.name);
    item.type = json.string(QStringLiteral("type"));
    item.infraId = json.optionalString(QStringLiteral("infra_id")).value_or(QString());
    item.measurementUnit = json.string(QStringLiteral("measurement_unit"));
    item.status = int(json.optionalInteger(QStringLiteral("status")).value_or(1));
    if (json.ok() && item.name.isEmpty())
        json.fail(QStringLiteral("name"), JsonReader::tr("is empty"));
    if (json.ok() && item.type == u"infra" && item.infraId.isEmpty())
        json.fail(QStringLiteral("infra_id"), JsonReader::tr("is missing for an infra item"));
    if (!json.ok())
        return json.error();
    return item;
}

Result<Infra> parseInfra(const QJsonObject &object, const QString &endpoint, const QString &path)
{
    JsonReader json(object, endpoint, path);
    Infra infra{json.string(QStringLiteral("id")), json.string(QStringLiteral("name"))};
    if (!json.ok())
        return json.error();
    return infra;
}

Result<PriceItem> parsePriceItem(const QJsonObject &object, const QString &endpoint,
                                 const QString &path)
{
    JsonReader json(object, endpoint, path);
    PriceItem item;
    item.applicationId = json.string(QStringLiteral("application_id"));
    item.name = json.string(QStringLiteral("name"));
    item.infraId = json.optionalString(QStringLiteral("infra_id")).value_or(QString());
    // "Passed as a string to preserve decimal accuracy" (the document); a JSON number would
    // have passed through a double.
    item.price = json.string(QStringLiteral("price"));
    if (!json.ok())
        return json.error();
    return item;
}

Result<TenantPricing> parseTenantPricing(const QJsonObject &object, const QString &endpoint)
{
    JsonReader json(object, endpoint);
    TenantPricing pricing;
    pricing.mode = json.optionalString(QStringLiteral("mode")).value_or(QString());
    pricing.currency = json.optionalString(QStringLiteral("currency")).value_or(QString());
    if (!json.ok())
        return json.error();
    return pricing;
}

Result<std::optional<int>> parseTierSetting(const QJsonObject &object, const QString &endpoint)
{
    JsonReader json(object, endpoint);
    const QJsonValue own = object.value(u"own");
    if (own.isUndefined() || own.isNull())
        return std::optional<int>(); // no value of its own
    if (!own.isObject()) {
        json.fail(QStringLiteral("own"), JsonReader::tr("is not an object"));
        return json.error();
    }
    const QJsonValue value = own.toObject().value(u"value");
    if (value.isUndefined() || value.isNull())
        return std::optional<int>();
    bool whole = false;
    int level = 0;
    if (value.isDouble()) {
        const double number = value.toDouble();
        whole = number == double(int(number));
        level = int(number);
    } else if (value.isString()) {
        level = value.toString().trimmed().toInt(&whole);
    }
    if (!whole) {
        JsonReader child = json.child(own.toObject(), QStringLiteral("own"));
        child.fail(QStringLiteral("value"), JsonReader::tr("is not a whole number"));
        return child.error();
    }
    return std::optional<int>(level);
}

} // namespace csp::acronis
