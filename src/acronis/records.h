#pragma once

#include "core/catalogue.h"
#include "core/result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <future>
#include <system_error>

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
    QDateTime createdAt; // UTC; invalid when the answer has none
};

// A user of GET/POST /users (the fields this program uses).
struct User
{
    QString id;
    QString login;
    QString tenantId;
    qint64 version = 0;
};

// GET /applications: one service (Cyber Protection, File Sync & Share, …).
struct Application
{
    QString id;
    QString name;
    QString type;
};

// One offering item of GET /tenants/{id}/offering_items/available_for_child.
struct OfferingItem
{
    QString applicationId;
    QString name;    // e.g. pw_base_workstations
    QString edition; // empty for editionless items
    QString usageName;
    QString type;            // count, feature, infra
    QString infraId;         // only for infra items
    QString measurementUnit; // quantity, bytes, seconds, n/a
    int status = 1;          // the document's enum: 1 enabled, 0 disabled

    // Enabled for the distributor, and so offerable to its service providers.
    bool enabled() const { return status == 1; }
    // The catalogue's key of the product this item is.
    ProductKey productKey() const { return {applicationId, name, edition, infraId}; }
};

// GET /infra?uuids=…: a storage or DR location.
struct Infra
{
    QString id;
    QString name;
};

// One item of GET /tenants/{id}/offering_items/pricing. The official document names its `name`
// a "Usage name (type)" (examples: storage, servers): an entry names an offering item or a usage
// name, and a storage entry its infra. It carries no currency and no edition.
struct PriceItem
{
    QString applicationId;
    QString name;
    QString infraId; // empty: not for one storage
    QString price;   // a decimal as text, checked by the caller
};

// GET /tenants/{id}/pricing: the tenant's pricing mode and the currency it is billed in.
struct TenantPricing
{
    QString mode;     // trial, production, suspended
    QString currency; // empty: none set (the document's null)
};

// An Acronis time: RFC 3339, where the document's every example leaves out the offset
// ("2016-06-22T18:25:16"); a time without one is UTC. Invalid when `text` is none.
QDateTime parseAcronisTime(const QString &text);

// Each parser names the endpoint and field of the first problem it meets. `now` anchors a token
// that gives `expires_in` (seconds from now) instead of `expires_on` (Unix time).
Result<Token> parseToken(const QJsonObject &object, const QString &endpoint, const QDateTime &now);
Result<ClientInfo> parseClientInfo(const QJsonObject &object, const QString &endpoint);
Result<Tenant> parseTenant(const QJsonObject &object, const QString &endpoint);
Result<Tenant> parseTenantInList(const QJsonObject &object, const QString &endpoint,
                                 const QString &path);
Result<User> parseUser(const QJsonObject &object, const QString &endpoint);

// Parsers of one element of a list; `path` is its place, e.g. "items[3]".
Result<Application> parseApplication(const QJsonObject &object, const QString &endpoint,
                                     const QString &path);
Result<OfferingItem> parseOfferingItem(const QJsonObject &object, const QString &endpoint,
                                       const QString &path);
Result<Infra> parseInfra(const QJsonObject &object, const QString &endpoint, const QString &path);
Result<PriceItem> parsePriceItem(const QJsonObject &object, const QString &endpoint,
                                 const QString &path);
Result<TenantPricing> parseTenantPricing(const QJsonObject &object, const QString &endpoint);
// A setting of GET /applications/{app}/settings/tenants/{id}/{name} read as a whole number: its
// own value, a number or a numeric string (the document allows either); nullopt when the
// tenant has no value of its own.
Result<std::optional<int>> parseTierSetting(const QJsonObject &object, const QString &endpoint);

// Parses the elements [from, to) of `items` with `parse`, stopping at the first problem.
template<typename Record, typename Parser>
Result<QList<Record>> parseElements(const QJsonArray &items, qsizetype from, qsizetype to,
                                    const QString &endpoint, Parser parse)
{
    QList<Record> records;
    records.reserve(to - from);
    for (qsizetype i = from; i < to; ++i) {
        const QString path = QStringLiteral("items[%1]").arg(i);
        if (!items.at(i).isObject())
            return Error{ErrorKind::Failed,
                         QStringLiteral("%1: %2 is not an object").arg(endpoint, path)};
        auto record = parse(items.at(i).toObject(), endpoint, path);
        if (!record)
            return record.error();
        records.append(std::move(record).value());
    }
    return records;
}

// Parses every element of `items` with `parse`; the first problem, by position, fails it. A long
// list is parsed in two halves at once (a 20,000-item catalogue took 28 ms on one core).
template<typename Record, typename Parser>
Result<QList<Record>> parseList(const QJsonArray &items, const QString &endpoint, Parser parse)
{
    constexpr qsizetype ParallelFrom = 2000;
    if (items.size() < ParallelFrom)
        return parseElements<Record>(items, 0, items.size(), endpoint, parse);
    const qsizetype half = items.size() / 2;
    std::future<Result<QList<Record>>> second;
    try {
        second = std::async(std::launch::async, [items, half, endpoint, parse] {
            return parseElements<Record>(items, half, items.size(), endpoint, parse);
        });
    } catch (const std::system_error &) { // no thread to be had: on this one
        return parseElements<Record>(items, 0, items.size(), endpoint, parse);
    }
    auto records = parseElements<Record>(items, 0, half, endpoint, parse);
    auto rest = second.get();
    if (!records)
        return records;
    if (!rest)
        return rest;
    QList<Record> all = std::move(records).value();
    all.append(std::move(rest).value());
    return all;
}

} // namespace csp::acronis
