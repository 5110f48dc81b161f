#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace csp {

struct Currency
{
    QString code;   // ISO 4217 alpha-3, e.g. "EUR"
    int minorUnits; // digits after the decimal point, e.g. 2
    QString name;   // English name, e.g. "Euro"
};

// The ISO 4217 list shipped with the program (resources/data/iso4217.csv).
class Currencies
{
public:
    static const QList<Currency> &all();
    static std::optional<Currency> find(QStringView code);
    // Minor units of `code`, or 2 for an unknown code.
    static int minorUnits(QStringView code);
};

// The currency a product's price is in: its own, or the instance's primary currency when the
// price names none.
QString priceCurrency(const QString &ownCurrency, const QString &primaryCurrency);

} // namespace csp
