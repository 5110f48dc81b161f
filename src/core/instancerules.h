#pragma once

#include "instance.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>

#include <optional>

namespace csp {

enum class InstanceField {
    SystemName,
    Gateway,
    ClientId,
    ClientSecret,
    Discount,
    Currency,
    NamePolicy,
};

struct FieldMessage
{
    InstanceField field;
    QString text; // names the field and the rule, ready to show
};

// One field's verdict: the normalised value when valid, else the broken rule.
template<typename T>
struct FieldCheck
{
    std::optional<T> value;
    QString error;
    QString warning;

    bool ok() const { return value.has_value(); }
};

// The rules of the Applications Setup form, shared by the window and the CLI.
class InstanceRules
{
    Q_DECLARE_TR_FUNCTIONS(InstanceRules)

public:
    static constexpr int MaxSystemNameLength = 64;

    static QString fieldLabel(InstanceField field);

    static FieldCheck<QString> checkSystemName(const QString &text);
    static FieldCheck<QString> checkGateway(const QString &text);
    static FieldCheck<QString> checkClientId(const QString &text);
    static FieldCheck<QString> checkClientSecret(const QString &secret);
    // `locale` is the one the admin typed in: QLocale::c() for the CLI, the user's in the window.
    static FieldCheck<Decimal> checkDiscount(const QString &text,
                                             const QLocale &locale = QLocale::c());
    static FieldCheck<QString> checkCurrency(const QString &text);
    static FieldCheck<NamePolicy> checkNamePolicy(const QString &key);

    // True for hosts where plain http is allowed: localhost, 127.0.0.0/8, ::1.
    static bool isLoopbackHost(const QString &host);
};

// The fields an admin supplied (as typed); absent ones stay as they are.
struct InstanceChanges
{
    std::optional<QString> systemName;
    std::optional<QString> gateway;
    std::optional<QString> clientId;
    std::optional<QString> discount;
    std::optional<QString> currency;
    std::optional<QString> namePolicy;
    QLocale numberLocale = QLocale::c();
};

struct ValidationReport
{
    QList<FieldMessage> errors;
    QList<FieldMessage> warnings;

    bool ok() const { return errors.isEmpty(); }
};

// Checks every supplied field and, only when all are valid, writes them into `instance`.
// With `requireAll`, a field that is neither supplied nor already set is an error (adding).
ValidationReport applyChanges(Instance &instance, const InstanceChanges &changes, bool requireAll);

} // namespace csp
