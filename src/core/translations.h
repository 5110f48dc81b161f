#pragma once

class QCoreApplication;

namespace csp {

// Loads the program's and Qt's own translations for the system locale (LANGUAGE, LANG).
void installTranslations(QCoreApplication &app);

} // namespace csp
