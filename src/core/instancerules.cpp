#include "instancerules.h"

#include "currency.h"
#include "money.h"

#include <QHostAddress>
#include <QUrl>
#include <QUuid>

namespace csp {

namespace {

template<typename T>
FieldCheck<T> failed(QString error)
{
    return FieldCheck<T>{std::nullopt, std::move(error), {}};
}

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

QString required(InstanceField field)
{
    return InstanceRules::tr("%1 is required.").arg(InstanceRules::fieldLabel(field));
}

} // namespace

QString InstanceRules::fieldLabel(InstanceField field)
{
    switch (field) {
    case InstanceField::SystemName:
        return tr("System Name");
    case InstanceField::Gateway:
        return tr("Gateway");
    case InstanceField::ClientId:
        return tr("Client Id");
    case InstanceField::ClientSecret:
        return tr("Client Secret");
    case InstanceField::Discount:
        return tr("Distributor Discount (%)");
    case InstanceField::Currency:
        return tr("Primary Currency");
    case InstanceField::NamePolicy:
        return tr("Update Product Names");
    }
    return {};
}

FieldCheck<QString> InstanceRules::checkSystemName(const QString &text)
{
    const QString name = text.trimmed();
    const auto label = fieldLabel(InstanceField::SystemName);
    if (name.isEmpty())
        return failed<QString>(required(InstanceField::SystemName));
    if (name.toUcs4().size() > MaxSystemNameLength)
        return failed<QString>(tr("%1 must be at most %2 characters long (it has %3).")
                                       .arg(label)
                                       .arg(MaxSystemNameLength)
                                       .arg(name.toUcs4().size()));
    if (hasControlCharacter(name))
        return failed<QString>(
                tr("%1 must not contain line breaks or control characters.").arg(label));
    return {name, {}, {}};
}

bool InstanceRules::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

FieldCheck<QString> InstanceRules::checkGateway(const QString &text)
{
    const QString trimmed = text.trimmed();
    const auto label = fieldLabel(InstanceField::Gateway);
    if (trimmed.isEmpty())
        return failed<QString>(required(InstanceField::Gateway));
    QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || scheme.isEmpty() || url.host().isEmpty())
        return failed<QString>(tr("%1 must be an absolute https:// URL with a host, e.g. "
                                  "https://eu2-cloud.acronis.com.")
                                       .arg(label));
    if (scheme != u"https" && scheme != u"http")
        return failed<QString>(tr("%1 must use https:// (got %2://).").arg(label, scheme));
    if (scheme == u"http" && !isLoopbackHost(url.host()))
        return failed<QString>(tr("%1 must use https://; plain http:// is allowed only for "
                                  "localhost, 127.0.0.0/8 and ::1.")
                                       .arg(label));
    if (!url.userInfo().isEmpty())
        return failed<QString>(
                tr("%1 must not contain a user name or password; put the credentials in Client "
                   "Id and Client Secret.")
                        .arg(label));
    if (url.hasQuery())
        return failed<QString>(tr("%1 must not contain a query (?…).").arg(label));
    if (url.hasFragment())
        return failed<QString>(tr("%1 must not contain a fragment (#…).").arg(label));
    url.setScheme(scheme);
    if (scheme == u"https" && url.port() == 443)
        url.setPort(-1);
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return {url.toString(), {}, {}};
}

FieldCheck<QString> InstanceRules::checkClientId(const QString &text)
{
    const QString id = text.trimmed();
    if (id.isEmpty())
        return failed<QString>(required(InstanceField::ClientId));
    if (hasControlCharacter(id))
        return failed<QString>(tr("%1 must not contain line breaks or control characters.")
                                       .arg(fieldLabel(InstanceField::ClientId)));
    FieldCheck<QString> check{id, {}, {}};
    if (QUuid::fromString(id).isNull())
        check.warning = tr("%1 \"%2\" is not a UUID; Acronis issues client ids as UUIDs, so check "
                           "that it was copied whole.")
                                .arg(fieldLabel(InstanceField::ClientId), id);
    return check;
}

FieldCheck<QString> InstanceRules::checkClientSecret(const QString &secret)
{
    if (secret.isEmpty())
        return failed<QString>(required(InstanceField::ClientSecret));
    return {secret, {}, {}};
}

