#include "windowtitles.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace csp {

namespace {

class PlainTitles : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::WindowTitleChange)
            return false;
        auto *window = qobject_cast<QWidget *>(watched);
        if (!window || !window->isWindow())
            return false;
        // The new title sends this event again, and then it is plain already.
        if (const QString plain = plainWindowTitle(window->windowTitle());
            plain != window->windowTitle())
            window->setWindowTitle(plain);
        return false;
    }
};

} // namespace

QString plainWindowTitle(const QString &title)
{
    QString plain = title;
    plain.replace(u'\u2013', u'-').replace(u'\u2014', u'-');
    const QString program = QGuiApplication::applicationDisplayName();
    if (plain.isEmpty() || program.isEmpty() || plain.endsWith(program))
        return plain;
    return plain + QStringLiteral(" - ") + program;
}

void usePlainWindowTitles(QApplication &app)
{
    app.installEventFilter(new PlainTitles(&app));
}

} // namespace csp
