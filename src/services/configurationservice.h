#pragma once

#include "core/catalogue.h"
#include "core/contract.h"
#include "core/instance.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <memory>

namespace csp {
class Database;
}

namespace csp {

// One instance of a configuration file: its settings, the discounts of its applications and
// products, its contract tiers, and its products' prices and names set by hand.
struct InstanceConfiguration
{
    Instance settings;
    QList<std::pair<QString, std::pair<QString, Decimal>>> discounts; // scope → (key, percent)
    QList<ContractTier> tiers;
    QList<Product> handSet; // with a price set by hand, or a name other than Acronis'
};

// What an import would do, and then did.
struct ImportPlan
{
    QList<InstanceConfiguration> instances;
    QStringList replaced;     // names of existing instances the import replaces
    QStringList changes;      // one sentence per change, for --dry-run and the summary
    QStringList secretsToAdd; // instances this machine has no client secret for afterwards
};

// Moves an instance's configuration to another machine, or from staging to production: one
// JSON document, never a secret.
class ConfigurationService
{
    Q_DECLARE_TR_FUNCTIONS(ConfigurationService)

public:
    explicit ConfigurationService(std::shared_ptr<Database> database);

    // The named instances (every one when `names` is empty); NotFound for an unknown name.
    Result<QJsonDocument> exportInstances(const QStringList &names) const;
    // Reads and checks `document`: a field that breaks a rule is named (InvalidInput); an
    // instance whose name exists is a Conflict unless `replace`.
    Result<ImportPlan> plan(const QByteArray &document, bool replace) const;
    // Carries the plan out in one transaction.
    Status apply(const ImportPlan &plan);

private:
    Result<InstanceConfiguration> configurationOf(const Instance &instance) const;
    Status applyOne(const InstanceConfiguration &configuration, const QString &now);

    std::shared_ptr<Database> m_database;
};

} // namespace csp
