#pragma once

#include <QProcessEnvironment>
#include <QTest>

namespace csp::test {

// The keychain tests need a Secret Service (scripts/with-keyring.sh starts one). Where the
// wrapper says one must be there (CI), its absence fails the test instead of skipping it.
inline bool keychainExpected()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

#define CSP_REQUIRE_KEYCHAIN() \
    do { \
        if (!csp::test::keychainExpected()) { \
            if (qEnvironmentVariableIntValue("ACRONIS_CSP_REQUIRE_KEYCHAIN") == 1) \
                QFAIL("no D-Bus session: run the tests through scripts/with-keyring.sh"); \
            QSKIP("no D-Bus session with a Secret Service; run through scripts/with-keyring.sh"); \
        } \
    } while (false)

} // namespace csp::test
