#pragma once

#include <QString>

class QWidget;

namespace csp {

// A confirmation that needs no answer ("Exported 60 products to …"): shown for a while in the
// status bar of the window `from` sits in, where it moves nothing; false when that window has
// none (a page shown on its own).
bool showTransientMessage(QWidget *from, const QString &text);

} // namespace csp
