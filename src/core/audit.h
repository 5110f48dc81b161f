#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace csp {

struct Instance;

// One recorded change: who made it (OS user and host), when, what, and the value before and
// after. A secret's value is never one of them: "replaced" at most.
struct AuditEntry
{
    QString at;   // UTC ISO 8601 with milliseconds
    QString user; // user@host
    QString action;
    QString instanceId; // empty for a change that belongs to no instance
    QString instanceName;
    QString subject;
    QString before;
    QString after;
};

// The actions, as stored and as `audit --json` writes them.
namespace AuditAction {
inline constexpr char InstanceAdd[] = "instance.add";
inline constexpr char InstanceEdit[] = "instance.edit";
inline constexpr char InstanceRemove[] = "instance.remove";
inline constexpr char InstanceImport[] = "instance.import";
inline constexpr char SecretReplace[] = "secret.replace";
inline constexpr char ProductPrice[] = "product.price";
inline constexpr char ProductRename[] = "product.rename";
inline constexpr char DiscountSet[] = "discount.set";
inline constexpr char DiscountClear[] = "discount.clear";
inline constexpr char TierSet[] = "tier.set";
inline constexpr char Sync[] = "sync";
inline constexpr char Provider[] = "provider."; // + the operation: provider.create, …
inline constexpr char DatabaseCopy[] = "database.copy";
inline constexpr char InvoiceIssue[] = "invoice.issue";
inline constexpr char InvoiceCorrect[] = "invoice.correct";
inline constexpr char InvoiceNumbering[] = "invoice.numbering";
} // namespace AuditAction

// One instance.edit entry per setting that differs (subject: its key, as `instance show
// --json` names it); the client secret is not a setting and never among them.
QList<AuditEntry> instanceEditEntries(const Instance &before, const Instance &after);
// The settings of a new instance, as one line for an instance.add entry.
QString instanceSettingsText(const Instance &instance);

// `--since`: a day ("2026-11-01", from its start in UTC) or an instant with its offset, as
// UTC ISO 8601 with milliseconds; nullopt for anything else.
std::optional<QString> auditSince(const QString &text);

// What a secret's audit entry says instead of its value.
QString replacedSecretText();
// Every action key a filter can offer, in the order the window lists them; provider
// operations as one "provider." prefix.
QStringList auditActionKeys();
// The action in the user's language ("Instance edited").
QString auditActionLabel(const QString &action);
// A provider operation as stored ("create", "set-tier") in the user's language ("Provisioned").
QString providerOperationLabel(const QString &operation);
// The entry as a sentence for people, in their language, from what is stored ("Changed the
// minimum commitment of Tier 2 from 0 to 150.00."); the stored values stay as they are.
QString auditSentence(const AuditEntry &entry);

// Which audit entries a listing shows.
struct AuditFilter
{
    QString instanceName; // empty: every instance, and changes of none
    QString since;        // UTC ISO 8601; empty: from the start
    QString action;       // an action, or a prefix ending in "." ("provider."); empty: all
    int limit = 0;        // > 0: only the newest so many
};

} // namespace csp
