#include "jsonfields.h"

namespace csp {

void JsonFields::fail(const QString &key, const QString &problem)
{
    if (!m_error)
        m_error = errorFor(key, problem);
}

void JsonFields::adopt(const JsonFields &part)
{
    if (!m_error && part.m_error)
        m_error = part.m_error;
}

QString JsonFields::fieldPath(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

} // namespace csp
