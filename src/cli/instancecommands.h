#pragma once

#include "commandparser.h"

#include "core/instancerules.h"

namespace csp {
struct SaveOutcome;
}

namespace csp::cli {

// `acronis-csp instance add|edit|list|show|remove`.
class InstanceCommands
{
    Q_DECLARE_TR_FUNCTIONS(InstanceCommands)

public:
    static int run(Session &session, const QStringList &arguments);

private:
    static int add(Session &session, const QStringList &arguments);
    static int edit(Session &session, const QStringList &arguments);
    static int list(Session &session, const QStringList &arguments, bool single);
    static int remove(Session &session, const QStringList &arguments);

    static QString optionFor(InstanceField field);
    static void addFieldOptions(CommandParser &command);
    static int report(Console &console, const SaveOutcome &outcome);
};

} // namespace csp::cli
