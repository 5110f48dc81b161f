// The month end's rules in core: reconcileMonth's flags at their edges, the audit entries of an
// instance edit, and --since.

#include "core/audit.h"
#include "core/instance.h"
#include "core/reconciliation.h"

#include <QScopeGuard>
#include <QTest>
#include <QTranslator>

using namespace csp;

namespace {

const ProductKey workstations{QStringLiteral("app"),
                              QStringLiteral("pw_base_workstations"),
                              QStringLiteral("pck_per_workload"),
                              {}};

Provider provider(const char *customerId, const char *tenantId,
                  ProviderStatus status = ProviderStatus::Active)
{
    Provider p;
    p.customerId = QLatin1String(customerId);
    p.tenantId = QLatin1String(tenantId);
    p.name = p.customerId + QStringLiteral(" Ltd");
    p.status = status;
    p.contractStart = QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC);
    return p;
}

UsageLine line(const char *tenantId, const char *quantity, const char *price = "10")
{
    UsageLine usage;
    usage.tenantId = QLatin1String(tenantId);
    usage.key = workstations;
    usage.productName = QStringLiteral("Workstations");
    usage.quantity = Decimal::parse(QString::fromLatin1(quantity));
    usage.sellPrice = price ? Decimal::parse(QString::fromLatin1(price)) : std::nullopt;
    usage.status = price ? UsageLineStatus::Priced : UsageLineStatus::NoPrice;
    usage.currency = QStringLiteral("EUR");
    return usage;
}

QList<ReconcileFlag> flagsOf(const Reconciliation &result)
{
    QList<ReconcileFlag> flags;
    for (const ReconcileFinding &finding : result.findings)
        flags.append(finding.flag);
    return flags;
}

ReconcileInput october()
{
    ReconcileInput input;
    input.month = QDate(2026, 10, 1);
    input.providers = {provider("A", "t-a")};
    input.partnerTenants = QList<PartnerTenant>{{QStringLiteral("t-a"), QStringLiteral("A")}};
    input.earlierMonthsRecorded = true;
    input.usedBefore = {usageKey(QStringLiteral("t-a"), workstations)};
    return input;
}

} // namespace

class TestMonthEnd : public QObject
{
    Q_OBJECT

private slots:
    void jumpIsMoreThanThePercentage_data();
    void jumpIsMoreThanThePercentage();
    void jumpPercentagesRunFromZeroToAThousand();
    void differenceCountsAMissingSideAsZero();
    void firstPaidUseNeedsAPriceAndHistory();
    void firstPaidUseSaysTheUnit();
    void statusAndTenantFlags();
    void unreadPartnerListFlagsNoTenants();
    void instanceEditEntriesNameEachSetting();
    void sinceTakesADayOrAnInstant();
    void auditEntriesReadAsSentences_data();
    void auditEntriesReadAsSentences();
};

void TestMonthEnd::jumpIsMoreThanThePercentage_data()
{
    QTest::addColumn<QString>("previous");
    QTest::addColumn<QString>("reported");
    QTest::addColumn<QString>("percent");
    QTest::addColumn<bool>("jump");
    QTest::newRow("exactly 50 % up") << "10"
                                     << "15"
                                     << "50" << false;
    QTest::newRow("just above") << "10"
                                << "15.0001"
                                << "50" << true;
    QTest::newRow("a fraction") << "0.5"
                                << "0.8"
                                << "50" << true; // 0.75 is the limit
    QTest::newRow("down") << "10"
                          << "2"
                          << "50" << false;
    QTest::newRow("zero percent") << "10"
                                  << "10.5"
                                  << "0" << true;
    QTest::newRow("nothing before") << "0"
                                    << "100"
                                    << "50" << false;
}

void TestMonthEnd::jumpIsMoreThanThePercentage()
{
    QFETCH(QString, previous);
    QFETCH(QString, reported);
    QFETCH(QString, percent);
    QFETCH(bool, jump);
    ReconcileInput input = october();
    input.jumpPercent = *Decimal::parse(percent);
    input.previous.insert(usageKey(QStringLiteral("t-a"), workstations), *Decimal::parse(previous));
    input.reported = {line("t-a", reported.toLatin1().constData())};
    const Reconciliation result = reconcileMonth(input);
    QCOMPARE(flagsOf(result).contains(ReconcileFlag::UsageJump), jump);
    QCOMPARE(result.rows.first().flags.contains(ReconcileFlag::UsageJump), jump);
}

