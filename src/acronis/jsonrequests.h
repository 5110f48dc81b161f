#pragma once

// Requests whose answers are JSON, read into records: what the typed calls of accountapi.cpp,
// provisioningapi.cpp and the other *api.cpp files share.

#include "accountapi.h"
#include "jsonreader.h"

#include <QUrl>

namespace csp::acronis::account {

inline QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

inline QString endpointOf(const QByteArray &method, const QString &path)
{
    return QString::fromLatin1(method) + QStringLiteral(" /api/2") + path;
}

// Sends a request whose answer is one JSON object and parses it with `parse`.
// An answer that is one JSON object, parsed with `parse`.
template<typename Record, typename Parser>
ApiCallback readObject(const QString &endpoint, Parser parse,
                       std::function<void(const Result<Record> &)> done)
{
    return [endpoint, parse, done](const Result<ApiResponse> &response) {
        if (!response)
            return done(response.error());
        if (!response->body.isObject())
            return done(
                    unexpectedBody(endpoint, JsonReader::tr("something other than a JSON object")));
        done(parse(response->body.object(), endpoint));
    };
}

template<typename Record, typename Parser>
void sendForObject(ApiClient &api, const QByteArray &method, const QString &path,
                   const std::optional<QJsonDocument> &body, Parser parse,
                   std::function<void(const Result<Record> &)> done)
{
    api.send(method, path, {}, body,
             readObject<Record>(endpointOf(method, path), parse, std::move(done)));
}

template<typename Record, typename Parser>
void getObject(ApiClient &api, const QString &path, Parser parse,
               std::function<void(const Result<Record> &)> done)
{
    sendForObject<Record>(api, "GET", path, std::nullopt, parse, std::move(done));
}

// Every element of a list (one answer), each parsed with `parse`.
template<typename Record, typename Parser>
void fetchList(ApiClient &api, const QString &path, const QUrlQuery &query, Parser parse,
               std::function<void(const Result<QList<Record>> &)> done)
{
    const QString endpoint = endpointOf("GET", path);
    fetchWholeList(api, path, query, [endpoint, parse, done](const Result<QJsonArray> &items) {
        if (!items)
            return done(items.error());
        done(parseList<Record>(*items, endpoint, parse));
    });
}

} // namespace csp::acronis::account
