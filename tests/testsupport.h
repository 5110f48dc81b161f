#pragma once

#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>

namespace csp::test {

// The keychain tests need a Secret Service: CTest's keyring fixture starts a private one
// (tests/keyring-fixture.sh), as scripts/with-keyring.sh does for a test run by hand. Without
// one the test fails: it never passes by skipping what it is there to check.
inline bool keychainExpected()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

#define CSP_REQUIRE_KEYCHAIN() \
    do { \
        if (!csp::test::keychainExpected()) \
            QFAIL("no private Secret Service: run the tests with ctest (its keyring fixture " \
                  "starts one) or through scripts/with-keyring.sh"); \
    } while (false)

// Error paths must not build messages with missing or extra arguments, write to closed devices
// or connect what does not exist: any such warning fails the test (call in init()).
#define CSP_FAIL_ON_SLIPS() \
    QTest::failOnWarning(QRegularExpression( \
            QStringLiteral("QString::arg|QIODevice::|QObject::connect|QSqlQuery::")))

} // namespace csp::test
