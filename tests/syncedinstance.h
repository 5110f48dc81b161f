#pragma once

#include "core/waitfor.h"
#include "fakeacronis/fakeacronis.h"
#include "fakesecretstore.h"
#include "services/syncjob.h"
#include "storage/instancerepository.h"

#include <QNetworkAccessManager>

namespace csp::test {

// The distributor tenant of the fixtures (tenant_partner.json).
inline const QString DistributorId = QStringLiteral("8c4e2b7a-1d3f-4a6b-9e5c-7f0a2d4c6b12");

// Gives the fake the distributor, an API client (c11e0001-… / secret-1) and the sample catalogue,
// and starts it.
inline bool startSampleFake(FakeAcronis &fake)
{
    fake.addTenant(FakeAcronis::fixture(QStringLiteral("tenant_partner.json")));
    fake.addClient(QStringLiteral("c11e0001-0000-4000-8000-000000000001"),
                   QStringLiteral("secret-1"), DistributorId);
    fake.loadSampleCatalogue();
    return fake.listen();
}

// Runs Get Services Definition for `instance`; whether it succeeded.
inline bool syncInstance(const std::shared_ptr<Database> &db, const Instance &instance,
                         FakeSecretStore &secrets, QNetworkAccessManager &network)
{
    SyncJob sync(db, secrets, network);
    const SyncOutcome synced = waitFor<SyncOutcome>([&](auto done) {
        QObject::connect(&sync, &SyncJob::finished, &sync, done);
        sync.start(instance, false);
    });
    return synced.ok();
}

// Links the instance "EU" (18 % discount, EUR) to the fake, with its secret in `secrets`, and
// runs its first Get Services Definition. Returns the stored instance, or an empty one.
inline Instance addSyncedInstance(const std::shared_ptr<Database> &db, const FakeAcronis &fake,
                                  FakeSecretStore &secrets, QNetworkAccessManager &network)
{
    Instance instance;
    instance.id = newUuid();
    instance.systemName = QStringLiteral("EU");
    instance.gateway = fake.url();
    instance.clientId = QStringLiteral("c11e0001-0000-4000-8000-000000000001");
    instance.discountPercent = Decimal::fromInteger(18);
    instance.primaryCurrency = QStringLiteral("EUR");
    instance.hasSecret = true;
    instance.createdAt = instance.updatedAt = QDateTime::currentDateTimeUtc();
    if (!InstanceRepository(db).insert(instance))
        return {};
    secrets.entries.insert(instance.id, QStringLiteral("secret-1"));
    if (!syncInstance(db, instance, secrets, network))
        return {};
    return InstanceRepository(db).findById(instance.id).valueOr(Instance());
}

} // namespace csp::test
