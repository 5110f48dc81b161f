// The audit trail's entries as sentences: what is stored stays as it is (scripts read it); this
// is how people read it.

#include "audit.h"
#include "contract.h"
#include "decimal.h"
#include "syncrun.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace csp {

namespace {

// The sentences share the "Audit" context with the action names (audit.cpp).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Audit)
};

// "key=value, key=value" as the catalogue writes settings and tiers; a value may hold ", ".
QHash<QString, QString> storedFields(const QString &text)
{
    static const QRegularExpression separator(QStringLiteral(", (?=[a-z_]+=)"));
    QHash<QString, QString> fields;
    for (const QString &part : text.split(separator, Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(u'=');
        if (equals > 0)
            fields.insert(part.left(equals), part.mid(equals + 1));
    }
    return fields;
}

QString quoted(const QString &text)
{
    return Words::tr("\u201c%1\u201d").arg(text);
}

QString amountText(const QString &stored)
{
    // An amount of money as amounts show: at least two decimals ("0.00", "0.0410").
    const auto amount = Decimal::parse(stored);
    return amount ? amount->localeText(QLocale(), 2) : stored;
}

QString percentOf(const QString &stored)
{
    const auto percent = Decimal::parse(stored);
    // Exact, as stored: a discount of 17.25 % is not 17.3 %.
    return percent ? percent->localeText(QLocale()) + QChar(0x00a0) + u'%' : stored;
}

QString settingLabel(const QString &key)
{
    static const QHash<QString, const char *> labels{
            {QStringLiteral("system_name"), QT_TRANSLATE_NOOP("Audit", "system name")},
            {QStringLiteral("gateway"), QT_TRANSLATE_NOOP("Audit", "gateway")},
            {QStringLiteral("client_id"), QT_TRANSLATE_NOOP("Audit", "client id")},
            {QStringLiteral("discount_percent"),
             QT_TRANSLATE_NOOP("Audit", "Distributor Discount")},
            {QStringLiteral("primary_currency"), QT_TRANSLATE_NOOP("Audit", "primary currency")},
            {QStringLiteral("name_policy"), QT_TRANSLATE_NOOP("Audit", "product names")}};
    const auto label = labels.constFind(key);
    return label == labels.cend() ? key : Words::tr(*label);
}

QString settingValue(const QString &key, const QString &value)
{
    if (key == u"discount_percent")
        return percentOf(value);
    if (key == u"name_policy")
        return value == u"keep" ? Words::tr("keep the names of the first run")
                                : Words::tr("continuously update names");
    return value;
}

QString settingsText(const QString &stored)
{
    const QHash<QString, QString> fields = storedFields(stored);
    QStringList parts;
    for (const char *key :
         {"gateway", "client_id", "discount_percent", "primary_currency", "name_policy"}) {
        const QString name = QLatin1String(key);
        if (fields.contains(name))
            parts.append(
                    Words::tr("%1: %2").arg(settingLabel(name), settingValue(name, fields[name])));
    }
    return parts.join(QStringLiteral("; "));
}

QString instanceSentence(const AuditEntry &entry, QStringView kind)
{
    const QString name = quoted(entry.instanceName.isEmpty() ? entry.subject : entry.instanceName);
    if (kind == u"add")
        return Words::tr("Linked the Acronis account %1 (%2).")
                .arg(name, settingsText(entry.after));
    if (kind == u"remove")
        return Words::tr("Removed the instance %1 with its products and its client secret.")
                .arg(name);
    if (kind == u"import")
        return Words::tr("Imported the settings of %1 from a configuration file.").arg(name);
    return Words::tr("Changed the %1 of %2 from %3 to %4.")
            .arg(settingLabel(entry.subject), name, settingValue(entry.subject, entry.before),
                 settingValue(entry.subject, entry.after));
}

// A product's subject is "Name (offering_item/edition@storage)": people read the name.
QString productName(const QString &subject)
{
    const qsizetype technical = subject.lastIndexOf(QStringLiteral(" ("));
    return quoted(technical > 0 ? subject.left(technical) : subject);
}

QString moneyOf(const QString &stored)
{
    const qsizetype space = stored.indexOf(u' ');
    return space < 0 ? amountText(stored) : amountText(stored.left(space)) + stored.mid(space);
}

QString priceSentence(const AuditEntry &entry)
{
    if (entry.before.isEmpty())
        return Words::tr("Set the sell price of %1 by hand to %2.")
                .arg(productName(entry.subject), moneyOf(entry.after));
    return Words::tr("Changed the sell price of %1 by hand from %2 to %3.")
            .arg(productName(entry.subject), moneyOf(entry.before), moneyOf(entry.after));
}

// "application ID" or "offering_item NAME", as the discounts are stored.
QString discountTarget(const QString &subject)
{
    const qsizetype space = subject.indexOf(u' ');
    const QString key = subject.mid(space + 1);
    return subject.startsWith(u"application ") ? Words::tr("the application %1").arg(key)
                                               : Words::tr("the product %1").arg(key);
}

QString discountSentence(const AuditEntry &entry, bool cleared)
{
    const QString target = discountTarget(entry.subject);
    if (cleared)
        return Words::tr("Removed the discount of %1 (it was %2); the Distributor Discount applies "
                         "to it again.")
                .arg(target, percentOf(entry.before));
    if (entry.before.isEmpty())
        return Words::tr("Set a discount of %1 for %2.").arg(percentOf(entry.after), target);
    return Words::tr("Changed the discount of %1 from %2 to %3.")
            .arg(target, percentOf(entry.before), percentOf(entry.after));
}

QString tierSentence(const AuditEntry &entry)
{
    const QHash<QString, QString> before = storedFields(entry.before);
    const QHash<QString, QString> after = storedFields(entry.after);
    const ContractTier tier{entry.subject, after.value(QStringLiteral("name")), -1, {}, false};
    const QString name = quoted(ContractRules::displayName(tier));
    const auto level = [](const QString &stored) {
        return ContractRules::levelName(stored.toInt());
    };
    const QString commitment = QStringLiteral("minimum_commitment");
    if (entry.before.isEmpty())
        return Words::
                tr("Added the contract tier %1 (at Acronis: %2) with a minimum commitment of %3 "
                   "a month.")
                        .arg(name, level(after.value(QStringLiteral("tier_level_value"))),
                             amountText(after.value(commitment)));
    QStringList changes;
    if (before.value(commitment) != after.value(commitment))
        changes.append(Words::tr("minimum commitment from %1 to %2")
                               .arg(amountText(before.value(commitment)),
                                    amountText(after.value(commitment))));
    if (before.value(QStringLiteral("name")) != after.value(QStringLiteral("name")))
        changes.append(Words::tr("renamed from %1")
                               .arg(quoted(ContractRules::displayName(
                                       {entry.subject,
                                        before.value(QStringLiteral("name")),
                                        -1,
                                        {},
                                        false}))));
    const QString levelKey = QStringLiteral("tier_level_value");
    if (before.value(levelKey) != after.value(levelKey))
        changes.append(Words::tr("at Acronis from %1 to %2")
                               .arg(level(before.value(levelKey)), level(after.value(levelKey))));
    const QString promo = QStringLiteral("promo");
    if (before.value(promo) != after.value(promo))
        changes.append(after.value(promo) == u"true" ? Words::tr("now a promotion")
                                                     : Words::tr("no longer a promotion"));
    return Words::tr("Changed the contract tier %1: %2.")
            .arg(name, changes.join(QStringLiteral("; ")));
}

// Subject "get_services_definition (window)"; after "succeeded: 1 added, 2 renamed, 3 updated,
// 4 retired" or "failed: why".
QString syncSentence(const AuditEntry &entry)
{
    static const QRegularExpression from(QStringLiteral(R"(\((\w+)\)$)"));
    const auto startedBy = from.match(entry.subject);
    const QString where =
            startedBy.hasMatch() ? syncStartedFromText(startedBy.captured(1)) : QString();
    static const QRegularExpression counts(
            QStringLiteral(R"(^succeeded: (\d+) added, (\d+) renamed, (\d+) updated, (\d+) )"));
    QString outcome;
    if (const auto match = counts.match(entry.after); match.hasMatch())
        outcome = Words::tr("%1 added, %2 renamed, %3 updated, %4 retired")
                          .arg(match.captured(1), match.captured(2), match.captured(3),
                               match.captured(4));
    else if (entry.after.startsWith(u"cancelled"))
        outcome = Words::tr("cancelled, nothing changed");
    else
        outcome = Words::tr("failed, nothing changed (%1)")
                          .arg(entry.after.section(u':', 1).trimmed());
    if (where.isEmpty())
        return Words::tr("Get Services Definition: %1.").arg(outcome);
    return Words::tr("Get Services Definition, started from %1: %2.").arg(where, outcome);
}

QString providerSentence(const AuditEntry &entry)
{
    const QString operation = entry.action.mid(int(qstrlen(AuditAction::Provider)));
    QString detail = entry.after;
    const bool failed = detail.startsWith(u"failed: ");
    if (failed)
        detail = detail.mid(8);
    // The detail is the service's own sentence, in the language of the program that wrote it.
    detail = QCoreApplication::translate("csp::ProviderService", detail.toUtf8().constData());
    const QString what = failed ? Words::tr("%1 failed").arg(providerOperationLabel(operation))
                                : providerOperationLabel(operation);
    if (detail.isEmpty())
        return Words::tr("Service provider %1: %2.").arg(quoted(entry.subject), what);
    return Words::tr("Service provider %1: %2. %3").arg(quoted(entry.subject), what, detail);
}

} // namespace

