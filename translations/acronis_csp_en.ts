<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Catalogue</name>
    <message numerus="yes">
        <source>hour(s)</source>
        <translation>
            <numerusform>hour</numerusform>
            <numerusform>hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>item(s)</source>
        <translation>
            <numerusform>item</numerusform>
            <numerusform>items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueCommands</name>
    <message numerus="yes">
        <source>Usage of %n service provider(s) recorded as the month&apos;s estimate.</source>
        <translation>
            <numerusform>Usage of %n service provider recorded as the month&apos;s estimate.</numerusform>
            <numerusform>Usage of %n service providers recorded as the month&apos;s estimate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueDatabase</name>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service provider(s)</source>
        <translation>
            <numerusform>%n service provider</numerusform>
            <numerusform>%n service providers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigurationService</name>
    <message numerus="yes">
        <source>&quot;%1&quot;: %n discount(s) of applications or products,</source>
        <translation>
            <numerusform>&quot;%1&quot;: %n discount of an application or product,</numerusform>
            <numerusform>&quot;%1&quot;: %n discounts of applications or products,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract tier(s),</source>
        <translation>
            <numerusform>%n contract tier,</numerusform>
            <numerusform>%n contract tiers,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) priced or named by hand.</source>
        <translation>
            <numerusform>%n product priced or named by hand.</numerusform>
            <numerusform>%n products priced or named by hand.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionCommands</name>
    <message numerus="yes">
        <source>Saved %n answer(s) in %1, personal data replaced.</source>
        <translation>
            <numerusform>Saved %n answer in %1, personal data replaced.</numerusform>
            <numerusform>Saved %n answers in %1, personal data replaced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 endpoints do not work as this program needs.</source>
        <translation>
            <numerusform>%n of %1 endpoints does not work as this program needs.</numerusform>
            <numerusform>%n of %1 endpoints do not work as this program needs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstanceCommands</name>
    <message numerus="yes">
        <source>Removed instance &quot;%1&quot;: its settings, its client secret in the OS keychain and %n product(s).</source>
        <translation>
            <numerusform>Removed instance &quot;%1&quot;: its settings, its client secret in the OS keychain and %n product.</numerusform>
            <numerusform>Removed instance &quot;%1&quot;: its settings, its client secret in the OS keychain and %n products.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceCommands</name>
    <message numerus="yes">
        <source>Invoices of &quot;%1&quot; for %2, as issued (%n document(s)).</source>
        <translation>
            <numerusform>Invoices of &quot;%1&quot; for %2, as issued (%n document).</numerusform>
            <numerusform>Invoices of &quot;%1&quot; for %2, as issued (%n documents).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invoices of &quot;%1&quot; for %2 (%n service provider(s)).</source>
        <translation>
            <numerusform>Invoices of &quot;%1&quot; for %2 (%n service provider).</numerusform>
            <numerusform>Invoices of &quot;%1&quot; for %2 (%n service providers).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issued %n invoice(s) of %1: %2 to %3.</source>
        <translation>
            <numerusform>Issued %n invoice of %1: %2 to %3.</numerusform>
            <numerusform>Issued %n invoices of %1: %2 to %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceStatement</name>
    <message numerus="yes">
        <source>%n line(s) without a price are listed but not charged.</source>
        <translation>
            <numerusform>%n line without a price are listed but not charged.</numerusform>
            <numerusform>%n lines without a price are listed but not charged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssuedInvoiceService</name>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message numerus="yes">
        <source>The OS keychain did not answer within %n second(s). Check that its service is running and unlocked.</source>
        <translation>
            <numerusform>The OS keychain did not answer within %n second. Check that its service is running and unlocked.</numerusform>
            <numerusform>The OS keychain did not answer within %n seconds. Check that its service is running and unlocked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; has more than %n decimal place(s).</source>
        <translation>
            <numerusform>%1: &quot;%2&quot; has more than %n decimal place.</numerusform>
            <numerusform>%1: &quot;%2&quot; has more than %n decimal places.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthEndCommands</name>
    <message numerus="yes">
        <source>&quot;%1&quot;: %2 % for %3 (%n product(s)), from %4 on.</source>
        <translation>
            <numerusform>&quot;%1&quot;: %2 % for %3 (%n product), from %4 on.</numerusform>
            <numerusform>&quot;%1&quot;: %2 % for %3 (%n products), from %4 on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconciliation of &quot;%1&quot; for %2: %n line(s).</source>
        <translation>
            <numerusform>Reconciliation of &quot;%1&quot; for %2: %n line.</numerusform>
            <numerusform>Reconciliation of &quot;%1&quot; for %2: %n lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s):</source>
        <translation>
            <numerusform>%n flag:</numerusform>
            <numerusform>%n flags:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriceCommands</name>
    <message numerus="yes">
        <source>%n of %1 SKU(s) differ from the discount this program applies.</source>
        <translation>
            <numerusform>%n of %1 SKU differs from the discount this program applies.</numerusform>
            <numerusform>%n of %1 SKUs differ from the discount this program applies.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csp::AuditPage</name>
    <message numerus="yes">
        <source>The newest %n change(s) shown; narrow the filters to see older ones.</source>
        <translation>
            <numerusform>The newest change shown; narrow the filters to see older ones.</numerusform>
            <numerusform>The newest %n changes shown; narrow the filters to see older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n change.</numerusform>
            <numerusform>%n changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csp::CompatibilityDialog</name>
    <message numerus="yes">
        <source>Every endpoint checked works as this program needs (%n endpoint(s)).</source>
        <translation>
            <numerusform>Every endpoint checked works as this program needs (%n endpoint).</numerusform>
            <numerusform>Every endpoint checked works as this program needs (%n endpoints).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) do not work as this program needs; select one to read why.</source>
        <translation>
            <numerusform>%n endpoint does not work as this program needs; select it to read why.</numerusform>
            <numerusform>%n endpoints do not work as this program needs; select one to read why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n answer(s) in %1, personal data replaced.</source>
        <translation>
            <numerusform>Saved %n answer in %1, personal data replaced.</numerusform>
            <numerusform>Saved %n answers in %1, personal data replaced.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csp::DiscountsDialog</name>
    <message numerus="yes">
        <source>Application (%n product(s))</source>
        <translation>
            <numerusform>Application (%n product)</numerusform>
            <numerusform>Application (%n products)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Product (%n edition(s) or location(s))</source>
        <translation>
            <numerusform>Product (%n edition or location)</numerusform>
            <numerusform>Product (%n editions or locations)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csp::InstanceForm</name>
    <message numerus="yes">
        <source>Overridden for %n application(s) or product(s): %1.</source>
        <translation>
            <numerusform>Overridden for %n application or product: %1.</numerusform>
            <numerusform>Overridden for %n applications or products: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last checked against Acronis&apos; price list on %1: all %n SKU(s) of %2 agree.</source>
        <translation>
            <numerusform>Last checked against Acronis&apos; price list on %1: the %n SKU of %2 agrees.</numerusform>
            <numerusform>Last checked against Acronis&apos; price list on %1: all %n SKUs of %2 agree.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last checked against Acronis&apos; price list on %1: %n SKU(s) of %2 differ from the discount this program applies.</source>
        <translation>
            <numerusform>Last checked against Acronis&apos; price list on %1: %n SKU of %2 differs from the discount this program applies.</numerusform>
            <numerusform>Last checked against Acronis&apos; price list on %1: %n SKUs of %2 differ from the discount this program applies.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csp::InstanceService</name>
    <message numerus="yes">
        <source>The instance was not saved: %n field(s) are invalid.</source>
        <translation>
            <numerusform>The instance was not saved: %n field is invalid.</numerusform>
            <numerusform>The instance was not saved: %n fields are invalid.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csp::InvoicesPage</name>
    <message numerus="yes">
        <source>%n invoice(s) for %1.</source>
        <translation>
            <numerusform>%n invoice for %1.</numerusform>
            <numerusform>%n invoices for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n invoice(s) to %1.</source>
        <translation>
            <numerusform>Exported %n invoice to %1.</numerusform>
            <numerusform>Exported %n invoices to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) issued for %1.</source>
        <translation>
            <numerusform>%n document issued for %1.</numerusform>
            <numerusform>%n documents issued for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Number and freeze the %n invoice(s) of %1? Afterwards the month is corrected only by credit notes.</source>
        <translation>
            <numerusform>Number and freeze the %n invoice of %1? Afterwards the month is corrected only by credit notes.</numerusform>
            <numerusform>Number and freeze the %n invoices of %1? Afterwards the month is corrected only by credit notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Corrected %1: %n invoice(s) credited and replaced.</source>
        <translation>
            <numerusform>Corrected %1: %n invoice credited and replaced.</numerusform>
            <numerusform>Corrected %1: %n invoices credited and replaced.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csp::MainWindow</name>
    <message numerus="yes">
        <source>Remove the instance &quot;%1&quot;?