void TestMonthEnd::differenceCountsAMissingSideAsZero()
{
    ReconcileInput input = october();
    input.reported = {line("t-a", "12.5")};
    input.estimated = {line("t-a", "14")};
    input.estimatedAt.insert(QStringLiteral("t-a"), QStringLiteral("2026-10-31T22:00:00.000Z"));
    Reconciliation result = reconcileMonth(input);
    QCOMPARE(result.rows.size(), 1);
    QCOMPARE(result.rows.first().difference.text(), u"-1.5");
    QCOMPARE(result.rows.first().estimatedAt, u"2026-10-31T22:00:00.000Z");
    input.reported.clear(); // estimated, then not in the report
    result = reconcileMonth(input);
    QCOMPARE(result.rows.first().difference.text(), u"-14");
    QVERIFY(!result.rows.first().reported);
    QVERIFY(result.findings.isEmpty());
}

void TestMonthEnd::firstPaidUseNeedsAPriceAndHistory()
{
    ReconcileInput input = october();
    input.usedBefore.clear();
    input.reported = {line("t-a", "1")};
    QCOMPARE(flagsOf(reconcileMonth(input)), QList{ReconcileFlag::FirstPaidUse});
    input.reported = {line("t-a", "1", "0")}; // free
    QVERIFY(reconcileMonth(input).findings.isEmpty());
    input.reported = {line("t-a", "0")}; // enabled, not used
    QVERIFY(reconcileMonth(input).findings.isEmpty());
    // Nothing recorded before October: only a provider that started in October is judged.
    input.reported = {line("t-a", "1")};
    input.earlierMonthsRecorded = false;
    QVERIFY(reconcileMonth(input).findings.isEmpty());
    input.providers.first().contractStart = QDateTime(QDate(2026, 10, 2), QTime(9, 0), Qt::UTC);
    QCOMPARE(flagsOf(reconcileMonth(input)), QList{ReconcileFlag::FirstPaidUse});
}

void TestMonthEnd::firstPaidUseSaysTheUnit()
{
    // The English plural forms ("1 item", "3 items") come with the program's translations.
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/acronis_csp_en")));
    QCoreApplication::installTranslator(&english);
    auto remove = qScopeGuard([&english] { QCoreApplication::removeTranslator(&english); });
    ReconcileInput input = october();
    input.usedBefore.clear();
    const auto firstUse = [&input](const char *unit, const char *quantity, const char *price) {
        UsageLine used = line("t-a", quantity, price);
        used.measurementUnit = QLatin1String(unit);
        input.reported = {used};
        return reconcileMonth(input).findings.first().detail;
    };
    const QString text = QStringLiteral("Workstations is used for the first time: %1.");
    QCOMPARE(firstUse("bytes", "250", "0.0410"), text.arg(u"250\u00a0GB at 0.0410 EUR per GB"));
    QCOMPARE(firstUse("quantity", "1", "12"), text.arg(u"1\u00a0item at 12.00 EUR per item"));
    QCOMPARE(firstUse("quantity", "3", "12"), text.arg(u"3\u00a0items at 12.00 EUR per item"));
    QCOMPARE(firstUse("seconds", "1.5", "2"), text.arg(u"1.5\u00a0hours at 2.00 EUR per hour"));
}

