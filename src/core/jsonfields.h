#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace csp {

// What every reader of a JSON object shares, whatever its rules for a field: the object, where
// it sits in the whole ("items[3].quota"), and the first problem found. Only the first is kept
// (later reads see a failed reader and return defaults): it is the one a person fixes first. A
// reader says in its own words whose problem it is (a gateway's answer, an admin's file).
class JsonFields
{
public:
    virtual ~JsonFields() = default;

    bool ok() const { return !m_error.has_value(); }
    const std::optional<Error> &firstError() const { return m_error; }
    // Keeps `problem` of the field `key` as the first error, unless there is one already.
    void fail(const QString &key, const QString &problem);
    // Takes over the first error of a reader of a part of this object.
    void adopt(const JsonFields &part);
    const QString &path() const { return m_path; }
    // "items[3].quota" for "quota" at "items[3]"; the key alone at the top.
    QString fieldPath(const QString &key) const;

protected:
    JsonFields(QJsonObject object, QString path)
        : m_object(std::move(object))
        , m_path(std::move(path))
    { }
    JsonFields(const JsonFields &) = default;
    JsonFields &operator=(const JsonFields &) = default;

    QJsonValue value(const QString &key) const { return m_object.value(key); }
    // The error for `problem` of the field `key` (see fieldPath and path).
    virtual Error errorFor(const QString &key, const QString &problem) const = 0;

private:
    QJsonObject m_object;
    QString m_path;
    std::optional<Error> m_error;
};

} // namespace csp
