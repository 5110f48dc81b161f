#include "cli.h"

#include "core/appidentity.h"
#include "core/processguard.h"
#include "core/translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    csp::protectProcessMemory(); // before any secret is read
    QCoreApplication app(argc, argv);
    csp::setApplicationIdentity();
    csp::installTranslations(app);
    return csp::cli::Cli::run(QCoreApplication::arguments().mid(1));
}
