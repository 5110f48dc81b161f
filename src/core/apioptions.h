#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>
#include <functional>

namespace csp {

// When transient failures are retried, with exponential back-off and jitter, never past
// `budget` in total:
// - 429 (honouring Retry-After) and 503: the server did not act, so every request, up to
//   maxAttempts;
// - 502, 504 and dropped connections: only idempotent requests (GET, HEAD, PUT), up to
//   maxAttempts; a 500 only for those, up to maxAttemptsOn500 ("retry twice", Acronis'
//   developer guide; the official document lists no 429 and names no retry rule).
// A POST or DELETE whose answer was lost or ambiguous is never repeated here: the server may
// have acted on it, and only the caller can look up what it made (provisioning does).
struct RetryPolicy
{
    int maxAttempts = 5;
    int maxAttemptsOn500 = 3;
    std::chrono::milliseconds initialBackoff{400};
    std::chrono::milliseconds maxBackoff{8'000};
    std::chrono::milliseconds budget{60'000};
};

struct ApiOptions
{
    RetryPolicy retry;
    std::chrono::milliseconds transferTimeout{30'000};
    qint64 maxResponseBytes = qint64(64) * 1024 * 1024;
    // A token is renewed when less than this is left of its life (tokens live two hours:
    // Acronis' partner guide; the document's token gives expires_on or expires_in).
    std::chrono::seconds tokenRenewMargin{10 * 60};
    // Hears "METHOD PATH STATUS MS" when each request ends ("-" for no HTTP status).
    std::function<void(const QString &line)> requestLog;
    // Hears each answer of an API call as it came (never the token request's): its endpoint
    // ("GET /api/2/tenants/…"), HTTP status and body. For check-api's capture.
    std::function<void(const QString &endpoint, int status, const QByteArray &body)> answerTap;
};

} // namespace csp
