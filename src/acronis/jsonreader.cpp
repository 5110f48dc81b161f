#include "jsonreader.h"

namespace csp::acronis {

JsonReader::JsonReader(QJsonObject object, QString endpoint, QString path)
    : JsonFields(std::move(object), std::move(path))
    , m_endpoint(std::move(endpoint))
{ }

Error JsonReader::errorFor(const QString &key, const QString &problem) const
{
    return Error{ErrorKind::Failed,
                 tr("The server answered something unexpected: %1 returned a response whose "
                    "field \"%2\" %3.")
                         .arg(m_endpoint, fieldPath(key), problem)};
}

JsonReader JsonReader::child(const QJsonObject &object, const QString &name) const
{
    return JsonReader(object, m_endpoint, fieldPath(name));
}

QJsonValue JsonReader::require(const QString &key, QJsonValue::Type type, const char *typeName)
{
    if (!ok())
        return {};
    QJsonValue value = this->value(key);
    if (value.isUndefined()) {
        fail(key, tr("is missing"));
        return {};
    }
    if (value.type() != type) {
        fail(key, tr("is not %1").arg(tr(typeName)));
        return {};
    }
    return value;
}

QString JsonReader::string(const QString &key)
{
    return require(key, QJsonValue::String, QT_TR_NOOP("a string")).toString();
}

std::optional<QString> JsonReader::optionalString(const QString &key)
{
    const QJsonValue value = this->value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString()) {
        fail(key, tr("is not a string"));
        return std::nullopt;
    }
    return value.toString();
}

qint64 JsonReader::integer(const QString &key)
{
    const QJsonValue value = require(key, QJsonValue::Double, QT_TR_NOOP("a number"));
    if (!ok())
        return 0;
    // Read as an integer, never through a double (versions beyond 2^53 stay exact). Two
    // different fallbacks tell "not a whole number in range" from a value that equals one.
    const qint64 number = value.toInteger(0);
    if (number != value.toInteger(1)) {
        fail(key, tr("is not a whole number"));
        return 0;
    }
    return number;
}

std::optional<qint64> JsonReader::optionalInteger(const QString &key)
{
    const QJsonValue value = this->value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    return integer(key);
}

bool JsonReader::boolean(const QString &key)
{
    return require(key, QJsonValue::Bool, QT_TR_NOOP("true or false")).toBool();
}

std::optional<bool> JsonReader::optionalBoolean(const QString &key)
{
    const QJsonValue value = this->value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    return boolean(key);
}

QJsonObject JsonReader::object(const QString &key)
{
    return require(key, QJsonValue::Object, QT_TR_NOOP("an object")).toObject();
}

QJsonArray JsonReader::array(const QString &key)
{
    return require(key, QJsonValue::Array, QT_TR_NOOP("a list")).toArray();
}

Error unexpectedBody(const QString &endpoint, const QString &problem)
{
    return {ErrorKind::Failed,
            JsonReader::tr("The server answered something unexpected: %1 returned %2.")
                    .arg(endpoint, problem)};
}

} // namespace csp::acronis
