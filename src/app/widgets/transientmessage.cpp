#include "transientmessage.h"

#include <QMainWindow>
#include <QStatusBar>

namespace csp {

bool showTransientMessage(QWidget *from, const QString &text)
{
    constexpr int ShownMs = 10'000; // long enough to read a path
    auto *window = qobject_cast<QMainWindow *>(from->window());
    if (!window)
        return false;
    window->statusBar()->showMessage(text, ShownMs);
    return true;
}

} // namespace csp
