#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QStringList>

#include <optional>

namespace csp::acronis {

// The distinct infra ids the items of a list name, in the order first named; an infra_id that
// is not a text is left to the parse.
QStringList infraIdsIn(const QJsonArray &items);

// The same ids read from a list's answer as it came ({"items": [...], ...}), before it is parsed,
// so that the storages can be asked for while it is; nullopt where the answer is not JSON as this
// reading knows it (the parse then says what is wrong with it).
std::optional<QStringList> infraIdsInAnswer(const QByteArray &body);

} // namespace csp::acronis