void TestMonthEnd::statusAndTenantFlags()
{
    ReconcileInput input = october();
    input.providers = {provider("A", "t-a"), provider("S", "t-s", ProviderStatus::Suspended),
                       provider("C", "t-c", ProviderStatus::Cancelled), provider("G", "t-g")};
    input.partnerTenants = QList<PartnerTenant>{{QStringLiteral("t-a"), QStringLiteral("A")},
                                                {QStringLiteral("t-s"), QStringLiteral("S")},
                                                {QStringLiteral("t-x"), QStringLiteral("X")}};
    input.usedBefore = {usageKey(QStringLiteral("t-s"), workstations),
                        usageKey(QStringLiteral("t-c"), workstations)};
    input.reported = {line("t-s", "3"), line("t-c", "1"), line("t-y", "2", nullptr)};
    const Reconciliation result = reconcileMonth(input);
    QStringList found;
    for (const ReconcileFinding &finding : result.findings)
        found.append(reconcileFlagKey(finding.flag) + u':' +
                     (finding.customerId.isEmpty() ? finding.tenantId : finding.customerId));
    found.sort();
    // The cancelled provider's tenant is gone as expected; its usage is not.
    QCOMPARE(found,
             (QStringList{QStringLiteral("provider_without_tenant:G"),
                          QStringLiteral("suspended_or_cancelled_with_usage:C"),
                          QStringLiteral("suspended_or_cancelled_with_usage:S"),
                          QStringLiteral("tenant_without_provider:t-x"),
                          QStringLiteral("tenant_without_provider:t-y"),
                          QStringLiteral("unpriced:t-y")}));
}

void TestMonthEnd::unreadPartnerListFlagsNoTenants()
{
    ReconcileInput input = october();
    input.partnerTenants.reset();
    input.providers.append(provider("G", "t-g"));
    input.reported = {line("t-a", "1")};
    QVERIFY(reconcileMonth(input).findings.isEmpty());
}

void TestMonthEnd::instanceEditEntriesNameEachSetting()
{
    Instance before;
    before.id = QStringLiteral("i-1");
    before.systemName = QStringLiteral("EU");
    before.gateway = QStringLiteral("https://eu2-cloud.acronis.com");
    before.clientId = QStringLiteral("c");
    before.discountPercent = *Decimal::parse(u"18");
    before.primaryCurrency = QStringLiteral("EUR");
    Instance after = before;
    QVERIFY(instanceEditEntries(before, after).isEmpty());
    after.discountPercent = *Decimal::parse(u"17.5");
    after.namePolicy = NamePolicy::Keep;
    const QList<AuditEntry> entries = instanceEditEntries(before, after);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].subject, u"discount_percent");
    QCOMPARE(entries[0].before, u"18");
    QCOMPARE(entries[0].after, u"17.5");
    QCOMPARE(entries[1].subject, u"name_policy");
    QCOMPARE(entries[1].after, u"keep");
    QCOMPARE(entries[1].action, QLatin1String(AuditAction::InstanceEdit));
    QVERIFY(!instanceSettingsText(after).contains(u"secret"));
}

void TestMonthEnd::sinceTakesADayOrAnInstant()
{
    QCOMPARE(auditSince(QStringLiteral("2026-11-01")).value_or(QString()),
             u"2026-11-01T00:00:00.000Z");
    QCOMPARE(auditSince(QStringLiteral("2026-11-01T08:30:00+01:00")).value_or(QString()),
             u"2026-11-01T07:30:00.000Z");
    QVERIFY(!auditSince(QStringLiteral("2026-11-01T08:30:00"))); // no offset: whose 08:30?
    QVERIFY(!auditSince(QStringLiteral("yesterday")));
    QVERIFY(!auditSince(QStringLiteral("2026-13-01")));
}

