#include "prompts.h"

namespace csp {

namespace {

std::optional<QMessageBox::StandardButton> nextAnswer;
bool quietMode = false;
QString lastQuestionText;
QString lastNoticeText;

} // namespace

QMessageBox::StandardButton Prompts::ask(QWidget *parent, const QString &title, const QString &text,
                                         QMessageBox::StandardButtons buttons,
                                         QMessageBox::StandardButton defaultButton)
{
    lastQuestionText = text;
    if (nextAnswer)
        return std::exchange(nextAnswer, std::nullopt).value();
    if (quietMode)
        return QMessageBox::Cancel;
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

void Prompts::warn(QWidget *parent, const QString &title, const QString &text)
{
    lastNoticeText = text;
    if (!quietMode)
        QMessageBox::warning(parent, title, text);
}

void Prompts::answerNextWith(QMessageBox::StandardButton button)
{
    nextAnswer = button;
}

void Prompts::setQuiet(bool quiet)
{
    quietMode = quiet;
}

QString Prompts::lastQuestion()
{
    return lastQuestionText;
}

QString Prompts::lastNotice()
{
    return lastNoticeText;
}

} // namespace csp
