#pragma once

#include "core/instancerules.h"
#include "core/result.h"
#include "core/syncrun.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace csp {
class Database;
class SecretStore;
} // namespace csp

namespace csp {

// The outcome of saving an instance: the saved instance, or the field errors, or another error.
struct SaveOutcome
{
    std::optional<Instance> instance;
    ValidationReport report; // field errors (InvalidInput) and warnings
    std::optional<Error> error;

    bool ok() const { return instance.has_value(); }
};

// Adds, edits and removes instances: settings in the database, the secret in the OS keychain,
// both or neither, and never a database transaction held open while the keychain answers. Used
// by the window and the CLI alike.
class InstanceService : public QObject
{
    Q_OBJECT

public:
    InstanceService(std::shared_ptr<Database> database, SecretStore &secrets,
                    QObject *parent = nullptr);

    using SaveDone = std::function<void(const SaveOutcome &)>;
    using StatusDone = std::function<void(const Status &)>;

    // Why `name` cannot name the instance `instanceId` (empty for a new one): another has it;
    // empty when it is free. A database error is not a clash: Save reports it.
    QString nameTaken(const QString &name, const QString &instanceId) const;

    // Every field is required, the secret too.
    void add(const InstanceChanges &changes, const QString &secret, SaveDone done);
    // Only the supplied fields change; the secret only when `secret` is given. With
    // `basedOnVersion` (the version the form was opened on), a save after another admin's is
    // refused (Conflict) instead of overwriting it.
    void edit(const QString &instanceId, const InstanceChanges &changes,
              const std::optional<QString> &secret, SaveDone done,
              std::optional<qint64> basedOnVersion = std::nullopt);
    // Removes the settings, the keychain entry, the products and the history.
    void remove(const QString &instanceId, StatusDone done);

private:
    void save(Instance instance, bool isNew, const std::optional<QString> &secret,
              ValidationReport report, SaveDone done);
    // Writes the row in a short transaction; the instance as saved (its new version).
    Result<Instance> writeRow(const Instance &instance, bool isNew, bool secretReplaced);
    // The audit entries of a save, in its transaction; `before` is null for a new instance.
    Status recordSave(const Instance &instance, const Instance *before, bool secretReplaced);

    std::shared_ptr<Database> m_database;
    SecretStore &m_secrets;
};

} // namespace csp
