#include "infrascan.h"

#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>

#include <cstring>

namespace csp::acronis {

namespace {

// The ids items name, each once, in the order first named; an empty one is none.
class DistinctIds
{
public:
    void add(const QString &id)
    {
        if (!id.isEmpty() && !m_seen.contains(id)) {
            m_seen.insert(id);
            m_ids.append(id);
        }
    }
    const QStringList &ids() const { return m_ids; }

private:
    QStringList m_ids;
    QSet<QString> m_seen;
};

} // namespace

QStringList infraIdsIn(const QJsonArray &items)
{
    DistinctIds ids;
    for (const auto &item : items)
        ids.add(item.toObject().value(u"infra_id").toString());
    return ids.ids();
}

namespace {

// Walks a JSON text once, without building it: only the keys on the way to the items' infra_id
// and those ids' texts are read. A JSON object with a key twice keeps the last, as Qt's does.
class InfraScan
{
public:
    explicit InfraScan(const QByteArray &body)
        : m_at(body.constData())
        , m_end(body.constData() + body.size())
    { }

    std::optional<QStringList> ids()
    {
        if (!skipSpace() || *m_at != '{' || !root() || skipSpace())
            return std::nullopt; // not one object, or something after it
        return m_ids.ids();
    }

private:
    static constexpr int MaxDepth = 512;

    // Whether anything but white space is left; moves to it.
    bool skipSpace()
    {
        while (m_at < m_end && (*m_at == ' ' || *m_at == '\t' || *m_at == '\n' || *m_at == '\r'))
            ++m_at;
        return m_at < m_end;
    }

    bool take(char c)
    {
        if (!skipSpace() || *m_at != c)
            return false;
        ++m_at;
        return true;
    }

    // At a '"': the text between the quotes as written, and past the closing one.
    std::optional<std::pair<const char *, qsizetype>> rawString(bool *escaped)
    {
        const char *start = ++m_at;
        *escaped = false;
        while (m_at < m_end && *m_at != '"') {
            if (*m_at == '\\') {
                *escaped = true;
                if (++m_at == m_end)
                    break;
            }
            ++m_at;
        }
        if (m_at >= m_end)
            return std::nullopt;
        return std::pair{start, qsizetype(m_at++ - start)};
    }

    static int hexDigit(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        const char lower = char(c | 0x20);
        return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
    }

    // The four hex digits of a \u escape at `text`.
    static std::optional<char16_t> hexUnit(const char *text, const char *end)
    {
        if (end - text < 4)
            return std::nullopt;
        char16_t unit = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexDigit(text[i]);
            if (digit < 0)
                return std::nullopt;
            unit = char16_t(unit * 16 + digit);
        }
        return unit;
    }

    static std::optional<QString> decoded(const char *text, qsizetype size)
    {
        QString out;
        const char *end = text + size;
        while (text < end) {
            const char *plain = text;
            while (text < end && *text != '\\')
                ++text;
            // Qt's parser keeps a byte order mark inside a text; fromUtf8 would drop it.
            QStringDecoder utf8(QStringDecoder::Utf8,
                                QStringDecoder::Flag::Stateless |
                                        QStringDecoder::Flag::ConvertInitialBom);
            out += utf8.decode(QByteArrayView(plain, text - plain));
            if (text == end)
                break;
            if (++text == end)
                return std::nullopt;
            switch (*text++) {
            case '"':
                out += u'"';
                break;
            case '\\':
                out += u'\\';
                break;
            case '/':
                out += u'/';
                break;
            case 'b':
                out += u'\b';
                break;
            case 'f':
                out += u'\f';
                break;
            case 'n':
                out += u'\n';
                break;
            case 'r':
                out += u'\r';
                break;
            case 't':
                out += u'\t';
                break;
            case 'u': {
                const auto unit = hexUnit(text, end);
                if (!unit)
                    return std::nullopt;
                out += QChar(*unit);
                text += 4;
                break;
            }
            default: // Qt's parser takes any other escaped character as itself
                out += QChar(char16_t(uchar(text[-1])));
            }
        }
        return out;
    }

