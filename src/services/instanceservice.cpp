#include "instanceservice.h"

#include "secrets/secretstore.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/instancerepository.h"

#include <QDateTime>

namespace csp {

namespace {

SaveOutcome failure(Error error, ValidationReport report = {})
{
    return {std::nullopt, std::move(report), std::move(error)};
}

} // namespace

InstanceService::InstanceService(std::shared_ptr<Database> database, SecretStore &secrets,
                                 QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_secrets(secrets)
{ }

void InstanceService::add(const InstanceChanges &changes, const QString &secret, SaveDone done)
{
    Instance instance;
    instance.id = newUuid();
    instance.createdAt = QDateTime::currentDateTimeUtc();
    ValidationReport report = applyChanges(instance, changes, true);
    if (const auto check = InstanceRules::checkClientSecret(secret); !check.ok())
        report.errors.append({InstanceField::ClientSecret, check.error});
    save(std::move(instance), true, secret, std::move(report), std::move(done));
}

void InstanceService::edit(const QString &instanceId, const InstanceChanges &changes,
                           const std::optional<QString> &secret, SaveDone done,
                           std::optional<qint64> basedOnVersion)
{
    auto found = InstanceRepository(m_database).findById(instanceId);
    if (!found)
        return done(failure(found.error()));
    Instance instance = std::move(found).value();
    if (basedOnVersion)
        instance.version = *basedOnVersion; // the repository refuses it if it is not current
    const Instance before = instance;
    ValidationReport report = applyChanges(instance, changes, false);
    if (secret) {
        if (const auto check = InstanceRules::checkClientSecret(*secret); !check.ok())
            report.errors.append({InstanceField::ClientSecret, check.error});
    }
    // Another gateway or API client may belong to another distributor: find it again.
    if (instance.gateway != before.gateway || instance.clientId != before.clientId)
        instance.distributorTenantId.clear();
    save(std::move(instance), false, secret, std::move(report), std::move(done));
}

Status InstanceService::recordSave(const Instance &instance, const Instance *before,
                                   bool secretReplaced)
{
    AuditRepository audit(m_database);
    QList<AuditEntry> entries;
    if (before) {
        entries = instanceEditEntries(*before, instance);
    } else {
        entries.append({{},
                        {},
                        QLatin1String(AuditAction::InstanceAdd),
                        instance.id,
                        instance.systemName,
                        instance.systemName,
                        {},
                        instanceSettingsText(instance)});
    }
    if (secretReplaced)
        entries.append({{},
                        {},
                        QLatin1String(AuditAction::SecretReplace),
                        instance.id,
                        instance.systemName,
                        QStringLiteral("client_secret"),
                        {},
                        replacedSecretText()});
    for (const AuditEntry &entry : std::as_const(entries)) {
        if (Status recorded = audit.record(entry); !recorded)
            return recorded;
    }
    return success();
}

Result<Instance> InstanceService::writeRow(const Instance &instance, bool isNew,
                                           bool secretReplaced)
{
    Transaction transaction(*m_database);
    if (!transaction.began())
        return m_database->errorFrom(transaction.beginError(), tr("saving the instance"));
    std::optional<Instance> before;
    if (!isNew) {
        auto stored = InstanceRepository(m_database).findById(instance.id);
        if (!stored)
            return stored.error();
        before = std::move(stored).value();
    }
    Status written = isNew ? InstanceRepository(m_database).insert(instance)
                           : InstanceRepository(m_database).update(instance);
    if (written)
        written = recordSave(instance, before ? &*before : nullptr, secretReplaced);
    if (!written)
        return written.error();
    if (!transaction.commit())
        return m_database->errorFrom(transaction.commitError(), tr("saving the instance"));
    return InstanceRepository(m_database).findById(instance.id);
}

void InstanceService::save(Instance instance, bool isNew, const std::optional<QString> &secret,
                           ValidationReport report, SaveDone done)
{
    if (!report.ok()) {
        // Counted before the report is moved into the call: argument order is unspecified.
        const Error invalid{ErrorKind::InvalidInput,
                            tr("The instance was not saved: %n field(s) are invalid.", nullptr,
                               int(report.errors.size()))};
        return done(failure(invalid, std::move(report)));
    }
    instance.updatedAt = QDateTime::currentDateTimeUtc();
    if (!secret) {
        const auto written = writeRow(instance, isNew, false);
        return done(written ? SaveOutcome{*written, report, std::nullopt}
                            : failure(written.error(), report));
    }
    instance.hasSecret = true;
    if (const Status free = InstanceRepository(m_database).checkNameFree(instance); !free)
        return done(failure(free.error(), report)); // before the keychain is asked anything
    // The secret first, as a replacement that is not used yet, with no transaction open while
    // the keychain answers; then the row in a short transaction; then the secret is kept, or
    // taken back so that the one before stays.
    m_secrets.prepare(instance.id, *secret, this,
                      [this, instance, isNew, report, done](const SecretResult &prepared,
                                                            SettleSecret settle) {
                          if (!prepared.ok())
                              return done(failure(prepared.error(), report));
                          const auto written = writeRow(instance, isNew, true);
                          settle(written.ok(), [report, written, done] {
                              done(written ? SaveOutcome{*written, report, std::nullopt}
                                           : failure(written.error(), report));
                          });
                      });
}

void InstanceService::remove(const QString &instanceId, StatusDone done)
{
    // The keychain entry first: with the keychain unusable nothing is removed. Then the row (its
    // products and history go with it) in a short transaction.
    m_secrets.remove(instanceId, this, [this, instanceId, done](const SecretResult &result) {
        if (!result.ok() && result.status != SecretResult::Status::NotFound)
            return done(result.error());
        Transaction transaction(*m_database);
        if (!transaction.began())
            return done(
                    m_database->errorFrom(transaction.beginError(), tr("removing the instance")));
        const auto stored = InstanceRepository(m_database).findById(instanceId);
        Status removed =
                stored ? InstanceRepository(m_database).remove(instanceId) : Status(stored.error());
        if (removed)
            removed = AuditRepository(m_database)
                              .record({{},
                                       {},
                                       QLatin1String(AuditAction::InstanceRemove),
                                       instanceId,
                                       stored->systemName,
                                       stored->systemName,
                                       instanceSettingsText(*stored),
                                       {}});
        if (!removed) {
            transaction.rollback();
            InstanceRepository(m_database)
                    .setHasSecret(instanceId, false); // the secret is gone already
            return done(removed);
        }
        if (!transaction.commit())
            return done(
                    m_database->errorFrom(transaction.commitError(), tr("removing the instance")));
        done(success());
    });
}

QString InstanceService::nameTaken(const QString &name, const QString &instanceId) const
{
    Instance probe;
    probe.id = instanceId.isEmpty() ? QStringLiteral("") : instanceId; // "", not NULL, in SQL
    probe.systemName = name;
    const Status free = InstanceRepository(m_database).checkNameFree(probe);
    return !free && free.error().kind == ErrorKind::Conflict ? free.error().message : QString();
}

} // namespace csp
