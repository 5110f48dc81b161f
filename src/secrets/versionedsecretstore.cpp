#include "versionedsecretstore.h"

#include <QSettings>
#include <QUuid>

namespace csp {

namespace {

QString settingName(const char *group, const QString &key)
{
    return QLatin1String(group) + u'/' + key;
}

} // namespace

VersionedSecretStore::VersionedSecretStore(SecretStore &backend, QString namesFile)
    : m_backend(backend)
    , m_namesFile(std::move(namesFile))
{ }

QString VersionedSecretStore::currentEntry(const QString &key) const
{
    const QSettings names(m_namesFile, QSettings::IniFormat);
    return names.value(settingName("current", key), key).toString();
}

QStringList VersionedSecretStore::entries(List list, const QString &key) const
{
    const QSettings names(m_namesFile, QSettings::IniFormat);
    return names.value(settingName(list == List::Pending ? "pending" : "late", key)).toStringList();
}

QStringList VersionedSecretStore::strayEntries(const QString &key) const
{
    return entries(List::Pending, key) + entries(List::Late, key);
}

void VersionedSecretStore::setEntries(List list, const QString &key, const QStringList &values)
{
    QSettings names(m_namesFile, QSettings::IniFormat);
    const QString name = settingName(list == List::Pending ? "pending" : "late", key);
    if (values.isEmpty())
        names.remove(name);
    else
        names.setValue(name, values);
    names.sync();
}

void VersionedSecretStore::setCurrent(const QString &key, const QString &entry)
{
    QSettings names(m_namesFile, QSettings::IniFormat);
    if (entry.isEmpty() || entry == key)
        names.remove(settingName("current", key));
    else
        names.setValue(settingName("current", key), entry);
    names.sync();
}

void VersionedSecretStore::read(const QString &key, QObject *context, SecretCallback done)
{
    m_backend.read(currentEntry(key), context, std::move(done));
}

void VersionedSecretStore::write(const QString &key, const QString &secret, QObject *context,
                                 SecretCallback done)
{
    prepare(key, secret, context, [done](const SecretResult &result, SettleSecret settle) {
        if (!settle)
            return done(result);
        settle(true, [done, result] { done(result); });
    });
}

void VersionedSecretStore::sweep(const QString &key, QObject *context, std::function<void()> done)
{
    const QStringList late = entries(List::Late, key);
    sweepNext(key, entries(List::Pending, key) + late, late, context, std::move(done));
}

void VersionedSecretStore::sweepNext(const QString &key, QStringList todo, QStringList late,
                                     QObject *context, std::function<void()> done)
{
    if (todo.isEmpty())
        return done();
    const QString entry = todo.takeFirst();
    m_backend.remove(entry, context, [=, this](const SecretResult &removed) {
        // A late write may land after a removal that found nothing: it is forgotten only once a
        // removal found it.
        const bool isLate = late.contains(entry);
        const bool gone =
                removed.ok() || (!isLate && removed.status == SecretResult::Status::NotFound);
        if (gone) {
            const List list = isLate ? List::Late : List::Pending;
            QStringList kept = entries(list, key);
            kept.removeAll(entry);
            setEntries(list, key, kept);
        }
        sweepNext(key, todo, late, context, done);
    });
}

void VersionedSecretStore::remove(const QString &key, QObject *context, SecretCallback done)
{
    m_backend.remove(currentEntry(key), context,
                     [this, key, context, done](const SecretResult &removed) {
                         if (!removed.ok() && removed.status != SecretResult::Status::NotFound)
                             return done(removed);
                         setCurrent(key, {});
                         sweep(key, context, [done, removed] { done(removed); });
                     });
}

void VersionedSecretStore::prepare(const QString &key, const QString &secret, QObject *context,
                                   PreparedCallback done)
{
    const QString entry = key + u'#' + QUuid::createUuid().toString(QUuid::Id128).left(12);
    // Recorded before it is written, so that no entry is ever unknown to this file.
    setEntries(List::Pending, key, entries(List::Pending, key) << entry);
    const auto forget = [this, key, entry](List list) {
        QStringList kept = entries(list, key);
        kept.removeAll(entry);
        setEntries(list, key, kept);
    };
    m_backend.write(entry, secret, context, [=, this](const SecretResult &written) {
        if (!written.ok()) {
            forget(List::Pending);
            if (written.status == SecretResult::Status::TimedOut) // it may land yet
                setEntries(List::Late, key, entries(List::Late, key) << entry);
            return done(written, {});
        }
        done(written, [=, this](bool keep, std::function<void()> settled) {
            const auto finished = [settled] {
                if (settled)
                    settled();
            };
            if (!keep) // the entry is still pending: the sweep removes it
                return sweep(key, context, finished);
            const QString before = currentEntry(key);
            setCurrent(key, entry);
            forget(List::Pending);
            // The secret before is now a stray entry like any other.
            setEntries(List::Pending, key, entries(List::Pending, key) << before);
            sweep(key, context, finished);
        });
    });
}

} // namespace csp