    // At a '"': whether the key is `name`, and past it.
    std::optional<bool> keyIs(const char *name)
    {
        bool escaped = false;
        const auto raw = rawString(&escaped);
        if (!raw)
            return std::nullopt;
        if (!escaped)
            return qsizetype(std::strlen(name)) == raw->second &&
                    std::memcmp(raw->first, name, size_t(raw->second)) == 0;
        const auto key = decoded(raw->first, raw->second);
        if (!key)
            return std::nullopt;
        return *key == QLatin1StringView(name);
    }

    bool skipValue(int depth)
    {
        if (!skipSpace() || depth > MaxDepth)
            return false;
        const char c = *m_at;
        if (c == '"') {
            bool escaped = false;
            return rawString(&escaped).has_value();
        }
        if (c == '{' || c == '[')
            return skipContainer(depth);
        // A number, true, false or null: up to the next delimiter.
        const char *start = m_at;
        while (m_at < m_end && !std::strchr(",]} \t\n\r", *m_at))
            ++m_at;
        return m_at > start;
    }

    bool skipContainer(int depth)
    {
        const bool object = *m_at++ == '{';
        const char close = object ? '}' : ']';
        return members(close, [&] {
            if (object) {
                if (!skipSpace() || *m_at != '"' || !skipValue(depth + 1) || !take(':'))
                    return false;
            }
            return skipValue(depth + 1);
        });
    }

    // The members of an object or array up to `close`, each read by `member`.
    template<typename Member>
    bool members(char close, Member member)
    {
        if (!skipSpace())
            return false;
        if (*m_at == close) {
            ++m_at;
            return true;
        }
        for (;;) {
            if (!member() || !skipSpace())
                return false;
            const char next = *m_at++;
            if (next == close)
                return true;
            if (next != ',')
                return false;
        }
    }

    // At a '{': its members, the value of each one named `name` read by `readNamed` (a later one
    // replaces an earlier, as in Qt), the others skipped.
    template<typename ReadNamed>
    bool membersNamed(const char *name, int depth, ReadNamed readNamed)
    {
        ++m_at;
        return members('}', [&] {
            if (!skipSpace() || *m_at != '"')
                return false;
            const auto isNamed = keyIs(name);
            if (!isNamed || !take(':'))
                return false;
            return *isNamed ? readNamed() : skipValue(depth);
        });
    }

    bool root()
    {
        return membersNamed("items", 1, [&] {
            m_ids = {}; // a second "items" replaces the first
            if (!skipSpace() || *m_at != '[')
                return skipValue(1); // not a list: the parse says so
            return items();
        });
    }

    bool items()
    {
        ++m_at;
        return members(']', [&] {
            if (!skipSpace())
                return false;
            if (*m_at != '{')
                return skipValue(2);
            std::optional<QString> id;
            if (!item(&id))
                return false;
            if (id)
                m_ids.add(*id);
            return true;
        });
    }

    // At an item's '{': its last infra_id if that is a text.
    bool item(std::optional<QString> *id)
    {
        return membersNamed("infra_id", 3, [&] {
            id->reset();
            if (!skipSpace())
                return false;
            if (*m_at != '"')
                return skipValue(3);
            bool escaped = false;
            const auto raw = rawString(&escaped);
            if (!raw)
                return false;
            *id = escaped ? decoded(raw->first, raw->second)
                          : QString::fromUtf8(raw->first, raw->second);
            return id->has_value();
        });
    }

    const char *m_at;
    const char *const m_end;
    DistinctIds m_ids;
};

} // namespace

std::optional<QStringList> infraIdsInAnswer(const QByteArray &body)
{
    return InfraScan(body).ids();
}

} // namespace csp::acronis
