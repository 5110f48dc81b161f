#include "cli.h"

#include "core/appidentity.h"
#include "core/translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    csp::setApplicationIdentity();
    csp::installTranslations(app);
    return csp::cli::Cli::run(QCoreApplication::arguments().mid(1));
}
