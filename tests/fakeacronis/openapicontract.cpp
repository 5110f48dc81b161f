#include "openapicontract.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace csp::test {

namespace {

QString field(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString shown(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2)).left(80);
}

QString problem(const QString &path, const QString &what, const char *rule)
{
    return QStringLiteral("%1: %2 (rule: %3)")
            .arg(path.isEmpty() ? QStringLiteral("(the whole body)") : path, what,
                 QLatin1String(rule));
}

bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && std::floor(number) == number;
}

bool hasType(const QJsonValue &value, const QString &type)
{
    if (type == u"string")
        return value.isString();
    if (type == u"integer")
        return isInteger(value);
    if (type == u"number")
        return value.isDouble();
    if (type == u"boolean")
        return value.isBool();
    if (type == u"object")
        return value.isObject();
    if (type == u"array")
        return value.isArray();
    if (type == u"null")
        return value.isNull();
    return true;
}

bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

const QRegularExpression &compiled(const QString &pattern)
{
    static QHash<QString, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, QRegularExpression(pattern));
    return *it;
}

std::optional<QString> typeProblem(const QJsonObject &schema, const QJsonValue &value,
                                   const QString &path)
{
    if (!schema.contains(u"type"))
        return std::nullopt;
    const QJsonValue type = schema.value(u"type");
    const QJsonArray types = type.isArray() ? type.toArray() : QJsonArray{type};
    for (const QJsonValue &one : types) {
        if (hasType(value, one.toString()))
            return std::nullopt;
    }
    return problem(path, QStringLiteral("%1 is not of type %2").arg(shown(value), shown(type)),
                   "type");
}

std::optional<QString> combinationProblem(const QJsonObject &schema, const QJsonValue &value,
                                          const QString &path)
{
    if (schema.contains(u"allOf")) {
        for (const QJsonValue &part : schema.value(u"allOf").toArray()) {
            if (auto found = schemaProblem(part, value, path))
                return found;
        }
    }
    for (const char *key : {"oneOf", "anyOf"}) {
        if (!schema.contains(QLatin1String(key)))
            continue;
        const QJsonArray parts = schema.value(QLatin1String(key)).toArray();
        int matching = 0;
        QString first;
        for (const QJsonValue &part : parts) {
            const auto found = schemaProblem(part, value, path);
            matching += found ? 0 : 1;
            if (found && first.isEmpty())
                first = *found;
        }
        if (matching == 0)
            return problem(path,
                           QStringLiteral("fits none of the %1 shapes (the first: %2)")
                                   .arg(parts.size())
                                   .arg(first),
                           key);
        if (matching > 1 && qstrcmp(key, "oneOf") == 0)
            return problem(path, QStringLiteral("fits %1 shapes, not exactly one").arg(matching),
                           "oneOf");
    }
    return std::nullopt;
}

std::optional<QString> stringProblem(const QJsonObject &schema, const QString &text,
                                     const QString &path)
{
    const qsizetype length = text.toUcs4().size();
    if (schema.contains(u"minLength") && length < schema.value(u"minLength").toInt())
        return problem(path,
                       QStringLiteral("\"%1\" is shorter than %2")
                               .arg(text.left(80))
                               .arg(schema.value(u"minLength").toInt()),
                       "minLength");
    if (schema.contains(u"maxLength") && length > schema.value(u"maxLength").toInt())
        return problem(path,
                       QStringLiteral("\"%1\" is longer than %2")
                               .arg(text.left(80))
                               .arg(schema.value(u"maxLength").toInt()),
                       "maxLength");
    if (schema.contains(u"pattern") &&
        !compiled(schema.value(u"pattern").toString()).match(text).hasMatch())
        return problem(path,
                       QStringLiteral("\"%1\" does not match the pattern %2")
                               .arg(text.left(80), schema.value(u"pattern").toString()),
                       "pattern");
    return std::nullopt;
}

