#pragma once

#include <QString>

class QApplication;

namespace csp {

// A window's title as window lists and window-search tools read it: the program's name after a
// plain hyphen ("Contract Tiers - EU - Acronis CSP Setup"), dashes typed as "-". Ending with the
// display name, the platform adds no separator of its own (an em dash on X11).
QString plainWindowTitle(const QString &title);
// Gives every window of `app` such a title, whenever one is set.
void usePlainWindowTitles(QApplication &app);

} // namespace csp
