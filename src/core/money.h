#pragma once

#include "decimal.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace csp {

// The one money rule (DESIGN.md), for the command line, the window and every export:
// - a price or amount is written exactly, with its own digits and at least the currency's minor
//   units ("82.00", "0.0410", "0.015", never "0.02");
// - only a final amount (an invoice line's sell or cost amount) is rounded, once, half away from
//   zero to the currency's minor unit.

// For JSON, CSV and other machine-read text: C locale, no group separators.
QString moneyText(Decimal value, QStringView currency);
QString moneyText(const std::optional<Decimal> &value, QStringView currency); // "" without one
// For people: the user's locale, with group separators ("1.234,50" in German).
QString moneyText(Decimal value, QStringView currency, const QLocale &locale);
// As above, followed by the currency code ("1,234.50 EUR").
QString moneyWithCurrency(Decimal value, QStringView currency, const QLocale &locale);
// A margin or other percentage for people: one decimal, "18.0 %" ("18,0 %" in German).
QString percentText(Decimal percent, const QLocale &locale);
// A final amount: rounded half away from zero to the currency's minor unit.
Decimal finalAmount(Decimal value, QStringView currency);

// Where a figure is missing: an em dash for people and most tables, a hyphen in the plain
// ASCII tables of the month-end commands (CLI.md keeps each as it is).
inline constexpr QStringView MissingFigure = u"\u2014";
inline constexpr QStringView MissingFigureAscii = u"-";
// `value` written by `text`, or `missing` when there is none.
template<typename Text>
QString figureOr(const std::optional<Decimal> &value, Text text,
                 QStringView missing = MissingFigure)
{
    return value ? text(*value) : missing.toString();
}

// A sentence naming `figure` ("the sell total of Backup Heroes in EUR") that went beyond what
// Decimal holds.
QString overflowMessage(const QString &figure);

// Why `text` for `field` was refused, in words: "Sell price: \"0.045\" can be read two ways in
// this language …".
QString decimalProblem(Decimal::ParseFailure why, const QString &field, const QString &text,
                       int maxFractionDigits, const QLocale &locale);

} // namespace csp
