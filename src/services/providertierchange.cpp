#include "providertierchange.h"

#include "acronis/accountapi.h"
#include "acronis/apiclient.h"
#include "acronis/provisioningapi.h"
#include "core/month.h"
#include "providerrun.h"
#include "storage/contractrepository.h"
#include "storage/database.h"
#include "storage/providerrepository.h"

namespace csp {

void ProviderTierChange::setTier(const Instance &instance, const QString &customerId,
                                 const QString &tierKey, QDate fromMonth)
{
    if (!m_run.begin(instance, QStringLiteral("set-tier"), customerId))
        return;
    const auto tier = ContractRepository(m_run.database()).tier(instance.id, tierKey);
    if (!tier)
        return m_run.fail(tier.error());
    if (!*tier)
        return m_run.fail(m_run.unknownTier(tierKey));
    if (!m_run.storedProvider(customerId))
        return;
    const ContractTier chosen = **tier;
    m_run.openApi([this, chosen, fromMonth](const QString &) {
        m_run.progress(tr("Setting the commitment tier at Acronis…"));
        acronis::account::setTierLevel(
                m_run.api(), m_run.provider().tenantId, chosen.levelValue,
                [this, chosen, fromMonth](const Status &set) {
                    if (!set)
                        return m_run.fail(set.error());
                    Provider &provider = m_run.provider();
                    const QDate today = QDateTime::currentDateTimeUtc().date();
                    if (fromMonth <= firstOfMonth(today))
                        provider.tier = chosen.key;
                    const auto &database = m_run.database();
                    Transaction transaction(*database, Transaction::Kind::Write);
                    Status saved = ProviderRepository(database).save(provider);
                    if (saved)
                        saved = ContractRepository(database).setTierFrom(provider.id, chosen.key,
                                                                         fromMonth);
                    if (saved && !transaction.commit())
                        saved = database->errorFrom(transaction.commitError(),
                                                    tr("recording the provider's tier"));
                    if (!saved)
                        return m_run.fail(saved.error());
                    m_run.succeed(
                            tr("\"%1\" has %2 from %3 on (set at Acronis: tier_level_value %4).")
                                    .arg(provider.name, ContractRules::displayName(chosen),
                                         monthKey(fromMonth))
                                    .arg(chosen.levelValue));
                });
    });
}

} // namespace csp
