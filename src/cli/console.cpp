#include "console.h"

#include "terminal.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cstdio>

namespace csp::cli {

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::InvalidInput:
    case ErrorKind::NotFound:
        return ExitBadInput;
    case ErrorKind::AuthFailed:
        return ExitAuthFailed;
    case ErrorKind::Unreachable:
        return ExitUnreachable;
    case ErrorKind::KeychainUnavailable:
        return ExitKeychain;
    case ErrorKind::Conflict:
        return ExitConflict;
    case ErrorKind::Failed:
    case ErrorKind::Cancelled:
        break;
    }
    return ExitFailed;
}

Console::Console()
    : m_out(stdout)
    , m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
    m_errIsTerminal = isTerminal(stderr);
    m_outIsTerminal = isTerminal(stdout);
}

Console::~Console()
{
    m_out.flush();
}

void Console::toErr()
{
    m_out.flush(); // what was written to stdout before comes first where both go to one place
}

void Console::progress(const QString &text)
{
    if (!m_errIsTerminal)
        return;
    // "\r" back to the line's start, the text, then "erase to the end of the line".
    toErr();
    m_err << '\r' << text.left(120) << "\x1b[K";
    m_err.flush();
    m_progressShown = true;
}

void Console::endProgress()
{
    if (!std::exchange(m_progressShown, false))
        return;
    toErr();
    m_err << "\r\x1b[K";
    m_err.flush();
}

void Console::out(const QString &text)
{
    if (!m_outputPath.isEmpty())
        return void(m_held += text.toUtf8());
    m_out << text;
    // A terminal shows each line as it comes; a pipe or a file gets them in blocks (a line a
    // write costs a sync of 20,000 products a tenth of its time).
    if (m_outIsTerminal)
        m_out.flush();
}

void Console::outUtf8(const QByteArray &utf8)
{
    if (!m_outputPath.isEmpty())
        return void(m_held += utf8);
    m_out.flush();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fflush(stdout);
}

void Console::trace(const QString &line)
{
    toErr();
    m_err << line << '\n';
    m_err.flush();
}

void Console::line(const QString &text)
{
    out(text + u'\n');
}

void Console::json(const QJsonDocument &document)
{
    outUtf8(document.toJson(QJsonDocument::Indented));
}

void Console::redirectTo(const QString &path)
{
    m_outputPath = path;
}

Status Console::commitOutput()
{
    if (m_outputPath.isEmpty())
        return success();
    QSaveFile file(m_outputPath);
    const auto failed = [&] {
        return Error{ErrorKind::Failed,
                     QCoreApplication::translate("Console", "Cannot write %1: %2.")
                             .arg(m_outputPath, file.errorString())};
    };
    if (!file.open(QIODevice::WriteOnly) || file.write(m_held) != m_held.size())
        return failed(); // the temporary file goes with `file`
    if (!file.commit())
        return failed();
    m_held.clear();
    return success();
}

void Console::error(const QString &text)
{
    endProgress();
    toErr();
    m_err << "acronis-csp: " << text << '\n';
    m_err.flush();
}

void Console::warning(const QString &text)
{
    endProgress();
    toErr();
    m_err << "acronis-csp: warning: " << text << '\n';
    m_err.flush();
}

int Console::fail(const Error &error)
{
    this->error(error.message);
    return exitCodeFor(error.kind);
}

QString formatTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &title : header)
        widths.append(title.size());
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], row.at(i).size());
    QString text;
    const auto append = [&](const QStringList &cells) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i)
            line += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i) + 2)
                                         : cells.at(i);
        text += line + u'\n';
    };
    append(header);
    for (const QStringList &row : rows)
        append(row);
    return text;
}

} // namespace csp::cli