// What the audit page shows: sentences from what is stored, nothing of the stored form's
// "key=value" or snake_case left.
void TestMonthEnd::auditEntriesReadAsSentences_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("sentence");
    const QString tierBefore =
            QStringLiteral("name=, tier_level_value=1, minimum_commitment=0, promo=false");
    QTest::newRow("tier commitment")
            << "tier.set"
            << "2" << tierBefore
            << "name=, tier_level_value=1, minimum_commitment=150.00, promo=false"
            << "Changed the contract tier \u201cTier 2\u201d: minimum commitment from 0.00 to "
               "150.00.";
    QTest::newRow("tier renamed, promo")
            << "tier.set"
            << "2" << tierBefore
            << "name=Silver, tier_level_value=1, minimum_commitment=0, promo=true"
            << "Changed the contract tier \u201cSilver\u201d: renamed from \u201cTier 2\u201d; "
               "now a promotion.";
    QTest::newRow("tier added")
            << "tier.set"
            << "promo-q4"
            << ""
            << "name=Autumn, tier_level_value=-1, minimum_commitment=99.90, promo=true"
            << "Added the contract tier \u201cAutumn\u201d (at Acronis: No commitment) with a "
               "minimum commitment of 99.90 a month.";
    QTest::newRow("setting")
            << "instance.edit"
            << "discount_percent"
            << "18"
            << "17.5"
            << "Changed the Distributor Discount of \u201cEU\u201d from 18\u00a0% to "
               "17.5\u00a0%.";
    QTest::newRow("name policy") << "instance.edit"
                                 << "name_policy"
                                 << "update"
                                 << "keep"
                                 << "Changed the product names of \u201cEU\u201d from continuously "
                                    "update names to keep the names of the first run.";
    QTest::newRow("added")
            << "instance.add"
            << "EU"
            << ""
            << "system_name=EU, gateway=https://eu2-cloud.acronis.com, client_id=c, "
               "discount_percent=18, primary_currency=EUR, name_policy=update"
            << "Linked the Acronis account \u201cEU\u201d (gateway: https://eu2-cloud.acronis.com; "
               "client id: c; Distributor Discount: 18\u00a0%; primary currency: EUR; product "
               "names: "
               "continuously update names).";
    QTest::newRow("sync") << "sync"
                          << "get_services_definition (window)"
                          << ""
                          << "succeeded: 3 added, 1 renamed, 2 updated, 0 retired"
                          << "Get Services Definition, started from the desktop window: 3 added, "
                             "1 renamed, 2 updated, 0 retired.";
    QTest::newRow("sync failed") << "sync"
                                 << "get_services_definition (timer)"
                                 << ""
                                 << "failed: the gateway did not answer"
                                 << "Get Services Definition, started from the nightly schedule: "
                                    "failed, nothing changed (the gateway did not answer).";
    QTest::newRow("price") << "product.price"
                           << "Protection \u2013 Servers (Frankfurt) (pw_base_servers/"
                              "pck_per_workload)"
                           << ""
                           << "12.5 EUR"
                           << "Set the sell price of \u201cProtection \u2013 Servers (Frankfurt)"
                              "\u201d by hand to 12.50 EUR.";
    QTest::newRow("discount cleared")
            << "discount.clear"
            << "application 6e6d"
            << "20"
            << ""
            << "Removed the discount of the application 6e6d (it was "
               "20\u00a0%); the Distributor Discount applies to it again.";
    QTest::newRow("provider") << "provider.suspend"
                              << "Acme (C-1)"
                              << ""
                              << ""
                              << "Service provider \u201cAcme (C-1)\u201d: Suspended.";
}

void TestMonthEnd::auditEntriesReadAsSentences()
{
    QFETCH(QString, action);
    QFETCH(QString, subject);
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, sentence);
    AuditEntry entry;
    entry.action = action;
    entry.instanceName = QStringLiteral("EU");
    entry.subject = subject;
    entry.before = before;
    entry.after = after;
    const QLocale previous;
    QLocale::setDefault(QLocale::c());
    const QString said = auditSentence(entry);
    QLocale::setDefault(previous);
    QCOMPARE(said, sentence);
}

// One range for the window's Usage jump and --jump-percent.
void TestMonthEnd::jumpPercentagesRunFromZeroToAThousand()
{
    const auto percent = [](const char *text) {
        return *Decimal::parse(QString::fromLatin1(text));
    };
    QVERIFY(isJumpPercent(percent("0")));
    QVERIFY(isJumpPercent(percent("50")));
    QVERIFY(isJumpPercent(percent("1000.00")));
    QVERIFY(!isJumpPercent(percent("-0.01")));
    QVERIFY(!isJumpPercent(percent("1000.01")));
    QCOMPARE(MaxJumpPercent, 1000);
    QVERIFY(isJumpPercent(Decimal::fromInteger(DefaultJumpPercent)));
}

QTEST_GUILESS_MAIN(TestMonthEnd)
#include "tst_monthend.moc"
