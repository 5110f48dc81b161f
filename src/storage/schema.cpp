#include "database.h"

namespace csp {

// migrations.cpp
Status carryOverExactMoney(const Database &database, QSqlDatabase &db);
Status seedContracts(const Database &database, QSqlDatabase &db);
Status addSortAndSearchKeys(const Database &database, QSqlDatabase &db);
Status announceChanges(const Database &database, QSqlDatabase &db);
Status protectAuditTrail(const Database &database, QSqlDatabase &db);

// Numbered, append-only: a released migration is never edited; later issues add new ones.
// Plain SQL that SQLite and PostgreSQL both accept. Money and percentages are exact decimal text
// in the C locale with the digits they were given ("0.0410"; until migration 5 BIGINT counts of
// 1/10000, columns suffixed _e4); ids are UUID text; times are UTC ISO 8601 with milliseconds,
// so that they compare as text.
const QList<Migration> &schemaMigrations()
{
    static const QList<Migration> migrations = {
            {1,
             QStringLiteral("instances, products, sync runs"),
             {
                     QStringLiteral("CREATE TABLE instances ("
                                    " id VARCHAR(36) PRIMARY KEY,"
                                    " system_name VARCHAR(256) NOT NULL,"
                                    " system_name_key VARCHAR(256) NOT NULL UNIQUE,"
                                    " gateway TEXT NOT NULL,"
                                    " client_id TEXT NOT NULL,"
                                    " discount_e4 BIGINT NOT NULL,"
                                    " primary_currency CHAR(3) NOT NULL,"
                                    " name_policy VARCHAR(8) NOT NULL"
                                    "  CHECK (name_policy IN ('update', 'keep')),"
                                    " has_secret BOOLEAN NOT NULL,"
                                    " distributor_tenant_id VARCHAR(36),"
                                    " created_at VARCHAR(32) NOT NULL,"
                                    " updated_at VARCHAR(32) NOT NULL)"),
                     QStringLiteral(
                             "CREATE TABLE products ("
                             " id VARCHAR(36) PRIMARY KEY,"
                             " instance_id VARCHAR(36) NOT NULL"
                             "  REFERENCES instances (id) ON DELETE CASCADE,"
                             " application_id VARCHAR(36) NOT NULL,"
                             " application_name TEXT NOT NULL,"
                             " offering_item TEXT NOT NULL,"
                             " edition TEXT,"
                             " edition_key TEXT NOT NULL,"
                             " infra_id VARCHAR(36),"
                             " infra_key VARCHAR(36) NOT NULL,"
                             " infra_name TEXT,"
                             " usage_name TEXT NOT NULL,"
                             " item_type VARCHAR(16) NOT NULL,"
                             " measurement_unit VARCHAR(16) NOT NULL,"
                             " name TEXT NOT NULL,"
                             " acronis_name TEXT NOT NULL,"
                             " sell_price_e4 BIGINT,"
                             " price_currency CHAR(3),"
                             " price_source VARCHAR(8),"
                             " status VARCHAR(8) NOT NULL CHECK (status IN ('active', 'retired')),"
                             " first_seen_at VARCHAR(32) NOT NULL,"
                             " changed_at VARCHAR(32) NOT NULL,"
                             " UNIQUE (instance_id, application_id, offering_item, edition_key,"
                             "  infra_key))"),
                     QStringLiteral(
                             "CREATE INDEX products_by_instance ON products (instance_id, status)"),
                     QStringLiteral(
                             "CREATE TABLE sync_runs ("
                             " id VARCHAR(36) PRIMARY KEY,"
                             " instance_id VARCHAR(36) NOT NULL"
                             "  REFERENCES instances (id) ON DELETE CASCADE,"
                             " kind VARCHAR(32) NOT NULL,"
                             " started_at VARCHAR(32) NOT NULL,"
                             " finished_at VARCHAR(32),"
                             " status VARCHAR(16) NOT NULL"
                             "  CHECK (status IN ('running', 'succeeded', 'failed', 'cancelled')),"
                             " added INTEGER NOT NULL DEFAULT 0,"
                             " updated INTEGER NOT NULL DEFAULT 0,"
                             " renamed INTEGER NOT NULL DEFAULT 0,"
                             " retired INTEGER NOT NULL DEFAULT 0,"
                             " unchanged INTEGER NOT NULL DEFAULT 0,"
                             " error TEXT)"),
                     QStringLiteral("CREATE INDEX sync_runs_by_instance ON sync_runs (instance_id, "
                                    "started_at)"),
             }},
            {2,
             QStringLiteral("warnings of sync runs"),
             {QStringLiteral("ALTER TABLE sync_runs ADD COLUMN warnings TEXT")}},
            {3,
             QStringLiteral("product change history"),
             {QStringLiteral("CREATE TABLE product_changes ("
                             " id VARCHAR(36) PRIMARY KEY,"
                             " product_id VARCHAR(36) NOT NULL"
                             "  REFERENCES products (id) ON DELETE CASCADE,"
                             " run_id VARCHAR(36),"
                             " kind VARCHAR(16) NOT NULL,"
                             " old_name TEXT,"
                             " new_name TEXT NOT NULL,"
                             " fields TEXT,"
                             " changed_at VARCHAR(32) NOT NULL)"),
              QStringLiteral("CREATE INDEX product_changes_by_product ON product_changes "
                             "(product_id, changed_at)")}},
            {4,
             QStringLiteral("service providers and their operations"),
             {QStringLiteral("CREATE TABLE providers ("
                             " id VARCHAR(36) PRIMARY KEY,"
                             " instance_id VARCHAR(36) NOT NULL"
                             "  REFERENCES instances (id) ON DELETE CASCADE,"
                             " customer_id TEXT NOT NULL,"
                             " tenant_id VARCHAR(36),"
                             " name TEXT NOT NULL,"
                             " status VARCHAR(16) NOT NULL"
                             "  CHECK (status IN ('active', 'suspended', 'cancelled')),"
                             " tier VARCHAR(8),"
                             " pricing_mode VARCHAR(16),"
                             " admin_login TEXT,"
                             " admin_email TEXT,"
                             " language VARCHAR(8),"
                             " items_enabled INTEGER NOT NULL DEFAULT 0,"
                             " tier_set INTEGER NOT NULL DEFAULT 0,"
                             " admin_user_id VARCHAR(36),"
                             " access_policy_set INTEGER NOT NULL DEFAULT 0,"
                             " activation_sent INTEGER NOT NULL DEFAULT 0,"
                             " complete INTEGER NOT NULL DEFAULT 0,"
                             " created_at VARCHAR(32) NOT NULL,"
                             " changed_at VARCHAR(32) NOT NULL,"
                             " UNIQUE (instance_id, customer_id))"),
              QStringLiteral("CREATE TABLE provider_operations ("
                             " id INTEGER PRIMARY KEY,"
                             " provider_id VARCHAR(36) NOT NULL"
                             "  REFERENCES providers (id) ON DELETE CASCADE,"
                             " operation VARCHAR(16) NOT NULL,"
                             " started_at VARCHAR(32) NOT NULL,"
                             " finished_at VARCHAR(32) NOT NULL,"
                             " succeeded INTEGER NOT NULL,"
                             " detail TEXT NOT NULL)"),
              QStringLiteral("CREATE INDEX provider_operations_by_provider ON "
                             "provider_operations (provider_id, id)")}},
            {5,
             QStringLiteral("exact decimals as text; price lists and discounts with their times"),
             {QStringLiteral("ALTER TABLE instances ADD COLUMN discount_percent TEXT NOT NULL "
                             "DEFAULT '0'"),
              QStringLiteral("ALTER TABLE products ADD COLUMN sell_price TEXT"),
              // Counts every write to an instance's products, so that a sync can tell whether
              // the catalogue changed between its read and its write.
              QStringLiteral("ALTER TABLE instances ADD COLUMN catalogue_revision BIGINT NOT NULL "
                             "DEFAULT 0"),
              QStringLiteral("ALTER TABLE product_changes ADD COLUMN old_price TEXT"),
              QStringLiteral("ALTER TABLE product_changes ADD COLUMN new_price TEXT"),
              QStringLiteral("CREATE TABLE product_prices ("
                             " id VARCHAR(36) PRIMARY KEY,"
                             " instance_id VARCHAR(36) NOT NULL"
                             "  REFERENCES instances (id) ON DELETE CASCADE,"
                             " product_id VARCHAR(36) NOT NULL"
                             "  REFERENCES products (id) ON DELETE CASCADE,"
                             " sell_price TEXT,"
                             " currency CHAR(3),"
                             " source VARCHAR(8) NOT NULL"
                             "  CHECK (source IN ('served', 'manual', 'none')),"
                             " run_id VARCHAR(36),"
                             " effective_from VARCHAR(32) NOT NULL)"),
              QStringLiteral("CREATE INDEX product_prices_by_instance ON product_prices "
                             "(instance_id, effective_from)"),
              QStringLiteral("CREATE TABLE discount_history ("
                             " id VARCHAR(36) PRIMARY KEY,"
                             " instance_id VARCHAR(36) NOT NULL"
                             "  REFERENCES instances (id) ON DELETE CASCADE,"
                             " scope VARCHAR(16) NOT NULL"
                             "  CHECK (scope IN ('instance', 'application', 'offering_item')),"
                             " scope_key TEXT NOT NULL,"
                             " percent TEXT,"
                             " effective_from VARCHAR(32) NOT NULL)"),
              QStringLiteral("CREATE INDEX discount_history_by_instance ON discount_history "
                             "(instance_id, effective_from)"),
              // Usage reports asked of Acronis and not yet deleted there: reused for the same
              // month, deleted once downloaded.
              QStringLiteral("CREATE TABLE usage_reports ("
                             " instance_id VARCHAR(36) NOT NULL"
                             "  REFERENCES instances (id) ON DELETE CASCADE,"
                             " month CHAR(7) NOT NULL,"
                             " report_id TEXT NOT NULL,"
                             " created_at VARCHAR(32) NOT NULL,"
                             " PRIMARY KEY (instance_id, month))")},
             carryOverExactMoney,
             {QStringLiteral("ALTER TABLE instances DROP COLUMN discount_e4"),
              QStringLiteral("ALTER TABLE products DROP COLUMN sell_price_e4")}},
            {6,
             QStringLiteral("CSP contracts: commitment tiers, each provider's tier and start"),
             {QStringLiteral("CREATE TABLE contract_tiers ("
                             " instance_id VARCHAR(36) NOT NULL"
                             "  REFERENCES instances (id) ON DELETE CASCADE,"
                             " tier_key VARCHAR(16) NOT NULL,"
                             " name TEXT NOT NULL,"
                             " tier_level_value INTEGER NOT NULL,"
                             " minimum_commitment TEXT NOT NULL,"
                             " promo BOOLEAN NOT NULL,"
                             " position INTEGER NOT NULL,"
                             " PRIMARY KEY (instance_id, tier_key))"),
              // Each minimum commitment with the time it took effect, so that a closed month's
              // invoice uses the commitment of its month.
              QStringLiteral("CREATE TABLE tier_commitments ("
                             " id VARCHAR(36) PRIMARY KEY,"
                             " instance_id VARCHAR(36) NOT NULL"
                             "  REFERENCES instances (id) ON DELETE CASCADE,"
                             " tier_key VARCHAR(16) NOT NULL,"
                             " minimum_commitment TEXT NOT NULL,"
                             " effective_from VARCHAR(32) NOT NULL)"),
              QStringLiteral("ALTER TABLE providers ADD COLUMN contract_start VARCHAR(32)"),
              QStringLiteral("ALTER TABLE providers ADD COLUMN ramp_up_months INTEGER NOT NULL "
                             "DEFAULT 0"),
              QStringLiteral("CREATE TABLE provider_tiers ("
                             " id VARCHAR(36) PRIMARY KEY,"
                             " provider_id VARCHAR(36) NOT NULL"
                             "  REFERENCES providers (id) ON DELETE CASCADE,"
                             " tier_key VARCHAR(16) NOT NULL,"
                             " from_month CHAR(7) NOT NULL,"
                             " recorded_at VARCHAR(32) NOT NULL)"),
              QStringLiteral("CREATE INDEX provider_tiers_by_provider ON provider_tiers "
                             "(provider_id, from_month)")},
             seedContracts},
            {7,
             QStringLiteral("How each sync run was started: the window, the command line or a "
                            "timer"),
             {QStringLiteral("ALTER TABLE sync_runs ADD COLUMN started_by VARCHAR(16)")}},
            {8,
             QStringLiteral("Sort and search keys alike on SQLite and PostgreSQL; lock holders; "
                            "secrets per keychain; versions of the instances"),
             {QStringLiteral("ALTER TABLE products ADD COLUMN name_key TEXT NOT NULL DEFAULT ''"),
              QStringLiteral("ALTER TABLE products ADD COLUMN search_key TEXT NOT NULL DEFAULT ''"),
              QStringLiteral("ALTER TABLE providers ADD COLUMN name_key TEXT NOT NULL DEFAULT ''"),
              // Who holds each lock that spans machines (DatabaseLock), for the refusal.
              QStringLiteral("ALTER TABLE instances ADD COLUMN version BIGINT NOT NULL DEFAULT 0"),
              QStringLiteral("ALTER TABLE instances ADD COLUMN updated_by TEXT"),
              QStringLiteral("CREATE TABLE lock_holders (name VARCHAR(80) PRIMARY KEY,"
                             " holder TEXT NOT NULL, since VARCHAR(32) NOT NULL)"),
              // Which keychains (a user on a machine) hold each instance's client secret: in a
              // shared catalogue every admin's keychain holds its own copy.
              QStringLiteral("CREATE TABLE instance_secrets ("
                             " instance_id VARCHAR(36) NOT NULL"
                             "  REFERENCES instances (id) ON DELETE CASCADE,"
                             " keychain VARCHAR(32) NOT NULL,"
                             " stored_at VARCHAR(32) NOT NULL,"
                             " PRIMARY KEY (instance_id, keychain))")},
             addSortAndSearchKeys,
             {QStringLiteral("CREATE INDEX products_by_name ON products (name_key, id)")}},
            {9,
             QStringLiteral("Versions of the products; changes announced to open windows"),
             {QStringLiteral("ALTER TABLE products ADD COLUMN version BIGINT NOT NULL DEFAULT 0"),
              QStringLiteral("ALTER TABLE products ADD COLUMN changed_by TEXT")},
             announceChanges},
            {10,
             QStringLiteral("The products a Get Services Definition run changed, found by run"),
             {QStringLiteral("CREATE INDEX product_changes_by_run ON product_changes (run_id)")}},
            {11,
             QStringLiteral("The audit trail; usage snapshots for the month-end reconciliation"),
             // No foreign key to instances: an instance's trail outlives it.
             {QStringLiteral("CREATE TABLE audit_log ("
                             " id VARCHAR(36) PRIMARY KEY,"
                             " at VARCHAR(32) NOT NULL,"
                             " user_at_host TEXT NOT NULL,"
                             " action VARCHAR(32) NOT NULL,"
                             " instance_id VARCHAR(36),"
                             " instance_name TEXT,"
                             " subject TEXT,"
                             " before_value TEXT,"
                             " after_value TEXT)"),
              QStringLiteral("CREATE INDEX audit_log_by_time ON audit_log (at)"),
              // The last estimate of each month per tenant (replaced by the next read of that
              // month), and what the month's report said once it was read.
              QStringLiteral("CREATE TABLE usage_snapshots ("
                             " instance_id VARCHAR(36) NOT NULL"
                             "  REFERENCES instances (id) ON DELETE CASCADE,"
                             " month CHAR(7) NOT NULL,"
                             " source VARCHAR(8) NOT NULL CHECK (source IN ('estimate', 'report')),"
                             " tenant_id VARCHAR(36) NOT NULL,"
                             " application_id TEXT NOT NULL,"
                             " offering_item TEXT NOT NULL,"
                             " edition TEXT NOT NULL,"
                             " infra_id TEXT NOT NULL,"
                             " unit VARCHAR(16) NOT NULL,"
                             " value BIGINT NOT NULL,"
                             " fraction TEXT,"
                             " taken_at VARCHAR(32) NOT NULL)"),
              QStringLiteral("CREATE INDEX usage_snapshots_by_month ON usage_snapshots "
                             "(instance_id, month, source, tenant_id)")},
             protectAuditTrail},
            {12,
             QStringLiteral("The version of each usage report asked of Acronis, which deleting it "
                            "there requires"),
             {QStringLiteral("ALTER TABLE usage_reports ADD COLUMN report_version BIGINT NOT NULL "
                             "DEFAULT 0")}},
            {14,
             QStringLiteral("The last check of each instance's discount against Acronis' price "
                            "list"),
             {QStringLiteral("CREATE TABLE price_checks ("
                             " instance_id VARCHAR(36) PRIMARY KEY"
                             "  REFERENCES instances (id) ON DELETE CASCADE,"
                             " month CHAR(7) NOT NULL,"
                             " checked_at VARCHAR(32) NOT NULL,"
                             " checked_by TEXT NOT NULL,"
                             " skus INTEGER NOT NULL,"
                             " differing INTEGER NOT NULL,"
                             // What Acronis listed for the month: the distributor's own
                             // commitment to Acronis, as Acronis writes it.
                             " currency VARCHAR(8),"
                             " commitment TEXT,"
                             " pricelist_code TEXT,"
                             " error TEXT)")}},
            {15,
             QStringLiteral("Issued invoices and credit notes, their lines, each instance's "
                            "invoice numbers"),
             {QStringLiteral("CREATE TABLE invoice_numbering ("
                             " instance_id VARCHAR(36) PRIMARY KEY"
                             "  REFERENCES instances (id) ON DELETE CASCADE,"
                             " prefix TEXT NOT NULL,"
                             " next_number BIGINT NOT NULL CHECK (next_number >= 1))"),
              // Every figure as it was issued: never recomputed, only credited.
              QStringLiteral("CREATE TABLE issued_invoices ("
                             " id VARCHAR(36) PRIMARY KEY,"
                             " instance_id VARCHAR(36) NOT NULL"
                             "  REFERENCES instances (id) ON DELETE CASCADE,"
                             " month CHAR(7) NOT NULL,"
                             " number TEXT NOT NULL,"
                             " sequence BIGINT NOT NULL,"
                             " kind VARCHAR(16) NOT NULL CHECK (kind IN ('invoice', "
                             "'credit_note')),"
                             " status VARCHAR(16) NOT NULL CHECK (status IN ('issued', "
                             "'credited')),"
                             " customer_id TEXT NOT NULL,"
                             " tenant_id TEXT NOT NULL,"
                             " name TEXT NOT NULL,"
                             " tier_key TEXT NOT NULL,"
                             " tier_name TEXT NOT NULL,"
                             " tier_level_value INTEGER NOT NULL,"
                             " promo BOOLEAN NOT NULL,"
                             " minimum_commitment TEXT NOT NULL,"
                             " ramp_up BOOLEAN NOT NULL,"
                             " usage_sell TEXT NOT NULL,"
                             " usage_cost TEXT NOT NULL,"
                             " shortfall TEXT NOT NULL,"
                             " shortfall_cost TEXT NOT NULL,"
                             " total_sell TEXT NOT NULL,"
                             " total_cost TEXT NOT NULL,"
                             " currency CHAR(3) NOT NULL,"
                             " unpriced_lines INTEGER NOT NULL,"
                             " price_list_run_id VARCHAR(36),"
                             " price_list_finished_at VARCHAR(32),"
                             " discount TEXT NOT NULL,"
                             " usage_report TEXT,"
                             " issued_at VARCHAR(32) NOT NULL,"
                             " issued_by TEXT NOT NULL,"
                             " corrects TEXT,"
                             " reason TEXT,"
                             " UNIQUE (instance_id, number),"
                             " UNIQUE (instance_id, sequence))"),
              QStringLiteral("CREATE INDEX issued_invoices_by_month ON issued_invoices "
                             "(instance_id, month, sequence)"),
              QStringLiteral("CREATE TABLE issued_invoice_lines ("
                             " invoice_id VARCHAR(36) NOT NULL"
                             "  REFERENCES issued_invoices (id) ON DELETE CASCADE,"
                             " position INTEGER NOT NULL,"
                             " customer_id TEXT NOT NULL,"
                             " tenant_id TEXT NOT NULL,"
                             " provider_name TEXT NOT NULL,"
                             " application_id TEXT,"
                             " offering_item TEXT,"
                             " edition TEXT,"
                             " infra_id TEXT,"
                             " measurement_unit TEXT,"
                             " product_name TEXT,"
                             " application_name TEXT,"
                             " quantity TEXT,"
                             " sell_price TEXT,"
                             " cost_price TEXT,"
                             " sell_amount TEXT,"
                             " cost_amount TEXT,"
                             " currency TEXT,"
                             " status VARCHAR(16) NOT NULL,"
                             " PRIMARY KEY (invoice_id, position))")}},
    };
    return migrations;
}

} // namespace csp
