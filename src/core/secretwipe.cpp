#include "secretwipe.h"

#include <cstring>

namespace csp {

namespace {

void zero(const void *data, qsizetype bytes)
{
    // explicit_bzero: the compiler may not drop it as a dead store before a free.
    if (data && bytes > 0)
        explicit_bzero(const_cast<void *>(data), size_t(bytes));
}

} // namespace

void wipe(QString &secret)
{
    if (secret.capacity() > 0) // zero for static data
        zero(secret.constData(), secret.capacity() * qsizetype(sizeof(QChar)));
    secret.clear();
}

void wipe(QByteArray &secret)
{
    if (secret.capacity() > 0)
        zero(secret.constData(), secret.capacity());
    secret.clear();
}

} // namespace csp