QString providerOperationLabel(const QString &operation)
{
    static const QHash<QString, const char *> labels{
            {QStringLiteral("create"), QT_TRANSLATE_NOOP("Audit", "Provisioned")},
            {QStringLiteral("import"), QT_TRANSLATE_NOOP("Audit", "Imported")},
            {QStringLiteral("suspend"), QT_TRANSLATE_NOOP("Audit", "Suspended")},
            {QStringLiteral("resume"), QT_TRANSLATE_NOOP("Audit", "Resumed")},
            {QStringLiteral("cancel"), QT_TRANSLATE_NOOP("Audit", "Cancelled")},
            {QStringLiteral("set-tier"), QT_TRANSLATE_NOOP("Audit", "Tier changed")},
            {QStringLiteral("edit"), QT_TRANSLATE_NOOP("Audit", "Customer id set")},
            {QStringLiteral("set-items"), QT_TRANSLATE_NOOP("Audit", "Products changed")},
            {QStringLiteral("read-items"), QT_TRANSLATE_NOOP("Audit", "Products read")}};
    const auto label = labels.constFind(operation);
    return label == labels.cend() ? operation : Words::tr(*label);
}

QString auditSentence(const AuditEntry &entry)
{
    namespace Action = AuditAction;
    const QString &action = entry.action;
    if (action.startsWith(u"instance."))
        return instanceSentence(entry, QStringView(action).mid(9));
    if (action == QLatin1String(Action::SecretReplace))
        return Words::tr("Replaced the client secret of %1 (a secret's value is never recorded).")
                .arg(quoted(entry.instanceName));
    if (action == QLatin1String(Action::ProductPrice))
        return priceSentence(entry);
    if (action == QLatin1String(Action::ProductRename))
        return Words::tr("Renamed the product %1 to %2.")
                .arg(quoted(entry.before), quoted(entry.after));
    if (action == QLatin1String(Action::DiscountSet) ||
        action == QLatin1String(Action::DiscountClear))
        return discountSentence(entry, action == QLatin1String(Action::DiscountClear));
    if (action == QLatin1String(Action::TierSet))
        return tierSentence(entry);
    if (action == QLatin1String(Action::Sync))
        return syncSentence(entry);
    if (action.startsWith(QLatin1String(Action::Provider)))
        return providerSentence(entry);
    if (action == QLatin1String(Action::DatabaseCopy))
        return Words::tr("Copied the catalogue from %1 to %2.").arg(entry.before, entry.after);
    return Words::tr("%1: %2 (before: %3; after: %4)")
            .arg(auditActionLabel(action), entry.subject, entry.before, entry.after);
}

} // namespace csp
