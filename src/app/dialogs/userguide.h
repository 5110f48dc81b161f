#pragma once

#include <QWidget>

class QLineEdit;
class QTextBrowser;
class QUrl;

namespace csp {

// Help > User Guide: the user guide that ships inside the program, shown as a document with its
// pictures; the contents' links go to their chapters, web links to the browser, and Ctrl+F
// finds text.
class UserGuideWindow : public QWidget
{
    Q_OBJECT

public:
    explicit UserGuideWindow(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    // Scrolls to the chapter that a GitHub-style link (#2-link-an-acronis-account) names;
    // false when there is none.
    bool showChapter(const QString &slug);
    // Finds `text` after the cursor, from the start again at the end, and shows it in the middle
    // of the view; false when it is nowhere.
    bool find(const QString &text);

private:
    void follow(const QUrl &link);
    void fitPictures(int width);
    void centerCursor();

    QTextBrowser *m_browser = nullptr;
    QLineEdit *m_search = nullptr;
};

} // namespace csp
