#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace csp {

// Writes `bytes` to `path` whole or not at all: into a temporary file in the same folder, then
// renamed over `path`, so that whoever reads the file (a billing import) never sees half of it.
// A failure names the file and the reason, and leaves `path` as it was.
Status saveFileWhole(const QString &path, const QByteArray &bytes);
// The same for a caller that shows the failure itself: false and the message in `error`.
bool saveFileWhole(const QString &path, const QByteArray &bytes, QString *error);

} // namespace csp
