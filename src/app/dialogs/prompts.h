#pragma once

#include <QDialog>
#include <QMessageBox>

#include <functional>
#include <optional>

namespace csp {

// The window's questions and notices. Tests set the next answer instead of clicking a modal
// dialog, and read the last notice.
class Prompts
{
public:
    static QMessageBox::StandardButton ask(QWidget *parent, const QString &title,
                                           const QString &text,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);
    static void warn(QWidget *parent, const QString &title, const QString &text);
    // Runs a modal dialog; in tests the next answer (Yes/Ok/Apply → accepted) stands in for it.
    static int exec(QDialog &dialog);

    // For tests: answer the next question with `button` without showing it; notices are then
    // recorded instead of shown.
    static void answerNextWith(QMessageBox::StandardButton button);
    // For tests: fill in the next dialog run through exec() before it is answered.
    static void fillNextDialog(std::function<void(QDialog &)> fill);
    static void setQuiet(bool quiet);
    static QString lastQuestion();
    static QString lastNotice();
    static QString lastDialogText(); // the labels of the last dialog, joined by newlines
};

} // namespace csp