FieldCheck<Decimal> InstanceRules::checkDiscount(const QString &text, const QLocale &locale)
{
    const auto label = fieldLabel(InstanceField::Discount);
    if (text.trimmed().isEmpty())
        return failed<Decimal>(required(InstanceField::Discount));
    Decimal::ParseFailure why{};
    const auto value = Decimal::parse(text, locale, 2, &why);
    if (!value) {
        if (why == Decimal::ParseFailure::TooManyFractionDigits)
            return failed<Decimal>(tr("%1 may have at most 2 decimal places.").arg(label));
        if (why == Decimal::ParseFailure::NotANumber)
            return failed<Decimal>(tr("%1 must be a number such as %2 (decimal separator \"%3\").")
                                           .arg(label, Decimal::parse(u"17.5")->localeText(locale),
                                                locale.decimalPoint()));
        if (why == Decimal::ParseFailure::AmbiguousGrouping)
            return failed<Decimal>(decimalProblem(why, label, text.trimmed(), 2, locale));
    }
    if (!value || *value < Decimal() || *value > Decimal::fromInteger(100))
        return failed<Decimal>(tr("%1 must be between 0 and 100.").arg(label));
    // A percentage, not an amount: "18.00" is kept as 18.
    return {*Decimal::fromUnits(value->units()), {}, {}};
}

FieldCheck<QString> InstanceRules::checkCurrency(const QString &text)
{
    const QString code = text.trimmed();
    const auto label = fieldLabel(InstanceField::Currency);
    if (code.isEmpty())
        return failed<QString>(required(InstanceField::Currency));
    const bool threeCapitals = code.size() == 3 &&
            std::all_of(code.begin(), code.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
    if (!threeCapitals)
        return failed<QString>(
                tr("%1 must be an ISO 4217 code of three capital letters, e.g. EUR (got \"%2\").")
                        .arg(label, code));
    if (!Currencies::find(code))
        return failed<QString>(tr("%1 \"%2\" is not an ISO 4217 currency code.").arg(label, code));
    return {code, {}, {}};
}

FieldCheck<NamePolicy> InstanceRules::checkNamePolicy(const QString &key)
{
    if (const auto policy = namePolicyFromKey(key.trimmed()))
        return {*policy, {}, {}};
    return failed<NamePolicy>(tr("%1 must be \"update\" (continuously update names) or \"keep\" "
                                 "(keep the names of the first run).")
                                      .arg(fieldLabel(InstanceField::NamePolicy)));
}

namespace {

template<typename T, typename Check>
void checkField(const std::optional<QString> &input, InstanceField field, bool mandatory,
                Check check, std::optional<T> &out, ValidationReport &report)
{
    if (!input) {
        if (mandatory)
            report.errors.append({field, required(field)});
        return;
    }
    const FieldCheck<T> result = check(*input);
    if (!result.ok())
        report.errors.append({field, result.error});
    if (!result.warning.isEmpty())
        report.warnings.append({field, result.warning});
    out = result.value;
}

} // namespace

ValidationReport applyChanges(Instance &instance, const InstanceChanges &changes, bool requireAll)
{
    ValidationReport report;
    std::optional<QString> systemName, gateway, clientId, currency;
    std::optional<Decimal> discount;
    std::optional<NamePolicy> policy;
    checkField(changes.systemName, InstanceField::SystemName, requireAll,
               InstanceRules::checkSystemName, systemName, report);
    checkField(changes.gateway, InstanceField::Gateway, requireAll, InstanceRules::checkGateway,
               gateway, report);
    checkField(changes.clientId, InstanceField::ClientId, requireAll, InstanceRules::checkClientId,
               clientId, report);
    checkField(
            changes.discount, InstanceField::Discount, requireAll,
            [&](const QString &text) {
                return InstanceRules::checkDiscount(text, changes.numberLocale);
            },
            discount, report);
    checkField(changes.currency, InstanceField::Currency, requireAll, InstanceRules::checkCurrency,
               currency, report);
    checkField(changes.namePolicy, InstanceField::NamePolicy, false, InstanceRules::checkNamePolicy,
               policy, report);
    if (!report.ok())
        return report;
    instance.systemName = systemName.value_or(instance.systemName);
    instance.gateway = gateway.value_or(instance.gateway);
    instance.clientId = clientId.value_or(instance.clientId);
    instance.discountPercent = discount.value_or(instance.discountPercent);
    instance.primaryCurrency = currency.value_or(instance.primaryCurrency);
    instance.namePolicy = policy.value_or(instance.namePolicy);
    return report;
}

} // namespace csp
