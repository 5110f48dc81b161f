#pragma once

#include "core/jsonfields.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace csp::acronis {

// Reads one object of a gateway's answer field by field, as the document promises it: a field
// is there with its type. The first missing or mistyped field is remembered as an error naming
// the endpoint and the field; later reads then return defaults.
class JsonReader : public JsonFields
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

    Error error() const { return firstError().value_or(Error{}); }

protected:
    Error errorFor(const QString &key, const QString &problem) const override;

private:
    // `typeName` untranslated (QT_TR_NOOP): it is translated only for a problem, not for every
    // field of a catalogue read.
    QJsonValue require(const QString &key, QJsonValue::Type type, const char *typeName);

    QString m_endpoint;
};

// An error for a body that is not JSON or not the expected top-level shape.
Error unexpectedBody(const QString &endpoint, const QString &problem);

} // namespace csp::acronis
