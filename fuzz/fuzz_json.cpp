// The JSON helpers: JsonReader's typed reads on any object (the input's first bytes pick the
// reads and the keys), and the writer of JSON strings, whose output must read back as the text.
#include "acronis/jsonreader.h"
#include "core/jsonrows.h"
#include "fuzzinput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace csp;

namespace {

void readAll(acronis::JsonReader &reader, const QJsonObject &object, int depth)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        switch (qHash(key) % 9) {
        case 0:
            reader.string(key);
            break;
        case 1:
            reader.optionalString(key);
            break;
        case 2:
            reader.integer(key);
            break;
        case 3:
            reader.optionalInteger(key);
            break;
        case 4:
            reader.boolean(key);
            break;
        case 5:
            reader.optionalBoolean(key);
            break;
        case 6:
            reader.array(key);
            break;
        default: {
            const QJsonObject inner = reader.object(key);
            if (depth < 4) {
                acronis::JsonReader child = reader.child(inner, key);
                readAll(child, inner, depth + 1);
                reader.adopt(child);
            }
        }
        }
    }
    if (!reader.ok())
        CSP_FUZZ_CHECK(reader.error().message.contains(u"GET /api/2/fuzz"), reader.error().message);
}

void stringRoundTrip(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QByteArray out = "[";
    appendJsonString(out, text);
    out += ']';
    QJsonParseError error;
    const QJsonDocument back = QJsonDocument::fromJson(out, &error);
    CSP_FUZZ_CHECK(error.error == QJsonParseError::NoError, error.errorString());
    CSP_FUZZ_CHECK(back.array().at(0).toString() == text, text.left(80));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto [choice, rest] = fuzz::select(data, size, 2);
    if (choice == 1) {
        stringRoundTrip(rest);
        return 0;
    }
    const QJsonObject object = QJsonDocument::fromJson(rest).object();
    acronis::JsonReader reader(object, QStringLiteral("GET /api/2/fuzz"));
    readAll(reader, object, 0);
    return 0;
}
