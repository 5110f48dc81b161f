#include "prompts.h"

#include <QLabel>

namespace csp {

namespace {

std::optional<QMessageBox::StandardButton> nextAnswer;
bool quietMode = false;
QString lastQuestionText;
QString lastNoticeText;
QString lastDialogLabels;
std::function<void(QDialog &)> nextFill;

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

int Prompts::exec(QDialog &dialog)
{
    QStringList labels{dialog.windowTitle()};
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        labels.append(label->text());
    lastDialogLabels = labels.join(u'\n');
    if (nextFill)
        std::exchange(nextFill, nullptr)(dialog);
    if (nextAnswer) {
        const auto answer = std::exchange(nextAnswer, std::nullopt).value();
        return answer == QMessageBox::Yes || answer == QMessageBox::Ok ||
                        answer == QMessageBox::Apply
                ? QDialog::Accepted
                : QDialog::Rejected;
    }
    if (quietMode)
        return QDialog::Rejected;
    return dialog.exec();
}

QString Prompts::lastDialogText()
{
    return lastDialogLabels;
}

void Prompts::answerNextWith(QMessageBox::StandardButton button)
{
    nextAnswer = button;
}

void Prompts::fillNextDialog(std::function<void(QDialog &)> fill)
{
    nextFill = std::move(fill);
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
