#include "console.h"

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
}

void Console::out(const QString &text)
{
    m_out << text;
    m_out.flush();
}

void Console::line(const QString &text)
{
    m_out << text << '\n';
    m_out.flush();
}

void Console::json(const QJsonDocument &document)
{
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

void Console::error(const QString &text)
{
    m_err << "acronis-csp: " << text << '\n';
    m_err.flush();
}

void Console::warning(const QString &text)
{
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