This deletes its settings, its client secret in the OS keychain and its %n product(s) with their history. Nothing changes at Acronis. This cannot be undone.</source>
        <translation>
            <numerusform>Remove the instance &quot;%1&quot;?

This deletes its settings, its client secret in the OS keychain and its %n product with its history. Nothing changes at Acronis. This cannot be undone.</numerusform>
            <numerusform>Remove the instance &quot;%1&quot;?

This deletes its settings, its client secret in the OS keychain and its %n products with their history. Nothing changes at Acronis. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It also deletes the records of %n service provider(s); their tenants at Acronis stay.</source>
        <translation>
            <numerusform>It also deletes the record of %n service provider; its tenant at Acronis stays.</numerusform>
            <numerusform>It also deletes the records of %n service providers; their tenants at Acronis stay.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csp::PriceCheck</name>
    <message numerus="yes">
        <source>Acronis&apos; price list for %1 differs from the discount this program applies on %n of %2 SKU(s): %3. Check the Distributor Discount of &quot;%4&quot; against it.</source>
        <translation>
            <numerusform>Acronis&apos; price list for %1 differs from the discount this program applies on %n of %2 SKU: %3. Check the Distributor Discount of &quot;%4&quot; against it.</numerusform>
            <numerusform>Acronis&apos; price list for %1 differs from the discount this program applies on %n of %2 SKUs: %3. Check the Distributor Discount of &quot;%4&quot; against it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csp::PriceCheckDialog</name>
    <message numerus="yes">
        <source>All %n SKU(s) of %1 agree with the discount this program applies.</source>
        <translation>
            <numerusform>The %n SKU of %1 agrees with the discount this program applies.</numerusform>
            <numerusform>All %n SKUs of %1 agree with the discount this program applies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) of %1 differ from the discount this program applies (bold): check the Distributor Discount and the discounts per product.</source>
        <translation>
            <numerusform>%n SKU of %1 differs from the discount this program applies (bold): check the Distributor Discount and the discounts per product.</numerusform>
            <numerusform>%n SKUs of %1 differ from the discount this program applies (bold): check the Distributor Discount and the discounts per product.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csp::ProductsPage</name>
    <message numerus="yes">
        <source>Exported %n product(s) to %1.</source>
        <translation>
            <numerusform>Exported %n product to %1.</numerusform>
            <numerusform>Exported %n products to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csp::ProviderService</name>
    <message numerus="yes">
        <source>%n offering item(s) to enable, all available to service providers.</source>
        <translation>
            <numerusform>%n offering item to enable, available to service providers.</numerusform>
            <numerusform>%n offering items to enable, all available to service providers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>enable %n offering item(s)</source>
        <translation>
            <numerusform>enable %n offering item</numerusform>
            <numerusform>enable %n offering items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enabling %n offering item(s)…</source>
        <translation>
            <numerusform>Enabling %n offering item…</numerusform>
            <numerusform>Enabling %n offering items…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is provisioned: tenant %2, %n offering item(s), admin %3 (activation e-mail sent).</source>
        <translation>
            <numerusform>&quot;%1&quot; is provisioned: tenant %2, %n offering item, admin %3 (activation e-mail sent).</numerusform>
            <numerusform>&quot;%1&quot; is provisioned: tenant %2, %n offering items, admin %3 (activation e-mail sent).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recording %n service provider(s)…</source>
        <translation>
            <numerusform>Recording %n service provider…</numerusform>
            <numerusform>Recording %n service providers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offering item(s)</source>
        <translation>
            <numerusform>%n offering item</numerusform>
            <numerusform>%n offering items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the commitment tiers of %n partner(s)…</source>
        <translation>
            <numerusform>Reading the commitment tier of %n partner…</numerusform>
            <numerusform>Reading the commitment tiers of %n partners…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n offering item(s) enabled.</source>
        <translation>
            <numerusform>&quot;%1&quot; has %n offering item enabled.</numerusform>
            <numerusform>&quot;%1&quot; has %n offering items enabled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enabling %n offering item(s) on the tenant…</source>
        <translation>
            <numerusform>Enabling %n offering item on the tenant…</numerusform>
            <numerusform>Enabling %n offering items on the tenant…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n offering item(s) enabled; the other items available to service providers are disabled.</source>
        <translation>
            <numerusform>&quot;%1&quot; has %n offering item enabled; the other items available to service providers are disabled.</numerusform>
            <numerusform>&quot;%1&quot; has %n offering items enabled; the other items available to service providers are disabled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read the commitment tiers of %1 of %n partner(s)…</source>
        <translation>
            <numerusform>Read the commitment tiers of %1 of %n partner…</numerusform>
            <numerusform>Read the commitment tiers of %1 of %n partners…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the commitment tiers of the %n partner(s) listed so far…</source>
        <translation>
            <numerusform>Reading the commitment tier of the %n partner listed so far…</numerusform>
            <numerusform>Reading the commitment tiers of the %n partners listed so far…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csp::ProviderWizard</name>
    <message numerus="yes">
        <source>The instance&apos;s active &amp;products (%n offering item(s))</source>
        <translation>
            <numerusform>The instance&apos;s active &amp;products (%n offering item)</numerusform>
            <numerusform>The instance&apos;s active &amp;products (%n offering items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offering items to enable (%n):</source>
        <translation>
            <numerusform>Offering item to enable (%n):</numerusform>
            <numerusform>Offering items to enable (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csp::ReconcilePage</name>
    <message numerus="yes">
        <source>%1: %n line(s), nothing flagged.</source>
        <translation>
            <numerusform>%1: %n line, nothing flagged.</numerusform>
            <numerusform>%1: %n lines, nothing flagged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n flag(s) to look at before invoicing.</source>
        <translation>
            <numerusform>%1: %n flag to look at before invoicing.</numerusform>
            <numerusform>%1: %n flags to look at before invoicing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csp::SyncJob</name>
    <message numerus="yes">
        <source>Comparing %n served item(s) with the catalogue…</source>
        <translation>
            <numerusform>Comparing %n served item with the catalogue…</numerusform>
            <numerusform>Comparing %n served items with the catalogue…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csp::SyncPanel</name>
    <message numerus="yes">
        <source>✓ Nothing would change: all %n product(s) are as Acronis serves them.</source>
        <translation>
            <numerusform>✓ Nothing would change: the %n product is as Acronis serves it.</numerusform>
            <numerusform>✓ Nothing would change: all %n products are as Acronis serves them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Nothing changed: all %n product(s) are as Acronis serves them.</source>
        <translation>
            <numerusform>✓ Nothing changed: the %n product is as Acronis serves it.</numerusform>
            <numerusform>✓ Nothing changed: all %n products are as Acronis serves them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csp::TiersDialog</name>
    <message numerus="yes">
        <source>Saved %n changed contract tier(s) of “%1”.</source>
        <translation>
            <numerusform>Saved %n changed contract tier of “%1”.</numerusform>
            <numerusform>Saved %n changed contract tiers of “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csp::UnattendedRun</name>
    <message numerus="yes">
        <source>%n instance(s) failed: %1. See &apos;acronis-csp history&apos; or the journal.</source>
        <translation>
            <numerusform>%n instance failed: %1. See &apos;acronis-csp history&apos; or the journal.</numerusform>
            <numerusform>%n instances failed: %1. See &apos;acronis-csp history&apos; or the journal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csp::UsagePage</name>
    <message numerus="yes">
        <source>Total (%n service provider(s))</source>
        <translation>
            <numerusform>Total (%n service provider)</numerusform>
            <numerusform>Total (%n service providers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csp::UsageService</name>
    <message numerus="yes">
        <source>Reading the current usage of %n service provider(s)…</source>
        <translation>
            <numerusform>Reading the current usage of %n service provider…</numerusform>
            <numerusform>Reading the current usage of %n service providers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pricing %n usage line(s)…</source>
        <translation>
            <numerusform>Pricing %n usage line…</numerusform>
            <numerusform>Pricing %n usage lines…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csp::acronis::ApiClient</name>
    <message numerus="yes">
        <source>The gateway %1 did not answer within %n second(s) (%2).</source>
        <translation>
            <numerusform>The gateway %1 did not answer within %n second (%2).</numerusform>
            <numerusform>The gateway %1 did not answer within %n seconds (%2).</numerusform>
        </translation>
    </message>
</context>
</TS>
