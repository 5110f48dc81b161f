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

// Which OS keychain this is (this user on this machine), as 32 hex digits: a shared catalogue
// records per keychain which instances' secrets it holds. $ACRONIS_CSP_KEYCHAIN_ID replaces it,
// for tests that play two admins on one machine.
QString thisKeychainId();

// "user@host": who made a change, for "changed by" in a refused stale edit.
QString thisUserAtHost();

} // namespace csp
