#include "provider.h"

#include <QRegularExpression>

namespace csp {

QString providerStatusKey(ProviderStatus status)
{
    switch (status) {
    case ProviderStatus::Active:
        return QStringLiteral("active");
    case ProviderStatus::Suspended:
        return QStringLiteral("suspended");
    case ProviderStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<ProviderStatus> providerStatusFromKey(QStringView key)
{
    for (ProviderStatus status :
         {ProviderStatus::Active, ProviderStatus::Suspended, ProviderStatus::Cancelled}) {
        if (key == providerStatusKey(status))
            return status;
    }
    return std::nullopt;
}

QString Tier::key() const
{
    return number == 0 ? QStringLiteral("none") : QString::number(number);
}

std::optional<Tier> Tier::fromKey(QStringView key)
{
    if (key == u"none")
        return Tier{0};
    if (key.size() == 1 && key[0] >= u'1' && key[0] <= u'5')
        return Tier{key[0].unicode() - u'0'};
    return std::nullopt;
}

QStringList ProviderRules::languages()
{
    return {QStringLiteral("bg"),     QStringLiteral("zh"),    QStringLiteral("zh-TW"),
            QStringLiteral("cs"),     QStringLiteral("da"),    QStringLiteral("nl"),
            QStringLiteral("en"),     QStringLiteral("en-US"), QStringLiteral("fi"),
            QStringLiteral("fr"),     QStringLiteral("de"),    QStringLiteral("hu"),
            QStringLiteral("id"),     QStringLiteral("it"),    QStringLiteral("ja"),
            QStringLiteral("ko"),     QStringLiteral("ms"),    QStringLiteral("nb"),
            QStringLiteral("pl"),     QStringLiteral("pt"),    QStringLiteral("pt-BR"),
            QStringLiteral("ru"),     QStringLiteral("sr"),    QStringLiteral("es"),
            QStringLiteral("es-419"), QStringLiteral("sv"),    QStringLiteral("tr")};
}

QString ProviderRules::tierLabel(Tier tier)
{
    return tier.number == 0 ? tr("No commitment") : tr("Tier %1").arg(tier.number);
}

bool ProviderRules::isPlausibleEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s.]+$)"));
    return pattern.match(email).hasMatch();
}

QStringList ProviderRules::texts(const QList<ProviderProblem> &problems)
{
    QStringList list;
    for (const ProviderProblem &problem : problems)
        list.append(problem.text);
    return list;
}

QList<ProviderProblem> ProviderRules::check(const ProviderRequest &request)
{
    QList<ProviderProblem> problems;
    const QString name = request.name.trimmed();
    if (name.isEmpty() || name.size() > MaxNameLength)
        problems << ProviderProblem{
                ProviderField::Name,
                tr("Name: must be 1 to %1 characters long.").arg(MaxNameLength)};
    if (request.customerId.trimmed().isEmpty())
        problems << ProviderProblem{
                ProviderField::CustomerId,
                tr("Customer id: must not be empty (it is the billing system's account id).")};
    static const QRegularExpression login(QStringLiteral(R"(^[A-Za-z0-9._@+-]{1,255}$)"));
    if (!login.match(request.adminLogin).hasMatch())
        problems << ProviderProblem{
                ProviderField::AdminLogin,
                tr("Admin login: 1 to 255 letters, digits or . _ @ + - (no spaces).")};
    if (!isPlausibleEmail(request.adminEmail))
        problems << ProviderProblem{
                ProviderField::AdminEmail,
                tr("Admin e-mail: \"%1\" is not an e-mail address like name@example.com.")
                        .arg(request.adminEmail)};
    if (!languages().contains(request.language))
        problems << ProviderProblem{
                ProviderField::Language,
                tr("Language: \"%1\" is not one Acronis knows (for example en, de, fr, "
                   "pt-BR).")
                        .arg(request.language)};
    if (request.allItems && !request.items.isEmpty())
        problems << ProviderProblem{ProviderField::Items,
                                    tr("Items: name items or ask for all of them, not both.")};
    for (const QString &item : request.items) {
        if (item.trimmed().isEmpty())
            problems << ProviderProblem{ProviderField::Items, tr("Items: an item name is empty.")};
    }
    return problems;
}

} // namespace csp
