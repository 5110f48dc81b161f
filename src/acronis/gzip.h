#pragma once

#include <QByteArray>

#include <optional>

namespace csp::acronis {

// Whether `data` starts with gzip's magic bytes (1f 8b).
bool isGzip(const QByteArray &data);

// The content of a gzip file (all its members), or nullopt when it is not a whole, valid one or
// would unpack to more than `limit` bytes (a bomb is refused, not unpacked).
std::optional<QByteArray> gunzip(const QByteArray &data, qint64 limit);

} // namespace csp::acronis