std::optional<QString> objectProblem(const QJsonObject &schema, const QJsonObject &object,
                                     const QString &path)
{
    for (const QJsonValue &name : schema.value(u"required").toArray()) {
        if (!object.contains(name.toString()))
            return problem(field(path, name.toString()), QStringLiteral("is missing"), "required");
    }
    const QJsonObject properties = schema.value(u"properties").toObject();
    const QJsonValue additional = schema.value(u"additionalProperties");
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString at = field(path, it.key());
        if (properties.contains(it.key())) {
            if (auto found = schemaProblem(properties.value(it.key()), it.value(), at))
                return found;
        } else if (additional.isBool() && !additional.toBool()) {
            return problem(at, QStringLiteral("is not among the fields the document allows here"),
                           "additionalProperties");
        } else if (additional.isObject()) {
            if (auto found = schemaProblem(additional, it.value(), at))
                return found;
        }
    }
    return std::nullopt;
}

std::optional<QString> arrayProblem(const QJsonObject &schema, const QJsonArray &array,
                                    const QString &path)
{
    if (schema.contains(u"minItems") && array.size() < schema.value(u"minItems").toInt())
        return problem(
                path,
                QStringLiteral("has fewer than %1 items").arg(schema.value(u"minItems").toInt()),
                "minItems");
    if (schema.contains(u"maxItems") && array.size() > schema.value(u"maxItems").toInt())
        return problem(
                path,
                QStringLiteral("has more than %1 items").arg(schema.value(u"maxItems").toInt()),
                "maxItems");
    if (!schema.contains(u"items"))
        return std::nullopt;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (auto found = schemaProblem(schema.value(u"items"), array.at(i),
                                       QStringLiteral("%1[%2]").arg(path).arg(i)))
            return found;
    }
    return std::nullopt;
}

} // namespace

std::optional<QString> schemaProblem(const QJsonValue &schemaValue, const QJsonValue &value,
                                     const QString &path)
{
    const QJsonObject schema = schemaValue.toObject();
    if (value.isNull() && schema.value(u"nullable").toBool())
        return std::nullopt;
    if (auto found = typeProblem(schema, value, path))
        return found;
    if (schema.contains(u"enum")) {
        const QJsonArray allowed = schema.value(u"enum").toArray();
        if (std::none_of(allowed.begin(), allowed.end(),
                         [&](const QJsonValue &one) { return sameValue(one, value); }))
            return problem(path,
                           QStringLiteral("%1 is not one of %2")
                                   .arg(shown(value),
                                        QString::fromUtf8(QJsonDocument(allowed).toJson(
                                                QJsonDocument::Compact))),
                           "enum");
    }
    if (auto found = combinationProblem(schema, value, path))
        return found;
    if (value.isString())
        return stringProblem(schema, value.toString(), path);
    if (value.isDouble()) {
        if (schema.contains(u"minimum") && value.toDouble() < schema.value(u"minimum").toDouble())
            return problem(path, QStringLiteral("%1 is below the minimum").arg(shown(value)),
                           "minimum");
        if (schema.contains(u"maximum") && value.toDouble() > schema.value(u"maximum").toDouble())
            return problem(path, QStringLiteral("%1 is above the maximum").arg(shown(value)),
                           "maximum");
    }
    if (value.isObject())
        return objectProblem(schema, value.toObject(), path);
    if (value.isArray())
        return arrayProblem(schema, value.toArray(), path);
    return std::nullopt;
}

namespace {

QJsonDocument readJson(const QString &name)
{
    QFile file(QStringLiteral(CSP_TEST_DATA "/acronis-openapi/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (document.isNull())
        qFatal("%s: %s", qPrintable(file.fileName()), qPrintable(error.errorString()));
    return document;
}

QJsonValue substituteEnvelope(const QJsonValue &value, const QJsonObject &envelope)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object == QJsonObject{{QStringLiteral("$ref"), QStringLiteral("errorEnvelope")}})
            return envelope;
        QJsonObject result;
        for (auto it = object.begin(); it != object.end(); ++it)
            result.insert(it.key(), substituteEnvelope(it.value(), envelope));
        return result;
    }
    if (value.isArray()) {
        QJsonArray result;
        for (const QJsonValue &item : value.toArray())
            result.append(substituteEnvelope(item, envelope));
        return result;
    }
    return value;
}

