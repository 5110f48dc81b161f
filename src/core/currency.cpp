#include "currency.h"

#include <QFile>

#include <algorithm>

namespace csp {

namespace {

QList<Currency> loadCurrencies()
{
    QList<Currency> currencies;
    QFile file(QStringLiteral(":/data/iso4217.csv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("The built-in ISO 4217 currency list is missing from the resources");
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype first = line.indexOf(u',');
        const qsizetype second = line.indexOf(u',', first + 1);
        if (first != 3 || second < 0)
            continue;
        currencies.append({line.left(3), line.mid(first + 1, second - first - 1).toInt(),
                           line.mid(second + 1)});
    }
    return currencies;
}

} // namespace

const QList<Currency> &Currencies::all()
{
    static const QList<Currency> currencies = loadCurrencies();
    return currencies;
}

std::optional<Currency> Currencies::find(QStringView code)
{
    const auto &list = all();
    const auto it =
            std::lower_bound(list.begin(), list.end(), code,
                             [](const Currency &c, QStringView key) { return c.code < key; });
    if (it == list.end() || it->code != code)
        return std::nullopt;
    return *it;
}

int Currencies::minorUnits(QStringView code)
{
    const auto currency = find(code);
    return currency ? currency->minorUnits : 2;
}

QString priceCurrency(const QString &ownCurrency, const QString &primaryCurrency)
{
    return ownCurrency.isEmpty() ? primaryCurrency : ownCurrency;
}

} // namespace csp
