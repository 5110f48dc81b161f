#pragma once

#include "core/result.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QString>
#include <QTextStream>

namespace csp::cli {

// Exit codes of CLI.md.
enum ExitCode {
    ExitOk = 0,
    ExitFailed = 1,
    ExitBadInput = 2,
    ExitAuthFailed = 3,
    ExitUnreachable = 4,
    ExitKeychain = 5,
    ExitConflict = 6,
};

int exitCodeFor(ErrorKind kind);

// A JSON string, or null for empty text.
inline QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// stdout for results, stderr for diagnostics, both UTF-8.
class Console
{
public:
    Console();
    ~Console();
    Console(const Console &) = delete;
    Console &operator=(const Console &) = delete;
    void out(const QString &text);            // as is
    void outUtf8(const QByteArray &utf8);     // as is, already UTF-8
    void line(const QString &text = {});      // with a newline
    void json(const QJsonDocument &document); // the one JSON document of a --json run
    void error(const QString &text);          // "acronis-csp: text"
    void warning(const QString &text);        // "acronis-csp: warning: text"
    void trace(const QString &line);          // stderr, as is (--verbose)
    // How far long work is, on one line of stderr that each call rewrites; only on a terminal
    // (a script's log gets the result, not the steps). endProgress() clears it.
    void progress(const QString &text);
    void endProgress();
    // Prints the error and returns its exit code.
    int fail(const Error &error);

    // From now on results go to `path` instead of stdout, written when the command has
    // succeeded (commitOutput): into a temporary file in the same folder, then renamed over
    // `path`, so that a billing import never reads half a file. A failed run leaves `path` as it
    // was and no temporary file behind.
    void redirectTo(const QString &path);
    Status commitOutput();

private:
    void toErr(); // before anything goes to stderr
    QTextStream m_out;
    QTextStream m_err;
    QString m_outputPath;
    QByteArray m_held;
    bool m_progressShown = false;
    bool m_errIsTerminal = false;
    bool m_outIsTerminal = false;
};

// Formats rows as left-aligned columns separated by two spaces.
QString formatTable(const QStringList &header, const QList<QStringList> &rows);

} // namespace csp::cli
