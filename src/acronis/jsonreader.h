#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace csp::acronis {

// Reads one JSON object field by field. The first missing or mistyped field is remembered as an
// error naming the endpoint and the field; later reads then return defaults.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    JsonReader(QJsonObject object, QString endpoint, QString path = {});

    QString string(const QString &key);
    std::optional<QString> optionalString(const QString &key); // absent or null → nullopt
    qint64 integer(const QString &key);
    std::optional<qint64> optionalInteger(const QString &key);
    bool boolean(const QString &key);
    std::optional<bool> optionalBoolean(const QString &key);
    QJsonObject object(const QString &key);
    QJsonArray array(const QString &key);
    // A reader for a nested object, reporting paths like "items[3].quota".
    JsonReader child(const QJsonObject &object, const QString &name) const;

    bool ok() const { return !m_error.has_value(); }
    Error error() const;
    // Takes over the first error of a nested reader.
    void adopt(const JsonReader &child);
    void fail(const QString &key, const QString &problem);

private:
    QJsonValue require(const QString &key, QJsonValue::Type type, const QString &typeName);
    QString fieldPath(const QString &key) const;

    QJsonObject m_object;
    QString m_endpoint;
    QString m_path;
    std::optional<Error> m_error;
};

// An error for a body that is not JSON or not the expected top-level shape.
Error unexpectedBody(const QString &endpoint, const QString &problem);

} // namespace csp::acronis
