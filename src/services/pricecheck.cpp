#include "pricecheck.h"

#include "acronis/apiclient.h"
#include "acronis/pricelistapi.h"
#include "core/appidentity.h"
#include "core/month.h"
#include "core/timetext.h"
#include "instanceapi.h"
#include "pricelist.h"
#include "storage/database.h"
#include "storage/pricecheckrepository.h"
#include "storage/productrepository.h"

namespace csp {

QString PriceCheckReport::differencesText() const
{
    QStringList skus;
    for (const PriceCheckRow &row : rows) {
        if (!row.differs)
            continue;
        skus.append(row.otherCurrency
                            ? PriceCheck::tr("%1 (priced in %2)").arg(row.price.sku, row.currency)
                            : PriceCheck::tr("%1 (implied %2 %, this program %3 %)")
                                      .arg(row.price.sku,
                                           row.impliedPercent ? row.impliedPercent->text()
                                                              : QStringLiteral("?"),
                                           row.discountPercent.text()));
    }
    if (skus.isEmpty())
        return {};
    return PriceCheck::tr("Acronis' price list for %1 differs from the discount this program "
                          "applies on %n of %2 SKU(s): %3. Check the Distributor Discount of "
                          "\"%4\" against it.",
                          nullptr, int(skus.size()))
            .arg(monthKey(month))
            .arg(rows.size())
            .arg(skus.join(QStringLiteral(", ")), instanceName);
}

PriceCheck::PriceCheck(std::shared_ptr<Database> database, SecretStore &secrets,
                       QNetworkAccessManager &network, ApiOptions options, QObject *parent)
    : QObject(parent)
    , m_session(std::move(database), secrets, network, std::move(options))
{ }

PriceCheck::~PriceCheck() = default;

Result<std::optional<PriceCheckSummary>> PriceCheck::last(std::shared_ptr<Database> database,
                                                          const QString &instanceId)
{
    return PriceCheckRepository(std::move(database)).last(instanceId);
}

void PriceCheck::start(const Instance &instance, QDate month)
{
    m_running = true;
    m_instance = instance;
    m_report = PriceCheckReport();
    m_report.instanceName = instance.systemName;
    m_report.instanceCurrency = instance.primaryCurrency;
    m_report.month = QDate(month.year(), month.month(), 1);
    m_session.open(
            m_instance, this, [this](const QString &step) { emit progress(step); },
            [this](const Result<InstanceApi> &opened) {
                if (!m_running)
                    return;
                if (!opened)
                    return finish(opened.error());
                emit progress(
                        tr("Reading Acronis' price list for %1…").arg(monthKey(m_report.month)));
                acronis::pricelist::fetchEffectivePriceList(
                        m_session.api(), opened->distributorTenantId, m_report.month,
                        [this](const Result<std::optional<MonthPriceList>> &list) {
                            if (!m_running)
                                return;
                            if (!list)
                                return finish(list.error());
                            if (!*list)
                                return finish();
                            compare(**list);
                        });
            });
}

void PriceCheck::compare(const MonthPriceList &list)
{
    m_report.list = list;
    m_report.listed = true;
    const bool closed = m_report.month < currentMonth();
    PriceListService prices(m_session.database());
    const auto priceList =
            closed ? prices.asOfMonthEnd(m_instance, m_report.month) : prices.current(m_instance);
    if (!priceList)
        return finish(priceList.error());
    const auto products = ProductRepository(m_session.database()).forInstance(m_instance.id);
    if (!products)
        return finish(products.error());
    m_report.rows = comparePriceList(list, m_instance.primaryCurrency, priceList->discounts,
                                     productsOfSkus(list.prices, *products));
    finish();
}

void PriceCheck::cancel()
{
    if (m_running)
        finish(Error{ErrorKind::Cancelled, tr("The price check was cancelled.")});
}

void PriceCheck::finish(const std::optional<Error> &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_session.cancel();
    m_report.error = error;
    if (!error || error->kind != ErrorKind::Cancelled) {
        const PriceCheckSummary summary{monthKey(m_report.month),
                                        catalogueTimeNow(),
                                        thisUserAtHost(),
                                        int(m_report.rows.size()),
                                        m_report.differing(),
                                        m_report.list.currency,
                                        m_report.list.commitment,
                                        m_report.list.pricelistCode,
                                        error ? error->message : QString()};
        if (Status recorded =
                    PriceCheckRepository(m_session.database()).record(m_instance.id, summary);
            !recorded && !m_report.error)
            m_report.error = recorded.error();
    }
    emit finished(m_report);
}

} // namespace csp
