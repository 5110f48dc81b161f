#include "userguide.h"

#include "ui_userguide.h"

#include <QAction>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace csp {

namespace {

// How GitHub names a heading's anchor: lower case, punctuation dropped, spaces as hyphens.
QString slugOf(const QString &heading)
{
    static const QRegularExpression dropped(QStringLiteral(R"([^\w\- ])"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    QString slug = heading.toLower();
    slug.remove(dropped);
    slug.replace(u' ', u'-');
    return slug;
}

} // namespace

UserGuideWindow::UserGuideWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    Ui::UserGuideWindow ui;
    ui.setupUi(this);
    m_browser = ui.userGuideText;
    m_search = ui.userGuideSearch;
    m_browser->setSource(QUrl(QStringLiteral("qrc:/guide/user-guide.md")),
                         QTextDocument::MarkdownResource);
    fitPictures(760);
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    addAction(findAction);
    connect(findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    // A window for reading closes as the reader expects: Esc, Ctrl+W (the platform's Close).
    auto *closeAction = new QAction(this);
    closeAction->setObjectName(QStringLiteral("userGuideCloseAction"));
    QList<QKeySequence> closeKeys = QKeySequence::keyBindings(QKeySequence::Close);
    for (const QKeySequence &key :
         {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_W)})
        if (!closeKeys.contains(key))
            closeKeys.append(key);
    closeAction->setShortcuts(closeKeys);
    addAction(closeAction);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { find(m_search->text()); });
    connect(m_browser, &QTextBrowser::anchorClicked, this, &UserGuideWindow::follow);
    resize(900, 700);
}

void UserGuideWindow::fitPictures(int width)
{
    // The screenshots are wider than a reading window: shown at `width`, in proportion.
    QTextCursor cursor(m_browser->document());
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat picture = fragment.charFormat().toImageFormat();
            picture.setWidth(width);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(picture);
        }
    }
}

void UserGuideWindow::follow(const QUrl &link)
{
    if (link.scheme() == u"http" || link.scheme() == u"https" || link.scheme() == u"mailto") {
        QDesktopServices::openUrl(link);
        return;
    }
    if (link.hasFragment())
        showChapter(link.fragment());
}

bool UserGuideWindow::showChapter(const QString &slug)
{
    QTextDocument *document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || slugOf(block.text()) != slug)
            continue;
        QTextCursor cursor(block);
        m_browser->setTextCursor(cursor);
        // The chapter's heading at the top, not merely somewhere on the screen.
        m_browser->verticalScrollBar()->setValue(m_browser->verticalScrollBar()->maximum());
        m_browser->ensureCursorVisible();
        return true;
    }
    return false;
}

bool UserGuideWindow::find(const QString &text)
{
    if (text.isEmpty())
        return false;
    bool found = m_browser->find(text);
    if (!found) {
        m_browser->moveCursor(QTextCursor::Start); // from the start again
        found = m_browser->find(text);
    }
    if (found)
        centerCursor();
    return found;
}

// A hit in the middle of the view, where the eye is, with what comes before and after it.
void UserGuideWindow::centerCursor()
{
    QScrollBar *bar = m_browser->verticalScrollBar();
    const QRect hit = m_browser->cursorRect();
    bar->setValue(bar->value() + hit.center().y() - m_browser->viewport()->height() / 2);
}

} // namespace csp