// Sets the value at a JSON pointer ("/a/b~1c") inside `root`.
QJsonValue withValueAt(const QJsonValue &root, QStringList parts, const QJsonValue &value)
{
    if (parts.isEmpty())
        return value;
    const QString key = parts.takeFirst()
                                .replace(QStringLiteral("~1"), QStringLiteral("/"))
                                .replace(QStringLiteral("~0"), QStringLiteral("~"));
    QJsonObject object = root.toObject();
    object.insert(key, withValueAt(object.value(key), parts, value));
    return object;
}

// A parameter's text as the JSON value its schema types, so the schema can judge it.
QJsonValue parameterValue(const QJsonObject &schema, const QString &text)
{
    const QString type = schema.value(u"type").toString();
    if (type == u"integer") {
        bool ok = false;
        const qint64 number = text.toLongLong(&ok);
        return ok ? QJsonValue(number) : QJsonValue(text);
    }
    if (type == u"boolean" && (text == u"true" || text == u"false"))
        return text == u"true";
    return text;
}

// `value` with every "$ref": "#/components/schemas/NAME" replaced by that schema of `document`.
QJsonValue inlineRefs(const QJsonValue &value, const QJsonObject &document)
{
    if (value.isArray()) {
        QJsonArray result;
        for (const QJsonValue &item : value.toArray())
            result.append(inlineRefs(item, document));
        return result;
    }
    if (!value.isObject())
        return value;
    const QJsonObject object = value.toObject();
    if (const QString ref = object.value(u"$ref").toString(); !ref.isEmpty()) {
        const QString name = ref.section(u'/', -1);
        const QJsonValue target =
                document.value(u"components").toObject().value(u"schemas").toObject().value(name);
        if (!target.isObject())
            qFatal("pricelist-v1.json: %s names no schema", qPrintable(ref));
        return inlineRefs(target, document);
    }
    QJsonObject result;
    for (auto it = object.begin(); it != object.end(); ++it)
        result.insert(it.key(), inlineRefs(it.value(), document));
    return result;
}

// The answers of a Pricelist API operation as its own document gives them: operations.json keeps
// only a description of its flat error objects, pricelist-v1.json their schemas.
QJsonObject withPricelistAnswers(QJsonObject operation, const QJsonObject &document)
{
    const QJsonObject responses = document.value(u"paths")
                                          .toObject()
                                          .value(operation.value(u"path").toString())
                                          .toObject()
                                          .value(operation.value(u"method").toString().toLower())
                                          .toObject()
                                          .value(u"responses")
                                          .toObject();
    if (responses.isEmpty())
        qFatal("pricelist-v1.json has no %s", qPrintable(operation.value(u"path").toString()));
    QJsonObject answers;
    for (auto it = responses.begin(); it != responses.end(); ++it) {
        QJsonObject content;
        const QJsonObject types = it.value().toObject().value(u"content").toObject();
        for (auto type = types.begin(); type != types.end(); ++type)
            content.insert(type.key(),
                           inlineRefs(type.value().toObject().value(u"schema"), document));
        answers.insert(it.key(), content);
    }
    operation.insert(QStringLiteral("responses"), answers);
    return operation;
}

} // namespace

