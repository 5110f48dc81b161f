#pragma once

#include <QString>

namespace csp {

// Sets the organisation, application name and version that QStandardPaths and QSettings use.
// The window and the CLI set the same identity, so both find the same data directory.
void setApplicationIdentity();

// The data directory: `option` when given, else $ACRONIS_CSP_DATA_DIR, else AppDataLocation.
QString resolveDataDirectory(const QString &option);

// The catalogue database file inside `dataDirectory`.
QString catalogueDatabasePath(const QString &dataDirectory);
// This machine's list of keychain entry names (never values) inside `dataDirectory`.
QString secretNamesPath(const QString &dataDirectory);

} // namespace csp
