#include "instanceservice.h"

#include <QDateTime>

namespace csp {

namespace {

Error keychainError(const SecretResult &result)
{
    return {result.keychainUnusable() ? ErrorKind::KeychainUnavailable : ErrorKind::Failed,
            result.message};
}

SaveOutcome failure(Error error, ValidationReport report = {})
{
    return {std::nullopt, std::move(report), std::move(error)};
}

} // namespace

InstanceService::InstanceService(std::shared_ptr<Database> database, SecretStore &secrets,
                                 QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_repository(std::move(database))
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
                           const std::optional<QString> &secret, SaveDone done)
{
    auto found = m_repository.findById(instanceId);
    if (!found)
        return done(failure(found.error()));
    Instance instance = std::move(found).value();
    ValidationReport report = applyChanges(instance, changes, false);
    if (secret) {
        if (const auto check = InstanceRules::checkClientSecret(*secret); !check.ok())
            report.errors.append({InstanceField::ClientSecret, check.error});
    }
    save(std::move(instance), false, secret, std::move(report), std::move(done));
}

void InstanceService::save(Instance instance, bool isNew, const std::optional<QString> &secret,
                           ValidationReport report, SaveDone done)
{
    if (!report.ok())
        return done(failure({ErrorKind::InvalidInput,
                             tr("The instance was not saved: %n field(s) are invalid.", nullptr,
                                int(report.errors.size()))},
                            std::move(report)));
    instance.updatedAt = QDateTime::currentDateTimeUtc();
    if (secret)
        instance.hasSecret = true;

    // The row is written inside a transaction that commits only once the keychain has the
    // secret, so a keychain failure leaves neither half behind.
    auto transaction = std::make_shared<Transaction>(*m_database);
    if (!transaction->began())
        return done(failure(
                m_database->errorFrom(transaction->beginError(), tr("saving the instance"))));
    const Status written = isNew ? m_repository.insert(instance) : m_repository.update(instance);
    if (!written)
        return done(failure(written.error(), std::move(report)));

    const bool newSecret = isNew && secret.has_value();
    auto commit = [this, transaction, instance, report, newSecret, done]() {
        if (transaction->commit())
            return done({instance, report, std::nullopt});
        // Don't leave a secret behind for an instance that was never saved.
        if (newSecret)
            m_secrets.remove(instance.id, this, [](const SecretResult &) {});
        done(failure(m_database->errorFrom(transaction->commitError(), tr("saving the instance"))));
    };
    if (!secret)
        return commit();
    m_secrets.write(instance.id, *secret, this,
                    [transaction, commit, done](const SecretResult &result) {
                        if (!result.ok()) {
                            transaction->rollback();
                            return done(failure(keychainError(result)));
                        }
                        commit();
                    });
}

void InstanceService::remove(const QString &instanceId, StatusDone done)
{
    auto transaction = std::make_shared<Transaction>(*m_database);
    if (!transaction->began())
        return done(m_database->errorFrom(transaction->beginError(), tr("removing the instance")));
    if (const Status removed = m_repository.remove(instanceId); !removed)
        return done(removed);
    m_secrets.remove(instanceId, this, [this, transaction, done](const SecretResult &result) {
        if (!result.ok() && result.status != SecretResult::Status::NotFound) {
            transaction->rollback();
            return done(keychainError(result));
        }
        if (!transaction->commit())
            return done(
                    m_database->errorFrom(transaction->commitError(), tr("removing the instance")));
        done(success());
    });
}

} // namespace csp