OpenApiContract::OpenApiContract()
{
    const QJsonObject document = readJson(QStringLiteral("operations.json")).object();
    m_errorEnvelope = document.value(u"errorEnvelope").toObject();
    QHash<QString, QJsonObject> operations;
    QStringList order;
    const QJsonObject pricelist = readJson(QStringLiteral("pricelist-v1.json")).object();
    for (const QJsonValue &value : document.value(u"operations").toArray()) {
        QJsonObject operation = value.toObject();
        if (operation.value(u"basePath").toString().endsWith(u"/api/price_sync/v1"))
            operation = withPricelistAnswers(operation, pricelist);
        operations.insert(operation.value(u"operationId").toString(), operation);
        order.append(operation.value(u"operationId").toString());
    }
    const QJsonArray readings =
            readJson(QStringLiteral("readings.json")).object().value(u"readings").toArray();
    for (const QJsonValue &value : readings) {
        const QJsonObject reading = value.toObject();
        const QString id = reading.value(u"operationId").toString();
        if (!operations.contains(id))
            qFatal("readings.json names an unknown operation %s", qPrintable(id));
        QStringList parts = reading.value(u"pointer").toString().split(u'/');
        parts.removeFirst();
        operations[id] = withValueAt(operations.value(id), parts,
                                     substituteEnvelope(reading.value(u"value"), m_errorEnvelope))
                                 .toObject();
    }
    for (const QString &id : std::as_const(order)) {
        const QJsonObject definition = operations.value(id);
        Operation operation;
        operation.id = id;
        operation.method = definition.value(u"method").toString();
        // basePath is "{datacenter}/api/2": relative to the gateway's URL.
        operation.fullPath =
                definition.value(u"basePath").toString().remove(QStringLiteral("{datacenter}")) +
                definition.value(u"path").toString();
        operation.definition = definition;
        QString pattern = QStringLiteral("^");
        for (const QString &segment : operation.fullPath.split(u'/', Qt::SkipEmptyParts)) {
            if (segment.startsWith(u'{')) {
                pattern += QStringLiteral("/(?<%1>[^/]+)").arg(segment.mid(1, segment.size() - 2));
            } else {
                pattern += u'/' + QRegularExpression::escape(segment);
                ++operation.literalSegments;
            }
        }
        operation.pattern = QRegularExpression(pattern + u'$');
        m_operations.append(operation);
    }
}

const OpenApiContract &OpenApiContract::instance()
{
    static const OpenApiContract contract;
    return contract;
}

OpenApiContract::Match OpenApiContract::match(const QString &method, const QString &path) const
{
    Match best;
    for (const Operation &operation : m_operations) {
        if (operation.method != method)
            continue;
        const QRegularExpressionMatch found = operation.pattern.match(path);
        if (!found.hasMatch() ||
            (best.operation && best.operation->literalSegments >= operation.literalSegments))
            continue;
        best.operation = &operation;
        best.pathValues.clear();
        for (const QString &name : operation.pattern.namedCaptureGroups()) {
            if (!name.isEmpty())
                best.pathValues.insert(name,
                                       QUrl::fromPercentEncoding(found.captured(name).toUtf8()));
        }
    }
    return best;
}

