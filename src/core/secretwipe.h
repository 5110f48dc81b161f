#pragma once

#include <QByteArray>
#include <QString>

namespace csp {

// Overwrites the buffer that holds a secret, then empties the variable. The bytes are zeroed in
// place, in the buffer shared with every implicit copy (which is the point: a copy that outlives
// this call would still be the secret), including the capacity past the end that earlier
// contents may have used. Static data (a literal) is left alone.
void wipe(QString &secret);
void wipe(QByteArray &secret);

// A copy in a buffer of its own, for a secret that must outlive the one it came in (the
// keychain's answer is wiped as soon as its callback returns).
inline QString keptCopy(const QString &secret)
{
    return QString(secret.constData(), secret.size());
}

// A secret that is wiped when it goes out of scope.
template<typename Text>
class WipedOnExit
{
public:
    explicit WipedOnExit(Text &text)
        : m_text(text)
    { }
    ~WipedOnExit() { wipe(m_text); }
    WipedOnExit(const WipedOnExit &) = delete;
    WipedOnExit &operator=(const WipedOnExit &) = delete;

private:
    Text &m_text;
};

} // namespace csp
