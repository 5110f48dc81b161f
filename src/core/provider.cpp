#include "provider.h"

#include "month.h"

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

std::optional<QString> ProviderRules::customerIdProblem(const QString &customerId,
                                                        const QString &tenantId)
{
    if (customerId.trimmed().isEmpty())
        return tr("Customer id: must not be empty (it is the billing system's account id).");
    if (customerId != customerId.trimmed())
        return tr("Customer id: \"%1\" starts or ends with a space.").arg(customerId);
    if (!tenantId.isEmpty() && customerId == tenantId)
        return tr("Customer id: the tenant id is Acronis' id, not the billing system's account "
                  "id.");
    return std::nullopt;
}

QList<ProviderProblem> ProviderRules::check(const ProviderRequest &request)
{
    QList<ProviderProblem> problems;
    const QString name = request.name.trimmed();
    if (name.isEmpty() || name.size() > MaxNameLength)
        problems << ProviderProblem{
                ProviderField::Name,
                tr("Name: must be 1 to %1 characters long.").arg(MaxNameLength)};
    if (const auto problem = customerIdProblem(request.customerId, {}))
        problems << ProviderProblem{ProviderField::CustomerId, *problem};
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
    if (!request.products.isEmpty() && (request.allItems || !request.items.isEmpty()))
        problems << ProviderProblem{ProviderField::Items,
                                    tr("Items: choose products, name items or ask for all of "
                                       "them; only one of these.")};
    for (const QString &item : request.items) {
        if (item.trimmed().isEmpty())
            problems << ProviderProblem{ProviderField::Items, tr("Items: an item name is empty.")};
    }
    return problems;
}

bool isBillable(const Provider &provider)
{
    return provider.status != ProviderStatus::Cancelled && !provider.tenantId.isEmpty();
}

bool isBillableIn(const Provider &provider, QDate month)
{
    if (isBillable(provider))
        return true;
    const QDateTime monthStart(firstOfMonth(month), QTime(0, 0), Qt::UTC);
    return provider.status == ProviderStatus::Cancelled && !provider.tenantId.isEmpty() &&
            provider.changedAt.isValid() && provider.changedAt >= monthStart;
}

} // namespace csp