std::optional<QString> OpenApiContract::requestProblem(const Match &match, const QUrlQuery &query,
                                                       const QByteArray &contentType,
                                                       const QByteArray &body) const
{
    const QJsonObject &definition = match.operation->definition;
    QHash<QString, QJsonObject> parameters;
    for (const QJsonValue &value : definition.value(u"parameters").toArray())
        parameters.insert(value.toObject().value(u"name").toString(), value.toObject());
    QSet<QString> given;
    for (const auto &[name, encoded] : query.queryItems(QUrl::FullyEncoded)) {
        const QString text = QUrl::fromPercentEncoding(encoded.toUtf8());
        const QJsonObject parameter = parameters.value(name);
        if (given.contains(name))
            return QStringLiteral("query parameter %1: given more than once (rule: unique)")
                    .arg(name);
        given.insert(name);
        if (parameter.value(u"in").toString() != u"query")
            return QStringLiteral("query parameter %1: the document has no such parameter "
                                  "(rule: documented parameters only)")
                    .arg(name);
        const QJsonObject schema = parameter.value(u"schema").toObject();
        if (auto found = schemaProblem(schema, parameterValue(schema, text),
                                       QStringLiteral("its value")))
            return QStringLiteral("query parameter %1: %2").arg(name, *found);
    }
    for (const QJsonObject &parameter : parameters) {
        const QString name = parameter.value(u"name").toString();
        const QString in = parameter.value(u"in").toString();
        if (in == u"query" && parameter.value(u"required").toBool() && !given.contains(name))
            return QStringLiteral("query parameter %1: missing (rule: required)").arg(name);
        if (in == u"path") {
            const QJsonObject schema = parameter.value(u"schema").toObject();
            const QString text = match.pathValues.value(name);
            if (auto found = schemaProblem(schema, parameterValue(schema, text),
                                           QStringLiteral("its value")))
                return QStringLiteral("path parameter %1: %2").arg(name, *found);
        }
    }
    if (match.operation->id == u"FetchTenantsBatch" && given.contains(QStringLiteral("after")) &&
        given.size() > 1)
        return QStringLiteral("query parameter after: sent with other parameters; the cursor "
                              "\"encodes all the filtering and sorting arguments… only cursor "
                              "should be provided\" (rule: the cursor alone)");
    const QJsonObject requestBody = definition.value(u"requestBody").toObject();
    if (requestBody.isEmpty())
        return body.isEmpty() ? std::nullopt
                              : std::optional(QStringLiteral("body: the operation takes no body, "
                                                             "%1 bytes were sent (rule: no body)")
                                                      .arg(body.size()));
    if (body.isEmpty())
        return std::nullopt; // every body of the document is optional
    const QString expected = requestBody.value(u"contentType").toString();
    if (QString::fromLatin1(contentType.split(';').first().trimmed()) != expected)
        return QStringLiteral("Content-Type: \"%1\", the document says \"%2\" (rule: content "
                              "type)")
                .arg(QString::fromLatin1(contentType), expected);
    QJsonValue value;
    if (expected == u"application/x-www-form-urlencoded") {
        QJsonObject form;
        for (const auto &[name, text] :
             QUrlQuery(QString::fromUtf8(body)).queryItems(QUrl::FullyDecoded))
            form.insert(name, text);
        value = form;
    } else {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (document.isNull())
            return QStringLiteral("body: not JSON (%1) (rule: JSON)").arg(error.errorString());
        value = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    }
    if (auto found = schemaProblem(requestBody.value(u"schema"), value))
        return QStringLiteral("body: ") + *found;
    return std::nullopt;
}

std::optional<QString> OpenApiContract::answerProblem(const Operation &operation, int status,
                                                      const QByteArray &contentType,
                                                      const QByteArray &body) const
{
    const QJsonObject responses = operation.definition.value(u"responses").toObject();
    const QString key = QString::number(status);
    if (!responses.contains(key))
        return QStringLiteral("status %1: the document has %2 only (rule: documented statuses)")
                .arg(key, responses.keys().join(QStringLiteral(", ")));
    QJsonObject content = responses.value(key).toObject();
    content.remove(QStringLiteral("specRef"));
    if (content.isEmpty())
        return body.isEmpty() ? std::nullopt
                              : std::optional(QStringLiteral("body: the document gives status %1 "
                                                             "no body (rule: no body)")
                                                      .arg(key));
    const QString type = QString::fromLatin1(contentType.split(';').first().trimmed());
    if (!content.contains(type))
        return QStringLiteral("Content-Type \"%1\": the document has %2 (rule: content type)")
                .arg(type, content.keys().join(QStringLiteral(", ")));
    const QJsonValue schema = content.value(type);
    if (type != u"application/json" || schema.toObject().isEmpty())
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (document.isNull())
        return QStringLiteral("body: not JSON (%1) (rule: JSON)").arg(error.errorString());
    const QJsonValue value =
            document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    if (auto found = schemaProblem(schema, value))
        return QStringLiteral("body: ") + *found;
    return std::nullopt;
}

bool OpenApiContract::Operation::acceptsBasicAuth() const
{
    const QJsonArray ways = definition.value(u"security").toArray();
    return std::any_of(ways.begin(), ways.end(),
                       [](const QJsonValue &way) { return way.toObject().contains(u"basicAuth"); });
}

} // namespace csp::test
