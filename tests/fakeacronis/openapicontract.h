#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace csp::test {

// The first way `value` breaks `schema` (draft-4 JSON Schema, the part Acronis' document uses,
// with OpenAPI's `nullable: true` read as "null is allowed too"), naming the field and the rule:
// "items[2].tenant_id: \"x\" does not match the pattern … (rule: pattern)". nullopt: it follows.
std::optional<QString> schemaProblem(const QJsonValue &schema, const QJsonValue &value,
                                     const QString &path = {});

// Acronis' official API document (tests/data/acronis-openapi/operations.json) with the readings
// beside it: which operations exist, and what their requests and answers may hold. The fake
// gateway serves nothing else and refuses what breaks it.
class OpenApiContract
{
public:
    struct Operation
    {
        QString id;
        QString method;
        QString fullPath; // e.g. /api/2/tenants/{tenant_id}
        QJsonObject definition;
        QRegularExpression pattern;
        int literalSegments = 0;

        // The document's security lists basicAuth: the client id and secret may stand in for a
        // token (FetchClient).
        bool acceptsBasicAuth() const;
    };
    struct Match
    {
        const Operation *operation = nullptr;
        QHash<QString, QString> pathValues; // percent-decoded
    };

    static const OpenApiContract &instance();

    // The operation of `method` and `path` ("/api/2/tenants/…"); where two fit (/tenants/usages
    // and /tenants/{tenant_id}), the one with more fixed segments.
    Match match(const QString &method, const QString &path) const;
    // The first problem of a request: a path or query parameter, then the body.
    std::optional<QString> requestProblem(const Match &match, const QUrlQuery &query,
                                          const QByteArray &contentType,
                                          const QByteArray &body) const;
    // The first problem of an answer: a status the operation does not have, then the body.
    std::optional<QString> answerProblem(const Operation &operation, int status,
                                         const QByteArray &contentType,
                                         const QByteArray &body) const;
    const QJsonObject &errorEnvelope() const { return m_errorEnvelope; }

private:
    OpenApiContract();
    QList<Operation> m_operations;
    QJsonObject m_errorEnvelope;
};

} // namespace csp::test
